import type { Column, Table } from "../data/table";
import { UsageError } from "../errors";
import { DEFAULT_SEED, createRandom } from "../stats/random";

/** How `shiftTable` moves a table's values; every part defaults to "unchanged". */
export interface TableShift {
  /** The columns shifted. Default: every numerical and categorical column. */
  readonly columns?: readonly string[];
  /** Added to numerical values, in standard deviations of the column. Default 0. */
  readonly meanShift?: number;
  /** Multiplies numerical values' distance from the column's mean (1 = unchanged; > 0). Default 1. */
  readonly scale?: number;
  /** Share (0..1) of the rows of a categorical column moved to its least frequent category. Default 0. */
  readonly categoryShift?: number;
  /** Share (0..1) of the values made missing. Default 0. */
  readonly missingShare?: number;
  /** Seed of the rows picked for the category and missing-value shifts. Default 0. */
  readonly seed?: number;
}

/**
 * A copy of `table` with its values moved as a what-if: numerical columns shifted by
 * `meanShift` standard deviations and spread by `scale` around their mean, categorical columns
 * with `categoryShift` of their rows moved to the rarest category, and `missingShare` of the
 * values made missing. Text and datetime columns, and columns not in `columns`, are shared
 * unchanged. With every part at its default the values are equal to the input's.
 * Deterministic for a seed. Cost: O(rows · shifted columns).
 *
 * @example shiftTable(reference, { columns: ["income"], meanShift: 0.5 }) // income half a standard deviation higher
 * @throws {UsageError} for a column that is not in the table, a scale ≤ 0, or a share outside [0, 1]
 */
export function shiftTable(table: Table, shift: TableShift): Table {
  const meanShift = shift.meanShift ?? 0;
  const scale = shift.scale ?? 1;
  const categoryShift = shift.categoryShift ?? 0;
  const missingShare = shift.missingShare ?? 0;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new UsageError(`The scale of a what-if shift is a number above 0, not ${scale}.`);
  if (!Number.isFinite(meanShift)) throw new UsageError(`The mean shift of a what-if is a number of standard deviations, not ${meanShift}.`);
  for (const [name, share] of [["category shift", categoryShift], ["missing share", missingShare]] as const) {
    if (!(share >= 0 && share <= 1)) throw new UsageError(`The ${name} of a what-if is a share from 0 to 1, not ${share}.`);
  }
  const names = new Set(shift.columns ?? table.columns.filter((column) => column.type === "numerical" || column.type === "categorical").map((column) => column.name));
  for (const name of names) {
    if (!table.columns.some((column) => column.name === name)) throw new UsageError(`Column '${name}' is not in ${table.source}; columns: ${table.columns.map((column) => column.name).join(", ")}.`);
  }
  const seed = shift.seed ?? DEFAULT_SEED;
  const columns = table.columns.map((column, index): Column => {
    if (!names.has(column.name)) return column;
    const random = createRandom(seed + 7919 * (index + 1));
    if (column.type === "numerical") return shiftNumbers(column.name, column.values, meanShift, scale, missingShare, random.next);
    if (column.type === "categorical") return shiftCategories(column.name, column.codes, column.dictionary, categoryShift, missingShare, random.next);
    return column;
  });
  return { ...table, columns };
}

function shiftNumbers(name: string, values: Float64Array, meanShift: number, scale: number, missingShare: number, next: () => number): Column {
  let count = 0;
  let sum = 0;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    count++;
    sum += value;
  }
  const mean = count > 0 ? sum / count : 0;
  let squares = 0;
  for (const value of values) if (!Number.isNaN(value)) squares += (value - mean) ** 2;
  const sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  const moved = new Float64Array(values.length);
  const unchanged = meanShift === 0 && scale === 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    moved[i] = missingShare > 0 && next() < missingShare ? Number.NaN : unchanged ? value : mean + (value - mean) * scale + meanShift * sd;
  }
  return { name, type: "numerical", values: moved };
}

function shiftCategories(name: string, codes: Int32Array, dictionary: readonly string[], categoryShift: number, missingShare: number, next: () => number): Column {
  const counts = new Array<number>(dictionary.length).fill(0);
  for (const code of codes) if (code >= 0) counts[code]++;
  let rarest = -1;
  for (let code = 0; code < counts.length; code++) if (counts[code] > 0 && (rarest < 0 || counts[code] < counts[rarest])) rarest = code;
  const moved = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    let code = codes[i];
    if (categoryShift > 0 && rarest >= 0 && code >= 0 && next() < categoryShift) code = rarest;
    if (missingShare > 0 && next() < missingShare) code = -1;
    moved[i] = code;
  }
  return { name, type: "categorical", codes: moved, dictionary };
}
