import { readFileSync } from "node:fs";
import { tableFromIPC } from "apache-arrow";
import type { Table as ArrowTable } from "apache-arrow";
import { DataError } from "../errors";
import { dataMessages } from "./dataMessages";
import type { ResolvedSource } from "./resolveSource";
import type { Table } from "./table";
import { tableFromArrow } from "./tableFromArrow";
import type { TableOptions } from "./tableOptions";

/**
 * Reads Arrow IPC files (`.arrow`, `.feather` v2, `.ipc`; file or stream format) with
 * apache-arrow — DuckDB has no built-in reader for them — and types them as `tableFromArrow`
 * does. Several files (a glob or a folder) must have the same columns and are concatenated.
 * Cost: each file is read into memory whole.
 *
 * @throws {DataError} for a file that is not Arrow IPC, files whose columns differ, hive
 * partition folders, or no rows
 */
export function readArrowFiles(resolved: ResolvedSource, options: TableOptions): Table {
  if (resolved.hive) throw new DataError(dataMessages.arrowPartitions(resolved.source));
  const tables = resolved.files.map((file) => readArrowFile(file));
  const signature = (table: ArrowTable): string => table.schema.fields.map((field) => `${field.name}:${String(field.type)}`).join("|");
  const other = tables.findIndex((table) => signature(table) !== signature(tables[0]));
  if (other >= 0) throw new DataError(dataMessages.arrowSchemasDiffer(resolved.source, resolved.files[0], resolved.files[other]));
  const table = tables.length === 1 ? tables[0] : tables[0].concat(...tables.slice(1));
  if (table.numRows === 0) throw new DataError(dataMessages.noRows(resolved.source, false));
  return tableFromArrow(table, { ...options, source: resolved.source });
}

function readArrowFile(file: string): ArrowTable {
  let table: ArrowTable;
  try {
    table = tableFromIPC(readFileSync(file));
  } catch (error) {
    throw new DataError(dataMessages.notArrow(file, String((error as Error).message ?? error).split("\n")[0]));
  }
  if (table.schema.fields.length === 0) throw new DataError(dataMessages.notArrow(file, "no columns found"));
  return table;
}
