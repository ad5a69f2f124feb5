import type { Table as ArrowTable } from "apache-arrow";
import { UsageError } from "../errors";
import { columnFromValues } from "./columnFromValues";
import { dataMessages } from "./dataMessages";
import { readTable } from "./readTable";
import { selectColumnNames } from "./selectColumnNames";
import type { Column, Table } from "./table";
import { tableFromColumns } from "./tableFromColumns";
import { tableFromDanfo } from "./tableFromDanfo";
import type { DanfoLike } from "./tableFromDanfo";
import { tableFromRecords } from "./tableFromRecords";
import { checkTableOptions } from "./tableOptions";
import type { TableOptions } from "./tableOptions";
import { ownEntry } from "../arguments/ownEntry";

/** Anything `toTable` turns into a Table. */
export type TableInput =
  | string
  | Table
  | ArrowTable
  | DanfoLike
  | readonly Readonly<Record<string, unknown>>[]
  | Readonly<Record<string, ArrayLike<unknown>>>;

/**
 * Any supported data as a `Table`: a path, glob or folder (`readTable`), a Table (returned as it
 * is, or narrowed to `options.columns` and re-typed by `options.types`), an apache-arrow Table
 * (`tableFromArrow`), a danfo-shaped DataFrame (`tableFromDanfo`), an array of records
 * (`tableFromRecords`) or an object of column arrays (`tableFromColumns`).
 *
 * @throws {UsageError} for anything else, naming what it got
 * @throws {DataError} as the constructor it dispatches to
 * @example await toTable([{ age: 31 }, { age: 47 }]) // a Table with one numerical column
 */
export async function toTable(input: TableInput, options: TableOptions = {}): Promise<Table> {
  if (typeof input === "string") return readTable(input, options);
  if (Array.isArray(input)) return tableFromRecords(input, options);
  if (input === null || typeof input !== "object") throw new UsageError(dataMessages.inputUnsupported(input === null ? "null" : `a ${typeof input}`));
  if (isTable(input)) return retype(input, options);
  // apache-arrow is loaded only for Arrow input: reading files never needs it.
  if (isArrowTable(input)) return (await import("./tableFromArrow")).tableFromArrow(input, options);
  if (isDanfo(input)) return tableFromDanfo(input, options);
  const values = Object.values(input);
  if (values.length > 0 && values.every((value) => isArrayLike(value))) return tableFromColumns(input as Record<string, ArrayLike<unknown>>, options);
  throw new UsageError(dataMessages.inputUnsupported(`an object with keys ${Object.keys(input).slice(0, 5).join(", ") || "(none)"}`));
}

function isTable(input: object): input is Table {
  const candidate = input as Partial<Table>;
  return typeof candidate.rowCount === "number" && Array.isArray(candidate.columns) && typeof candidate.source === "string";
}

function isArrowTable(input: object): input is ArrowTable {
  const candidate = input as Partial<ArrowTable>;
  return typeof candidate.numRows === "number" && Array.isArray(candidate.schema?.fields) && typeof candidate.getChildAt === "function";
}

function isDanfo(input: object): input is DanfoLike {
  const candidate = input as DanfoLike;
  return (Array.isArray(candidate.columns) && Array.isArray(candidate.values)) || (Array.isArray(candidate.$columns) && Array.isArray(candidate.$data));
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** A Table narrowed to `options.columns`, with the columns whose type `options.types` changes rebuilt. */
function retype(table: Table, options: TableOptions): Table {
  checkTableOptions(options);
  if (options.columns === undefined && options.types === undefined) return table;
  const names = new Set(selectColumnNames(table.columns.map((column) => column.name), options, table.source));
  const warnings = [...(table.warnings ?? [])];
  const columns = table.columns
    .filter((column) => names.has(column.name))
    .map((column) => {
      const type = ownEntry(options.types, column.name);
      if (type === undefined || type === column.type) return column;
      const built = columnFromValues(column.name, jsValues(column), type, table.source);
      warnings.push(...built.warnings);
      return built.column;
    });
  return { ...table, columns, warnings };
}

function jsValues(column: Column): ArrayLike<unknown> {
  switch (column.type) {
    case "numerical":
      return column.values;
    case "datetime":
      return Array.from(column.values, (ms) => (Number.isNaN(ms) ? null : new Date(ms)));
    case "categorical":
      return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
    case "text":
      return column.values;
  }
}
