import { compareCodePoints } from "./compareCodePoints";
import { dataMessages } from "./dataMessages";
import { isMissingToken } from "./missingTokens";
import type { Column, ColumnType } from "./table";
import { describeValue } from "../arguments/describeValue";
import { DataError } from "../errors";

/** A column built from JavaScript values, with what went wrong on the way. */
export interface BuiltColumn {
  readonly column: Column;
  readonly warnings: readonly string[];
}

/**
 * Types and builds one column from JavaScript values, as Evidently types a pandas column:
 * numbers (and bigints) are numerical, `Date`s datetime, anything else — strings, booleans,
 * a mix — categorical; `type` wins over that. Missing: `null`, `undefined`, `NaN`, an invalid
 * `Date` and the texts in `MISSING_TOKENS`. ±Infinity stays a value.
 *
 * Categorical labels: strings as they are, numbers as `String(n)`, booleans "True"/"False" (as
 * pandas prints them), dates in ISO 8601, objects as JSON; the dictionary is sorted numerically
 * when every value is a number, else by code point. Overrides convert: text to numbers with
 * `Number` (also `inf`), text to dates with `Date.parse`, numbers as epoch milliseconds; values
 * that do not convert become missing and are counted in one warning.
 * Cost: O(n) plus O(k log k) for k categories.
 *
 * @example columnFromValues("plan", ["pro", "free", null, "pro"], undefined, "memory").column
 * // { name: "plan", type: "categorical", codes: Int32Array [1, 0, -1, 1], dictionary: ["free", "pro"] }
 */
export function columnFromValues(name: string, values: ArrayLike<unknown>, type: ColumnType | undefined, source: string): BuiltColumn {
  if (ArrayBuffer.isView(values) && !(values instanceof DataView)) {
    const numbers = Float64Array.from(values as ArrayLike<number | bigint>, Number);
    if (type === undefined || type === "numerical" || type === "datetime") return { column: { name, type: type ?? "numerical", values: numbers }, warnings: [] };
    values = numbers;
  }
  for (let row = 0; row < values.length; row++) {
    const kind = typeof values[row];
    if (kind === "symbol" || kind === "function") throw new DataError(dataMessages.valueNotTestable(name, row, describeValue(values[row])));
  }
  switch (type ?? inferType(values)) {
    case "numerical":
      return converted(name, values, "numerical", toNumber, source);
    case "datetime":
      return converted(name, values, "datetime", toEpochMs, source);
    case "text":
      return { column: { name, type: "text", values: Array.from(values, (value) => (isMissing(value) ? null : labelOf(value))) }, warnings: [] };
    case "categorical":
      return { column: categorical(name, values), warnings: [] };
  }
}

function isMissing(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "number" && Number.isNaN(value)) ||
    (typeof value === "string" && isMissingToken(value)) ||
    (value instanceof Date && Number.isNaN(value.getTime()))
  );
}

function inferType(values: ArrayLike<unknown>): ColumnType {
  let numbers = 0;
  let dates = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isMissing(value)) continue;
    if (typeof value === "number" || typeof value === "bigint") numbers++;
    else if (value instanceof Date) dates++;
    else return "categorical";
  }
  if (numbers > 0 && dates === 0) return "numerical";
  if (dates > 0 && numbers === 0) return "datetime";
  return "categorical";
}

function labelOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      // A cyclic object (or one whose toJSON throws); String() would throw too for one without a prototype.
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}

const INFINITY = /^([+-]?)inf(inity)?$/i;

function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string" || value.trim() === "") return NaN;
  const infinity = INFINITY.exec(value.trim());
  if (infinity) return infinity[1] === "-" ? -Infinity : Infinity;
  return Number(value);
}

function toEpochMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") return Date.parse(value);
  return NaN;
}

function converted(name: string, values: ArrayLike<unknown>, type: "numerical" | "datetime", convert: (value: unknown) => number, source: string): BuiltColumn {
  const out = new Float64Array(values.length);
  let failed = 0;
  let example = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isMissing(value)) {
      out[i] = NaN;
      continue;
    }
    const number = convert(value);
    if (Number.isNaN(number) && failed++ === 0) example = labelOf(value);
    out[i] = number;
  }
  const warnings = failed > 0 ? [dataMessages.overrideFailed(name, source, type, failed, example)] : [];
  return { column: { name, type, values: out }, warnings };
}

function categorical(name: string, values: ArrayLike<unknown>): Column {
  const codes = new Int32Array(values.length);
  const index = new Map<string, number>();
  const labels: string[] = [];
  const numbers: number[] = [];
  let numeric = true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isMissing(value)) {
      codes[i] = -1;
      continue;
    }
    const label = labelOf(value);
    let code = index.get(label);
    if (code === undefined) {
      code = labels.length;
      index.set(label, code);
      labels.push(label);
      const isNumber = typeof value === "number" || typeof value === "bigint";
      numeric &&= isNumber;
      // Number() throws on an object without a prototype: only numbers are ever sorted as numbers.
      numbers.push(isNumber ? Number(value) : NaN);
    }
    codes[i] = code;
  }
  const order = labels.map((_, i) => i).sort(numeric ? (a, b) => numbers[a] - numbers[b] : (a, b) => compareCodePoints(labels[a], labels[b]));
  const rank = new Int32Array(labels.length);
  order.forEach((code, position) => (rank[code] = position));
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = rank[codes[i]];
  return { name, type: "categorical", codes, dictionary: order.map((code) => labels[code]) };
}
