/**
 * Embeddings of n inputs in d dimensions, row-major: row i is `data[i*d .. (i+1)*d)`. Single
 * precision, as the encoders produce them; the drift methods compute in double precision.
 */
export interface EmbeddingMatrix {
  readonly rows: number;
  readonly dimension: number;
  readonly data: Float32Array;
}

/**
 * Wraps row vectors (arrays or typed arrays of equal length) as an `EmbeddingMatrix`.
 *
 * @throws {RangeError} when the rows differ in length or a value is not finite
 * @example embeddingMatrix([[1, 0], [0, 1]]) // { rows: 2, dimension: 2, data: Float32Array [1, 0, 0, 1] }
 */
export function embeddingMatrix(rows: readonly ArrayLike<number>[]): EmbeddingMatrix {
  const dimension = rows.length === 0 ? 0 : rows[0].length;
  const data = new Float32Array(rows.length * dimension);
  rows.forEach((row, i) => {
    if (row.length !== dimension) throw new RangeError(`embedding row ${i} has ${row.length} values, row 0 has ${dimension}: every row needs the same dimension.`);
    for (let j = 0; j < dimension; j++) {
      const value = row[j];
      if (!Number.isFinite(value)) throw new RangeError(`embedding row ${i}, component ${j} is ${value}: embeddings must be finite numbers.`);
      data[i * dimension + j] = value;
    }
  });
  return { rows: rows.length, dimension, data };
}
