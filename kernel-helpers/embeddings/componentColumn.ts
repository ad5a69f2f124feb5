/**
 * Column `j` of a row-major `rows × dimension` matrix as its own array.
 *
 * @example componentColumn(Float64Array.of(1, 2, 3, 4), 2, 1) // Float64Array [2, 4]
 */
export function componentColumn(values: Float64Array, dimension: number, j: number): Float64Array {
  const rows = values.length / dimension;
  const column = new Float64Array(rows);
  for (let i = 0; i < rows; i++) column[i] = values[i * dimension + j];
  return column;
}
