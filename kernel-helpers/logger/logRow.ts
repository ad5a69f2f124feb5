import { randomUUID } from "node:crypto";
import { DataError } from "../errors";
import { hourPartition } from "./hourPartition";
import type { InferenceRecord, LogColumns } from "./inferenceRecord";
import { loggerMessages } from "./loggerMessages";

/** The DuckDB type a log column is written with. */
export type LogValueType = "DOUBLE" | "VARCHAR" | "BOOLEAN" | "TIMESTAMP";

/**
 * The columns of one batch, by lower-case name (DuckDB and its Parquet reader ignore the case of
 * column names): the spelling first seen, under which every variant is written, and the type.
 */
export type LogSchema = Map<string, { readonly name: string; type: LogValueType }>;

/** One record ready for a partition: its JSON line, its partition folder and its request id. */
export interface LogRow {
  readonly line: string;
  readonly partition: string;
  readonly requestId: string;
}

/**
 * Turns an inference record into one JSON line of a log partition: request id and time first,
 * then the inputs, the prediction, the probabilities and the label. Missing values (`null`,
 * `undefined`, NaN, ±Infinity) are left out of the line; dates become ISO 8601 text, objects and
 * arrays JSON text. The type of each column written is noted in the schema `schemaOf(partition)`
 * — numbers DOUBLE, strings VARCHAR, booleans BOOLEAN, dates and the time column TIMESTAMP, and
 * VARCHAR for a column that has held two kinds — so that the batch is read with exactly these
 * types; a name that differs from an earlier one only by case is written under the earlier one.
 * The request id and time always win over an input of the same name.
 * Cost: O(fields), about 2 µs for ten fields.
 *
 * @example logRow({ inputs: { age: 41 }, prediction: 1 }, DEFAULT_LOG_COLUMNS, Date.UTC(2026, 10, 23, 8), () => new Map()).partition
 * // "year=2026/month=11/day=23/hour=8"
 * @throws {DataError} for a record that is not an object, inputs that are not an object, a bad
 *   request id, timestamp or probability
 */
export function logRow(record: InferenceRecord, columns: LogColumns, now: number, schemaOf: (partition: string) => LogSchema): LogRow {
  if (record === null || typeof record !== "object" || Array.isArray(record)) throw new DataError(loggerMessages.recordNotObject(record));
  const { inputs } = record;
  if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) throw new DataError(loggerMessages.inputsNotObject(inputs));
  const requestId = record.requestId ?? randomUUID();
  if (typeof requestId !== "string" || requestId.length === 0 || requestId.length > 200) throw new DataError(loggerMessages.requestIdInvalid(requestId));
  const time = record.timestamp === undefined ? now : epochMs(record.timestamp);
  if (time === undefined) throw new DataError(loggerMessages.timestampInvalid(record.timestamp));
  const { probabilities } = record;
  const perClass = typeof probabilities === "object" && probabilities !== null ? probabilities : undefined;
  if (perClass) for (const key of Object.keys(perClass)) if (typeof perClass[key] !== "number") throw new DataError(loggerMessages.probabilityInvalid(key, perClass[key]));

  const partition = partitionOf(time);
  const schema = schemaOf(partition);
  const iso = new Date(time).toISOString();
  const row: Record<string, unknown> = {};
  setCell(row, schema, columns.requestId, requestId);
  setCell(row, schema, columns.timestamp, iso);
  for (const key of Object.keys(inputs)) setCell(row, schema, key, inputs[key]);
  if (record.prediction !== undefined) setCell(row, schema, columns.prediction, record.prediction);
  if (typeof probabilities === "number") setCell(row, schema, columns.probability, probabilities);
  if (perClass) for (const key of Object.keys(perClass)) setCell(row, schema, key, perClass[key]);
  if (record.label !== undefined) setCell(row, schema, columns.label, record.label);
  row[own(schema, columns.requestId, "VARCHAR")] = requestId;
  row[own(schema, columns.timestamp, "TIMESTAMP")] = iso;
  return { line: JSON.stringify(row), partition, requestId };
}

/** The written name of one of the logger's own columns, its type set (whatever an input of that name held). */
function own(schema: LogSchema, name: string, type: LogValueType): string {
  const column = schema.get(name.toLowerCase()) as { name: string; type: LogValueType };
  column.type = type;
  return column.name;
}

let lastHour = NaN;
let lastPartition = "";

/** `hourPartition`, remembered for the hour of the previous record (most records share it). */
function partitionOf(time: number): string {
  const hour = Math.floor(time / 3_600_000);
  if (hour !== lastHour) {
    lastHour = hour;
    lastPartition = hourPartition(time);
  }
  return lastPartition;
}

/** Epoch milliseconds of a Date, a number or ISO 8601 text; `undefined` when it is not a time. */
export function epochMs(value: Date | number | string): number | undefined {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined;
}

/**
 * Sets one cell under its column's written name and notes its type (the first one seen, or
 * VARCHAR once the column has held two kinds). A missing value sets nothing, and clears an
 * earlier field of that name (the rare case where it had one).
 */
function setCell(row: Record<string, unknown>, schema: LogSchema, key: string, value: unknown): void {
  const lower = key.toLowerCase();
  let column = schema.get(lower);
  const cell = cellOf(value);
  if (cell === undefined) {
    if (column && column.name in row) delete row[column.name];
    return;
  }
  if (!column) schema.set(lower, (column = { name: key, type: cell.type }));
  else if (column.type !== cell.type) column.type = "VARCHAR";
  row[column.name] = cell.value;
}

/** The JSON value and type of one cell, or `undefined` for a missing one (null, undefined, NaN, ±Infinity, an invalid date). */
function cellOf(value: unknown): { value: unknown; type: LogValueType } | undefined {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? { value, type: "DOUBLE" } : undefined;
    case "string":
      return { value, type: "VARCHAR" };
    case "boolean":
      return { value, type: "BOOLEAN" };
    case "bigint":
      return { value: Number(value), type: "DOUBLE" };
    case "undefined":
      return undefined;
    default: {
      if (value === null) return undefined;
      if (value instanceof Date) return Number.isFinite(value.getTime()) ? { value: value.toISOString(), type: "TIMESTAMP" } : undefined;
      const text = JSON.stringify(value);
      return text === undefined ? undefined : { value: text, type: "VARCHAR" };
    }
  }
}
