/** What `symmetricPseudoInverse` returns. */
export interface SymmetricPseudoInverse {
  /** The Moore–Penrose pseudo-inverse, row-major, same size as the input. */
  readonly inverse: Float64Array;
  /** `numpy.linalg.matrix_rank` of that pseudo-inverse (the rank SciPy uses as degrees of freedom). */
  readonly rank: number;
}

/**
 * Moore–Penrose pseudo-inverse of a small symmetric matrix through its eigen-decomposition
 * `A = V diag(λ) Vᵀ` (cyclic Jacobi rotations): `A⁺ = V diag(1/λᵢ) Vᵀ` over the eigenvalues with
 * |λᵢ| > 1e-15 · max|λ|, the others dropped. For a symmetric matrix the singular values are the
 * |λᵢ|, so this is `numpy.linalg.pinv(A)` (default `rcond=1e-15`); `rank` follows
 * `numpy.linalg.matrix_rank(pinv(A))`, counting singular values of A⁺ above
 * `max · size · ε`.
 *
 * Reference: Golub & Van Loan, Matrix Computations (4th ed.), §8.5 (Jacobi methods), §5.5.2.
 * Cost: O(size³) per sweep, a handful of sweeps; meant for size ≤ ~10.
 *
 * @param matrix row-major symmetric `size × size` matrix
 * @param size the dimension
 * @example symmetricPseudoInverse(Float64Array.of(2, 0, 0, 0), 2) // { inverse: [0.5, 0, 0, 0], rank: 1 }
 */
export function symmetricPseudoInverse(matrix: Float64Array, size: number): SymmetricPseudoInverse {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let p = 0; p < size; p++) {
      diagonal += a[p * size + p] ** 2;
      for (let q = p + 1; q < size; q++) off += a[p * size + q] ** 2;
    }
    if (off <= 1e-36 * diagonal || off === 0) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q];
        if (apq === 0) continue;
        const theta = (a[q * size + q] - a[p * size + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p];
          const akq = a[k * size + q];
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k];
          const aqk = a[q * size + k];
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p];
          const vkq = v[k * size + q];
          v[k * size + p] = c * vkp - s * vkq;
          v[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const eigenvalues = Array.from({ length: size }, (_, i) => a[i * size + i]);
  const largest = Math.max(0, ...eigenvalues.map(Math.abs));
  const inverted = eigenvalues.map((lambda) => (Math.abs(lambda) > 1e-15 * largest ? 1 / lambda : 0));
  const inverse = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      let sum = 0;
      for (let k = 0; k < size; k++) sum += v[i * size + k] * inverted[k] * v[j * size + k];
      inverse[i * size + j] = sum;
    }
  }
  const singular = inverted.map(Math.abs);
  const top = Math.max(0, ...singular);
  const rank = singular.filter((value) => value > top * size * Number.EPSILON).length;
  return { inverse, rank };
}
