import { uniformRowSample } from "../stats/uniformRowSample";
import { componentColumn } from "./componentColumn";

/**
 * The rows an embedding drift method tests, each distinct row held once: `values` is row-major
 * `distinct × dimension`, row i of the data is `values` row `rowOf[i]`; `rowOf` is null when
 * every row is its own (then `values` holds the rows themselves, in order).
 */
export interface RepeatedRows {
  readonly values: Float64Array;
  readonly rows: number;
  readonly rowOf: Int32Array | null;
}

/** Rows as `RepeatedRows`: a plain row-major matrix is rows held as themselves. */
export function repeatedRowsOf(rows: Float64Array | RepeatedRows, dimension: number): RepeatedRows {
  return rows instanceof Float64Array ? { values: rows, rows: dimension === 0 ? 0 : rows.length / dimension, rowOf: null } : rows;
}

/**
 * How many rows hold each distinct row (all 1 without repeats), as weights.
 *
 * @example rowCounts({ values: Float64Array.of(1, 2), rows: 3, rowOf: Int32Array.of(0, 1, 0) }, 1) // Float64Array [2, 1]
 */
export function rowCounts(rows: RepeatedRows, dimension: number): Float64Array {
  const counts = new Float64Array(rows.values.length / dimension);
  if (rows.rowOf === null) counts.fill(1);
  else for (const at of rows.rowOf) counts[at]++;
  return counts;
}

/**
 * Every row written out, row-major `rows × dimension` (the values themselves when there are no repeats).
 *
 * @example expandRows({ values: Float64Array.of(1, 2), rows: 3, rowOf: Int32Array.of(0, 1, 0) }, 1) // Float64Array [1, 2, 1]
 */
export function expandRows(rows: RepeatedRows, dimension: number): Float64Array {
  const { values, rowOf } = rows;
  if (rowOf === null) return values;
  const out = new Float64Array(rowOf.length * dimension);
  rowOf.forEach((at, row) => out.set(values.subarray(at * dimension, (at + 1) * dimension), row * dimension));
  return out;
}

/**
 * Component `j` of every row as its own array (what `componentColumn` gives on the expanded rows).
 *
 * @example rowComponent({ values: Float64Array.of(1, 2, 3, 4), rows: 3, rowOf: Int32Array.of(1, 1, 0) }, 2, 0) // Float64Array [3, 3, 1]
 */
export function rowComponent(rows: RepeatedRows, dimension: number, j: number): Float64Array {
  const { values, rowOf } = rows;
  if (rowOf === null) return componentColumn(values, dimension, j);
  return Float64Array.from(rowOf, (at) => values[at * dimension + j]);
}

/**
 * Up to `limit` rows, a seeded uniform sample of the rows (kept in order) when there are more —
 * the same rows whether or not repeats are held once (`uniformRowSample` over the row count).
 */
export function sampleRepeatedRows(rows: RepeatedRows, dimension: number, limit: number, seed: number): RepeatedRows {
  if (rows.rows <= limit) return rows;
  const picked = uniformRowSample(rows.rows, limit, seed);
  const { values, rowOf } = rows;
  if (rowOf !== null) return { values, rows: picked.length, rowOf: Int32Array.from(picked, (row) => rowOf[row]) };
  const out = new Float64Array(picked.length * dimension);
  picked.forEach((row, k) => out.set(values.subarray(row * dimension, (row + 1) * dimension), k * dimension));
  return { values: out, rows: picked.length, rowOf: null };
}
