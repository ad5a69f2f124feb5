import { dataMessages } from "./dataMessages";
import type { LabelCounts } from "./columnSource";
import type { Column } from "./table";

/**
 * The warning for a categorical column with more than `maxCategories` distinct values (an
 * identifier, or free text that should be read as text), or `undefined`.
 * Cost: O(rows) for such a column, O(1) otherwise.
 *
 * @example manyCategoriesWarning(idColumn, "users.csv", 10_000)
 * // "column 'id' in 'users.csv' has 1,000,000 distinct values, one per row: it looks like an identifier. …"
 */
export function manyCategoriesWarning(column: Column, source: string, maxCategories: number): string | undefined {
  if (column.type !== "categorical" || column.dictionary.length <= maxCategories) return undefined;
  let present = 0;
  for (let i = 0; i < column.codes.length; i++) if (column.codes[i] >= 0) present++;
  return dataMessages.manyCategories(column.name, source, column.dictionary.length, present, maxCategories);
}

/** `manyCategoriesWarning` for a column counted per label (see `ColumnSource.countLabels`). Cost: O(labels). */
export function countedManyCategoriesWarning(labels: LabelCounts, source: string, maxCategories: number): string | undefined {
  if (labels.dictionary.length <= maxCategories) return undefined;
  let present = 0;
  for (const count of labels.counts) present += count;
  return dataMessages.manyCategories(labels.name, source, labels.dictionary.length, present, maxCategories);
}
