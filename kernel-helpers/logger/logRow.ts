import { randomUUID } from "node:crypto";
import { DataError } from "../errors";
import { hourPartition } from "./hourPartition";
import type { InferenceRecord, LogColumns } from "./inferenceRecord";
import { loggerMessages } from "./loggerMessages";

/** The DuckDB type a log column is written with. */
export type LogValueType = "DOUBLE" | "VARCHAR" | "BOOLEAN" | "TIMESTAMP";

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
 * arrays JSON text. The type of each column written is noted in `typesOf(partition)` — numbers
 * DOUBLE, strings VARCHAR, booleans BOOLEAN, dates and the time column TIMESTAMP, and VARCHAR for
 * a column that has held two kinds — so that the batch is read with exactly these types.
 * Cost: O(fields), about 2 µs for ten fields.
 *
 * @example logRow({ inputs: { age: 41 }, prediction: 1 }, DEFAULT_LOG_COLUMNS, Date.UTC(2026, 10, 23, 8), () => new Map()).partition
 * // "year=2026/month=11/day=23/hour=8"
 * @throws {DataError} for a record that is not an object, inputs that are not an object, a bad
 *   request id, timestamp or probability
 */
export function logRow(record: InferenceRecord, columns: LogColumns, now: number, typesOf: (partition: string) => Map<string, LogValueType>): LogRow {
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
  const types = typesOf(partition);
  const row: Record<string, unknown> = { [columns.requestId]: requestId, [columns.timestamp]: new Date(time).toISOString() };
  noteType(types, columns.requestId, "VARCHAR");
  noteType(types, columns.timestamp, "TIMESTAMP");
  for (const key of Object.keys(inputs)) setCell(row, types, key, inputs[key]);
  if (record.prediction !== undefined) setCell(row, types, columns.prediction, record.prediction);
  if (typeof probabilities === "number") setCell(row, types, columns.probability, probabilities);
  if (perClass) for (const key of Object.keys(perClass)) setCell(row, types, key, perClass[key]);
  if (record.label !== undefined) setCell(row, types, columns.label, record.label);
  return { line: JSON.stringify(row), partition, requestId };
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

/** Sets one cell and notes its type; a missing value sets nothing (and clears an earlier field of that name, the rare case where it had one). */
function setCell(row: Record<string, unknown>, types: Map<string, LogValueType>, key: string, value: unknown): void {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value)) || (value instanceof Date && !Number.isFinite(value.getTime()))) {
    if (key in row) delete row[key];
    return;
  }
  switch (typeof value) {
    case "number":
      row[key] = value;
      noteType(types, key, "DOUBLE");
      return;
    case "string":
      row[key] = value;
      noteType(types, key, "VARCHAR");
      return;
    case "boolean":
      row[key] = value;
      noteType(types, key, "BOOLEAN");
      return;
    case "bigint":
      row[key] = Number(value);
      noteType(types, key, "DOUBLE");
      return;
    default: {
      const text = value instanceof Date ? value.toISOString() : JSON.stringify(value);
      if (text === undefined) return;
      row[key] = text;
      noteType(types, key, value instanceof Date ? "TIMESTAMP" : "VARCHAR");
    }
  }
}

/** A column's type so far: the first one seen, or VARCHAR once it has held two kinds. */
function noteType(types: Map<string, LogValueType>, key: string, type: LogValueType): void {
  const previous = types.get(key);
  if (previous !== type) types.set(key, previous === undefined ? type : "VARCHAR");
}
