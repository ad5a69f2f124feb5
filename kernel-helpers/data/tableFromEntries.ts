import { DataError } from "../errors";
import { columnFromValues } from "./columnFromValues";
import { dataMessages } from "./dataMessages";
import { manyCategoriesWarning } from "./manyCategoriesWarning";
import type { Table } from "./table";
import { DEFAULT_MAX_CATEGORIES } from "./tableOptions";
import type { TableOptions } from "./tableOptions";
import { ownEntry } from "../arguments/ownEntry";

/**
 * The table of named value arrays, every column typed by `columnFromValues` (an entry of
 * `options.types` wins); the shared last step of the in-memory constructors.
 * Cost: O(rows × columns).
 *
 * @throws {DataError} when the arrays differ in length
 * @example tableFromEntries([["a", [1, 2]], ["b", ["x", "y"]]], 2, {}, "memory").columns.map((c) => c.type)
 * // ["numerical", "categorical"]
 */
export function tableFromEntries(entries: readonly (readonly [string, ArrayLike<unknown>])[], rowCount: number, options: TableOptions, source: string): Table {
  const warnings: string[] = [];
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const columns = entries.map(([name, values]) => {
    if (values.length !== rowCount) throw new DataError(dataMessages.lengthsDiffer(name, values.length, entries[0][0], rowCount));
    const built = columnFromValues(name, values, ownEntry(options.types, name), source);
    warnings.push(...built.warnings);
    const warning = manyCategoriesWarning(built.column, source, maxCategories);
    if (warning) warnings.push(warning);
    return built.column;
  });
  return { rowCount, columns, source, warnings };
}
