/**
 * ‖zₐ − z_b‖² of two rows of a row-major matrix from their squared norms: `normA + normB − 2 zₐ·z_b`
 * (four partial sums of the dot product), floored at 0. Symmetric to the last bit, so a pair of
 * repeated rows gives the distance of the distinct rows they hold. Cost: O(dimension).
 *
 * @example squaredDistance(Float64Array.of(0, 0, 3, 4), 0, 1, 2, 0, 25) // 25
 */
export function squaredDistance(z: Float64Array, a: number, b: number, dimension: number, normA: number, normB: number): number {
  const i = a * dimension;
  const j = b * dimension;
  let dot0 = 0;
  let dot1 = 0;
  let dot2 = 0;
  let dot3 = 0;
  let k = 0;
  for (; k + 3 < dimension; k += 4) {
    dot0 += z[i + k] * z[j + k];
    dot1 += z[i + k + 1] * z[j + k + 1];
    dot2 += z[i + k + 2] * z[j + k + 2];
    dot3 += z[i + k + 3] * z[j + k + 3];
  }
  for (; k < dimension; k++) dot0 += z[i + k] * z[j + k];
  return Math.max(normA + normB - 2 * (dot0 + dot1 + dot2 + dot3), 0);
}

/**
 * The squared norm of each row of a row-major `rows × dimension` matrix.
 *
 * @example squaredNorms(Float64Array.of(3, 4, 1, 0), 2) // Float64Array [25, 1]
 */
export function squaredNorms(z: Float64Array, dimension: number): Float64Array {
  const rows = z.length / dimension;
  const norms = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let k = i * dimension, end = k + dimension; k < end; k++) sum += z[k] * z[k];
    norms[i] = sum;
  }
  return norms;
}
