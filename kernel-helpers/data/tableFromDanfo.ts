import { DataError } from "../errors";
import { dataMessages } from "./dataMessages";
import type { Table } from "./table";
import { tableFromColumns } from "./tableFromColumns";
import type { MemoryTableOptions } from "./tableOptions";

/**
 * What driftlens reads from a danfojs DataFrame, without depending on danfojs: the column names
 * and the rows, as `columns` + `values` (its public getters) or `$columns` + `$data` (its fields).
 */
export interface DanfoLike {
  readonly columns?: readonly string[];
  readonly values?: readonly (readonly unknown[])[];
  readonly $columns?: readonly string[];
  readonly $data?: readonly (readonly unknown[])[];
}

/**
 * A table from a danfojs DataFrame (or any object of that shape): its rows are transposed into
 * columns and typed as `columnFromValues` describes.
 * Cost: O(rows × columns).
 *
 * @throws {DataError} when the object has neither shape, or a row's length differs from the number of columns
 * @example tableFromDanfo(new dfd.DataFrame({ age: [31, 47], plan: ["pro", "free"] })).rowCount // 2
 */
export function tableFromDanfo(frame: DanfoLike, options: MemoryTableOptions = {}): Table {
  const names = isStrings(frame.columns) ? frame.columns : isStrings(frame.$columns) ? frame.$columns : undefined;
  const rows = Array.isArray(frame.values) ? frame.values : Array.isArray(frame.$data) ? frame.$data : undefined;
  if (!names || !rows) throw new DataError(dataMessages.danfoShape());
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== names.length) throw new DataError(dataMessages.danfoRowLength(i, Array.isArray(row) ? row.length : 1, names.length));
  });
  const columns: Record<string, unknown[]> = Object.create(null);
  names.forEach((name, j) => {
    const values = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = rows[i][j];
    columns[name] = values;
  });
  return tableFromColumns(columns, options);
}

function isStrings(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
