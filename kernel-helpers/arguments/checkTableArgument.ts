import type { Table } from "../data/table";
import { argumentError } from "./argumentError";

/**
 * Checks that `value` is a driftlens `Table` (from readTable, toTable or the tableFrom… helpers):
 * a row count, a source and an array of named columns of the same length.
 *
 * @example checkTableArgument(table, "buildBaseline", "table")
 * @throws {UsageError} naming the function and the argument, for anything else
 */
export function checkTableArgument(value: unknown, fn: string, argument: string): asserts value is Table {
  const table = value as Partial<Table> | null;
  const ok =
    table !== null &&
    typeof table === "object" &&
    Number.isInteger(table.rowCount) &&
    typeof table.source === "string" &&
    Array.isArray(table.columns) &&
    table.columns.every((column) => column !== null && typeof column === "object" && typeof column.name === "string" && typeof column.type === "string");
  if (!ok) throw argumentError(fn, argument, "a Table (read one with readTable, or turn records, column arrays or a DataFrame into one with toTable)", value);
}
