import { UsageError } from "../errors";
import { dataMessages } from "./dataMessages";
import type { ColumnType } from "./table";
import { describeValue } from "../arguments/describeValue";

/** Options shared by every way of building a `Table` (files, records, columns, Arrow, danfo). */
export interface TableOptions {
  /** Read only these columns; the table keeps the source's column order. Default: every column. */
  readonly columns?: readonly string[];
  /**
   * What messages call the option that gave `columns`, e.g. `--column` when a command reads one
   * column it was told to. Default `--columns (API: options.columns)`.
   */
  readonly columnsOption?: string;
  /**
   * Column types that win over the inferred ones, e.g. `{ zip: "categorical", notes: "text" }`.
   * Default: inferred as Evidently does — numbers numerical; strings and booleans categorical;
   * dates and timestamps datetime.
   */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /**
   * A categorical column with more distinct values than this gets a warning in `Table.warnings`
   * (it is probably an identifier or free text). Default `DEFAULT_MAX_CATEGORIES` (10,000).
   */
  readonly maxCategories?: number;
}

/** Options of the in-memory constructors, which also take the name used in messages. */
export interface MemoryTableOptions extends TableOptions {
  /** What `Table.source` and messages call the data. Default "memory". */
  readonly source?: string;
}

export const DEFAULT_MAX_CATEGORIES = 10_000;

export const COLUMN_TYPES: readonly ColumnType[] = ["numerical", "categorical", "text", "datetime"];

/**
 * Checks options given from JavaScript (where types are not enforced).
 * @throws {UsageError} for an unknown column type, an empty `columns` list or a `maxCategories`
 * that is not a positive integer
 */
export function checkTableOptions(options: TableOptions): void {
  if (options === null || typeof options !== "object") throw new UsageError(`the table options must be an object such as { columns: ["age"] }, but they are ${describeValue(options)}.`);
  checkColumnsOption(options.columns);
  if (options.columns !== undefined && options.columns.length === 0) throw new UsageError(dataMessages.columnsOptionEmpty());
  for (const [column, type] of Object.entries(options.types ?? {})) {
    if (!COLUMN_TYPES.includes(type)) throw new UsageError(dataMessages.columnTypeUnknown(column, String(type), COLUMN_TYPES));
  }
  const max = options.maxCategories;
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) throw new UsageError(dataMessages.maxCategoriesInvalid(max));
}

/**
 * Checks the `columns` option (of table reading and of comparisons): undefined, or an array of
 * column names. A single name given as a string is the usual slip.
 *
 * @throws {UsageError} naming the option and what it got
 */
export function checkColumnsOption(columns: unknown): void {
  if (columns === undefined) return;
  if (!Array.isArray(columns) || columns.some((name) => typeof name !== "string")) {
    const got = Array.isArray(columns) ? `an array holding ${describeValue(columns.find((name) => typeof name !== "string"))}` : describeValue(columns);
    throw new UsageError(dataMessages.columnsOptionNotList(got));
  }
}
