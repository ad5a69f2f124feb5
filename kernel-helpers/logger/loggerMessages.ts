import { plural } from "../formatCount";
/**
 * User-facing messages of the inference logger and of reading its log folders, in one place:
 * each says what was wrong, with what, and what to do.
 */

const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`);

export const loggerMessages = {
  recordNotObject: (value: unknown) => `an inference record must be an object with 'inputs', got ${describe(value)}.`,
  inputsNotObject: (value: unknown) => `an inference record's 'inputs' must be an object of column values, e.g. { age: 41, region: "north" }; got ${describe(value)}.`,
  requestIdInvalid: (value: unknown) => `a request id must be text of 1–200 characters, got ${typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : describe(value)}.`,
  timestampInvalid: (value: unknown) =>
    `timestamp ${JSON.stringify(String(value)).slice(0, 60)} is not a time: give a Date, epoch milliseconds or ISO 8601 text such as 2026-11-23T08:00:00Z.`,
  probabilityInvalid: (key: string, value: unknown) => `probability '${key}' must be a number, got ${describe(value)}.`,
  optionInvalid: (name: string, value: unknown, expected: string) => `logger option ${name} must be ${expected}, got ${JSON.stringify(value)}.`,
  closed: () => "the logger is closed; create a new one to log again.",
  bufferFull: (limit: number) =>
    `the buffer already holds ${plural(limit, "record")} waiting to be written (maxBufferedRecords; driftlens serve --log-max-buffered), so new records are dropped until a write catches up. Check that the log folder's disk is writable and not full, or send fewer records at a time.`,
  writeFailed: (records: number, dir: string, reason: string) =>
    `${plural(records, "record")} could not be written to ${dir} and are lost: ${reason}. Check that the folder exists, is writable and its disk is not full.`,
  lossLine: (reason: string, records: number, suppressed: number) =>
    `driftlens logger: ${plural(records, "record")} not logged: ${reason}${suppressed > 0 ? ` (and ${plural(suppressed, "more record")} for the same reason in the last minute)` : ""}\n`,
  logFolderMissing: (dir: string) =>
    `log folder '${dir}' does not exist. Point at the folder the inference logger writes (it holds year=/month=/day=/hour= folders), or wait until the service has logged its first batch.`,
  logFolderNotFolder: (dir: string) => `'${dir}' is a file; a log folder holds year=/month=/day=/hour= folders of Parquet files. Check the path, or check a file without --since.`,
  noRecentLogs: (dir: string, hours: number, from: string, newest: string | undefined) =>
    `no inference records in '${dir}' from the last ${hours} h (since ${from}). ` +
    (newest ? `The newest partition is ${newest}. ` : "") +
    `Check that the service is still logging, or widen the window (--since, analysisWindowHours).`,
  arrowLogs: (dir: string) => `log folder '${dir}' holds Arrow IPC files, which cannot be filtered by time; write logs as Parquet, CSV or JSONL.`,
};
