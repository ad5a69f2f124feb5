import type { Column, DatetimeColumn } from "../data/table";
import { DataError } from "../errors";
import { baselineMessages } from "./baselineMessages";

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * The column as timestamps (epoch milliseconds, NaN missing). A datetime column is returned as
 * it is; text and categorical values must be ISO 8601 (`2026-11-23`, `2026-11-23T08:00:00Z`,
 * `2026-11-23 08:00:00.250+01:00`; no zone means UTC, so the result does not depend on the
 * machine's time zone).
 * Cost: O(n) (each distinct label parsed once).
 *
 * @param where the dataset the column belongs to, for messages ("the current data (today.csv)")
 * @throws {DataError} for a numerical column, or values that do not parse, naming the first few with their row numbers
 * @example toTimestampColumn({ name: "ts", type: "text", values: ["2026-11-23T08:00:00Z"] }, "x").values // Float64Array [1795420800000]
 */
export function toTimestampColumn(column: Column, where: string): DatetimeColumn {
  if (column.type === "datetime") return column;
  if (column.type === "numerical") throw new DataError(baselineMessages.timestampNumerical(column.name, where));
  const values = new Float64Array(column.type === "text" ? column.values.length : column.codes.length);
  const bad: { row: number; value: string }[] = [];
  let badCount = 0;
  const parseOrNote = (text: string | null, row: number): number => {
    if (text === null) return NaN;
    const ms = parseIso8601(text);
    if (Number.isNaN(ms)) {
      badCount++;
      if (bad.length < 3) bad.push({ row, value: text });
    }
    return ms;
  };
  if (column.type === "text") {
    column.values.forEach((text, row) => (values[row] = parseOrNote(text, row)));
  } else {
    const parsed = column.dictionary.map((label) => parseIso8601(label));
    column.codes.forEach((code, row) => {
      values[row] = code < 0 ? NaN : Number.isNaN(parsed[code]) ? parseOrNote(column.dictionary[code], row) : parsed[code];
    });
  }
  if (badCount > 0) throw new DataError(baselineMessages.timestampsDoNotParse(column.name, where, badCount, bad));
  return { name: column.name, type: "datetime", values };
}

/** Epoch milliseconds of an ISO 8601 date or date-time (UTC when no zone), NaN when it is not one. */
export function parseIso8601(text: string): number {
  const match = ISO_8601.exec(text.trim());
  if (!match) return NaN;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone = "Z"] = match;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  const ms = Date.UTC(year, month, day, Number(h), Number(mi), Number(s), fraction === "" ? 0 : Math.round(Number(fraction) * 1000));
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return NaN;
  if (zone.toUpperCase() === "Z") return ms;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
  return ms - sign * offset * 60000;
}
