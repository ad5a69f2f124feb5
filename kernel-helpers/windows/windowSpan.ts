/**
 * Where one window of a report lies, as every windowed section (drift, metrics, performance)
 * reports it: a time window by its start and end, a window of rows by its first row.
 */
export interface WindowSpan {
  readonly index: number;
  /** Start (inclusive) and end (exclusive) of a time window, ISO 8601. */
  readonly start?: string;
  readonly end?: string;
  /** First row (0-based) of a window of rows. */
  readonly firstRow?: number;
  /** Rows in the window. */
  readonly rows: number;
}
