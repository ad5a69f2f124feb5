/**
 * The mean of each column of a row-major `rows × dimension` matrix; with `weights`, the weighted
 * mean (row i counted `weights[i]` times, as when it stands for that many repeated rows).
 * Cost: O(rows · dimension).
 *
 * @example columnMeans(Float64Array.of(0, 2, 4, 6), 2) // Float64Array [2, 4]
 * @example columnMeans(Float64Array.of(0, 2, 4, 6), 2, Float64Array.of(3, 1)) // Float64Array [1, 3]
 */
export function columnMeans(values: Float64Array, dimension: number, weights?: Float64Array): Float64Array {
  const rows = values.length / dimension;
  const means = new Float64Array(dimension);
  let total = rows;
  if (weights === undefined) {
    for (let i = 0; i < rows; i++) for (let j = 0; j < dimension; j++) means[j] += values[i * dimension + j];
  } else {
    total = 0;
    for (let i = 0; i < rows; i++) {
      total += weights[i];
      for (let j = 0; j < dimension; j++) means[j] += weights[i] * values[i * dimension + j];
    }
  }
  for (let j = 0; j < dimension; j++) means[j] /= total;
  return means;
}
