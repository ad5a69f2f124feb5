import { columnMeans } from "./columnMeans";
import { symmetricEigen } from "./symmetricEigen";

/** A principal component analysis fitted on one sample. */
export interface Pca {
  readonly dimension: number;
  readonly components: number;
  /** Column means of the fitted sample. */
  readonly mean: Float64Array;
  /** Row-major `components × dimension`: the unit principal axes, largest variance first. */
  readonly axes: Float64Array;
  /** Variance along each axis (n − 1 denominator), as sklearn's `explained_variance_`. */
  readonly explainedVariance: Float64Array;
  /** Share of the total variance along each axis, as sklearn's `explained_variance_ratio_`. */
  readonly explainedVarianceRatio: Float64Array;
}

/**
 * Fits a PCA on `rows × dimension` values (row-major): the eigenvectors of the sample covariance
 * matrix with the largest eigenvalues. Each axis' sign is fixed so that its largest-magnitude
 * entry is positive (sklearn's `svd_flip` on the components), so results are deterministic.
 *
 * Agrees with `sklearn.decomposition.PCA(n_components=k, svd_solver="full")` — components (up to
 * sign), explained variance and ratio. Reference: Jolliffe, Principal Component Analysis (2002).
 * Cost: O(rows · dimension²) for the covariance plus O(dimension³) for `symmetricEigen`.
 *
 * @param components number of axes to keep, 1 ≤ components ≤ dimension
 * @param weights how many times each row counts (default once), as when a row stands for that many repeated rows
 * @example fitPca(Float64Array.of(0, 0, 1, 1, 2, 2), 3, 2, 1).explainedVariance // Float64Array [2]
 */
export function fitPca(values: Float64Array, rows: number, dimension: number, components: number, weights?: Float64Array): Pca {
  const mean = columnMeans(values.subarray(0, rows * dimension), dimension, weights);
  let count = rows;
  if (weights !== undefined) {
    count = 0;
    for (let i = 0; i < rows; i++) count += weights[i];
  }
  const covariance = new Float64Array(dimension * dimension);
  const centred = new Float64Array(dimension);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dimension; j++) centred[j] = values[i * dimension + j] - mean[j];
    const weight = weights === undefined ? 1 : weights[i];
    for (let a = 0; a < dimension; a++) {
      const ca = weight * centred[a];
      if (ca === 0) continue;
      const at = a * dimension;
      for (let b = a; b < dimension; b++) covariance[at + b] += ca * centred[b];
    }
  }
  const denominator = Math.max(count - 1, 1);
  for (let a = 0; a < dimension; a++) {
    for (let b = a; b < dimension; b++) {
      const value = covariance[a * dimension + b] / denominator;
      covariance[a * dimension + b] = value;
      covariance[b * dimension + a] = value;
    }
  }
  const { values: eigenvalues, vectors } = symmetricEigen(covariance, dimension);
  let total = 0;
  for (const value of eigenvalues) total += Math.max(value, 0);
  const axes = new Float64Array(components * dimension);
  const explainedVariance = new Float64Array(components);
  for (let k = 0; k < components; k++) {
    let largest = 0;
    for (let j = 0; j < dimension; j++) if (Math.abs(vectors[j * dimension + k]) > Math.abs(largest)) largest = vectors[j * dimension + k];
    const sign = largest < 0 ? -1 : 1;
    for (let j = 0; j < dimension; j++) axes[k * dimension + j] = sign * vectors[j * dimension + k];
    explainedVariance[k] = Math.max(eigenvalues[k], 0);
  }
  const explainedVarianceRatio = explainedVariance.map((value) => (total > 0 ? value / total : 0));
  return { dimension, components, mean, axes, explainedVariance, explainedVarianceRatio };
}

/**
 * Projects `rows × dimension` values onto a fitted PCA: `(x − mean) · axesᵀ`, row-major
 * `rows × components`. Agrees with sklearn's `PCA.transform` (up to each axis' sign).
 *
 * @example projectPca(fitPca(Float64Array.of(0, 0, 2, 2), 2, 2, 1), Float64Array.of(1, 1), 1) // Float64Array [0]
 */
export function projectPca(pca: Pca, values: Float64Array, rows: number): Float64Array {
  const { dimension, components, mean, axes } = pca;
  const out = new Float64Array(rows * components);
  const centred = new Float64Array(dimension);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dimension; j++) centred[j] = values[i * dimension + j] - mean[j];
    for (let k = 0; k < components; k++) {
      let sum = 0;
      const at = k * dimension;
      for (let j = 0; j < dimension; j++) sum += centred[j] * axes[at + j];
      out[i * components + k] = sum;
    }
  }
  return out;
}
