import { selectColumnNames } from "./selectColumnNames";
import type { Table } from "./table";
import { tableFromEntries } from "./tableFromEntries";
import { checkTableOptions } from "./tableOptions";
import type { MemoryTableOptions } from "./tableOptions";

/**
 * A table from an object of equally long columns — arrays or typed arrays — typed as
 * `columnFromValues` describes (typed arrays are numerical; `options.types` wins).
 * Cost: O(rows × columns).
 *
 * @throws {DataError} when the columns differ in length, or `options` names a column that is not there
 * @throws {UsageError} for an invalid option
 * @example tableFromColumns({ age: new Float64Array([31, 47]), plan: ["pro", "free"] }).columns[1]
 * // { name: "plan", type: "categorical", codes: Int32Array [1, 0], dictionary: ["free", "pro"] }
 */
export function tableFromColumns(columns: Readonly<Record<string, ArrayLike<unknown>>>, options: MemoryTableOptions = {}): Table {
  checkTableOptions(options);
  const source = options.source ?? "memory";
  const names = selectColumnNames(Object.keys(columns), options, source);
  const rowCount = names.length === 0 ? 0 : columns[names[0]].length;
  return tableFromEntries(names.map((name) => [name, columns[name]] as const), rowCount, options, source);
}
