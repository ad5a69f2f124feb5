/**
 * Cell texts that mean "no value", as pandas' `read_csv` reads them (its default `na_values`,
 * the common subset): an empty cell, `NA`, `N/A`, `null`, `NULL`, `NaN` and `nan`. They become
 * missing in every reader (NaN, code -1 or null), so a numeric column with a few `NA` cells
 * stays numerical.
 */
export const MISSING_TOKENS: readonly string[] = ["", "NA", "N/A", "null", "NULL", "NaN", "nan"];

const tokens = new Set(MISSING_TOKENS);

/** True when a cell's text means "no value" (see `MISSING_TOKENS`). */
export function isMissingToken(text: string): boolean {
  return tokens.has(text);
}
