/** Per-column centring and scaling fitted on one sample. */
export interface StandardScaler {
  readonly dimension: number;
  /** Column means, as sklearn's `StandardScaler.mean_`. */
  readonly mean: Float64Array;
  /** Population standard deviations (n denominator), 1 where a column is constant, as sklearn's `scale_`. */
  readonly scale: Float64Array;
}

/**
 * Fits a standard scaler on `rows × dimension` values (row-major, no missing values): the mean
 * and the population standard deviation of each column (two passes). A constant column gets
 * scale 1, so it maps to 0 rather than to NaN.
 *
 * Agrees with `sklearn.preprocessing.StandardScaler().fit(X)` (`mean_`, `scale_`).
 * Cost: O(rows · dimension).
 *
 * @example fitStandardScaler(Float64Array.of(1, 3), 2, 1) // { dimension: 1, mean: [2], scale: [1] }
 */
export function fitStandardScaler(values: Float64Array, rows: number, dimension: number): StandardScaler {
  const mean = new Float64Array(dimension);
  for (let i = 0; i < rows; i++) for (let j = 0; j < dimension; j++) mean[j] += values[i * dimension + j];
  for (let j = 0; j < dimension; j++) mean[j] /= rows;
  const squares = new Float64Array(dimension);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dimension; j++) {
      const deviation = values[i * dimension + j] - mean[j];
      squares[j] += deviation * deviation;
    }
  }
  const scale = squares.map((sum, j) => {
    const variance = sum / rows;
    // sklearn's `_is_constant_feature`: a variance within rounding error of zero is a constant column.
    const bound = rows * Number.EPSILON * variance + (rows * mean[j] * Number.EPSILON) ** 2;
    return variance <= bound ? 1 : Math.sqrt(variance);
  });
  return { dimension, mean, scale };
}

/**
 * Scales `rows × dimension` values in place: `(x − mean) / scale`, as sklearn's
 * `StandardScaler.transform`.
 *
 * @example scaleRows(fitStandardScaler(Float64Array.of(1, 3), 2, 1), Float64Array.of(1, 3), 2) // Float64Array [-1, 1]
 */
export function scaleRows(scaler: StandardScaler, values: Float64Array, rows: number): Float64Array {
  const { dimension, mean, scale } = scaler;
  for (let i = 0; i < rows; i++) for (let j = 0; j < dimension; j++) values[i * dimension + j] = (values[i * dimension + j] - mean[j]) / scale[j];
  return values;
}
