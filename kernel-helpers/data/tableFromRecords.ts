import { DataError } from "../errors";
import { dataMessages } from "./dataMessages";
import { selectColumnNames } from "./selectColumnNames";
import type { Table } from "./table";
import { tableFromEntries } from "./tableFromEntries";
import { checkTableOptions } from "./tableOptions";
import type { MemoryTableOptions } from "./tableOptions";
import { argumentError } from "../arguments/argumentError";
import { describeValue } from "../arguments/describeValue";

/**
 * A table from an array of row objects. The columns are every key seen, in first-seen order;
 * a key a row lacks is a missing value there. Typed as `columnFromValues` describes.
 * Cost: O(rows × columns).
 *
 * @throws {DataError} for a row that is not a plain object, or `options` naming a column no row has
 * @throws {UsageError} for an invalid option
 * @example tableFromRecords([{ age: 31, plan: "pro" }, { age: 47 }]).columns.map((c) => c.type)
 * // ["numerical", "categorical"]
 */
export function tableFromRecords(rows: readonly Readonly<Record<string, unknown>>[], options: MemoryTableOptions = {}): Table {
  checkTableOptions(options);
  const source = options.source ?? "memory";
  const keys = new Set<string>();
  if (!Array.isArray(rows)) throw argumentError("tableFromRecords", "rows", "an array of objects such as [{ age: 31 }]", rows);
  for (let index = 0; index < rows.length; index++) {
    // A hole (`[a, , b]`, `delete rows[1]`) is skipped by forEach: say so instead of reading a row that is not there.
    if (!(index in rows)) throw new DataError(dataMessages.recordNotObject(index, "a hole (the array has no element there)"));
    const row = rows[index];
    if (row === null || typeof row !== "object" || Array.isArray(row)) throw new DataError(dataMessages.recordNotObject(index, describeValue(row)));
    for (const key of Object.keys(row)) keys.add(key);
  }
  const names = selectColumnNames([...keys], options, source);
  const entries = names.map((name) => {
    const values = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = rows[i][name];
    return [name, values] as const;
  });
  return tableFromEntries(entries, rows.length, options, source);
}
