import type { Column } from "../data/table";
import { formatCount } from "../formatCount";

/** Share of distinct values among present ones from which a string column counts as an identifier. */
export const IDENTIFIER_DISTINCT_SHARE = 0.95;
/** Present values a column needs before its distinct share says anything (a 10-row table proves nothing). */
export const IDENTIFIER_MIN_VALUES = 20;

const ID_NAME = /(^id$)|(_id$)/i;

/**
 * Why a column looks like an identifier — Evidently's column-mapping `id`, which it never tests —
 * or `undefined` when it does not. Drift of an identifier says nothing about the data (new
 * transactions have new ids), so a serious check leaves it out of the drift score and says so.
 *
 * The rule:
 * - a column named `id` or `*_id` (any case) whose values are strings or integers;
 * - a categorical (string) column whose present values are all or nearly all distinct
 *   (≥ `IDENTIFIER_DISTINCT_SHARE`, at least `IDENTIFIER_MIN_VALUES` values);
 * - an integer-valued numerical column whose values are all distinct and packed like a serial
 *   number (the range spans at most 1.1 × the distinct values), so an integer measurement such as
 *   an income in whole dollars, spread over a wide range, is not one.
 * A numerical column with any fractional value (a continuous measurement) is never an identifier,
 * whatever its name; text and datetime columns are never either (they are not column-tested).
 * Cost: O(rows) (a hash set of the values for a numerical column).
 *
 * @example identifierReason({ name: "transaction_id", type: "categorical", codes, dictionary }) // "named 'transaction_id', with 2,000 distinct values in 2,000 rows"
 * @example identifierReason({ name: "amount", type: "numerical", values: Float64Array.of(1.5, 2.25) }) // undefined
 */
export function identifierReason(column: Column): string | undefined {
  const named = ID_NAME.test(column.name);
  if (column.type === "categorical") {
    const seen = new Uint8Array(column.dictionary.length);
    let present = 0;
    let distinct = 0;
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i];
      if (code < 0) continue;
      present++;
      if (seen[code] === 0) {
        seen[code] = 1;
        distinct++;
      }
    }
    return labelsIdentifierReason(column.name, present, distinct);
  }
  if (column.type !== "numerical") return undefined;
  const values = new Set<number>();
  let present = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < column.values.length; i++) {
    const value = column.values[i];
    if (Number.isNaN(value)) continue;
    if (!Number.isInteger(value)) return undefined;
    present++;
    values.add(value);
    // Unnamed, a repeated value already rules out a serial number: stop (a 1,000,000-row column of ages is not scanned whole).
    if (!named && values.size < present) return undefined;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (present === 0) return undefined;
  const counts = `${count(values.size)} distinct integers in ${count(present)} rows`;
  if (named) return `named '${column.name}', with ${counts}`;
  if (present >= IDENTIFIER_MIN_VALUES && values.size === present && max - min + 1 <= 1.1 * present) return `a serial number: every value is a distinct integer, packed from ${min} to ${max} (${counts})`;
  return undefined;
}

/**
 * `identifierReason` for a categorical column known by its count of present values and of distinct
 * ones (a column counted per label, see `ColumnSource.countLabels`).
 *
 * @example labelsIdentifierReason("order_ref", 2_000, 2_000) // "every value is distinct (2,000 distinct values in 2,000 rows)"
 */
export function labelsIdentifierReason(name: string, present: number, distinct: number): string | undefined {
  const counts = `${count(distinct)} distinct values in ${count(present)} rows`;
  if (ID_NAME.test(name) && present > 0) return `named '${name}', with ${counts}`;
  if (present >= IDENTIFIER_MIN_VALUES && distinct >= IDENTIFIER_DISTINCT_SHARE * present) return `${distinct === present ? "every value is distinct" : "nearly every value is distinct"} (${counts})`;
  return undefined;
}

function count(n: number): string {
  return formatCount(n);
}
