import type { StatColumnType } from "../stats/statTest";

/** Reference size at and below which the p-value tests are the default (Evidently's rule). */
export const SMALL_REFERENCE_ROWS = 1000;

/**
 * Picks the default stat test for a column, exactly as Evidently's `_get_default_stattest`:
 *
 * - reference with ≤ 1000 rows: a numerical column with more than 5 distinct values (counted on
 *   reference and current together) gets `ks`; any other column gets `chisquare` when it has
 *   more than 2 distinct values, else `z`.
 * - reference with more than 1000 rows: a numerical column with more than 5 distinct values
 *   gets `wasserstein` (normed); any other column gets `jensenshannon`.
 *
 * This is the only place the default is decided.
 *
 * @param type the column type
 * @param referenceRows non-missing reference values in the column
 * @param uniqueValues distinct non-missing values over reference and current together
 * @example defaultStatTest("numerical", 5000, 812) // "wasserstein"
 */
export function defaultStatTest(type: StatColumnType, referenceRows: number, uniqueValues: number): string {
  const manyValues = type === "numerical" && uniqueValues > 5;
  if (referenceRows <= SMALL_REFERENCE_ROWS) {
    if (manyValues) return "ks";
    return uniqueValues > 2 ? "chisquare" : "z";
  }
  return manyValues ? "wasserstein" : "jensenshannon";
}
