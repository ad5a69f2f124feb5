import { UsageError } from "../errors";
import { windowMessages } from "./windowMessages";
import type { WindowSpec } from "./windowSpec";
import { windowLabel } from "./windowSpec";

/** The most windows one check makes; a wider window is asked for beyond it. */
export const MAX_WINDOWS = 10_000;

/** The rows of one window. */
export interface WindowRows {
  readonly index: number;
  /** Epoch ms, start inclusive and end exclusive, for time windows. */
  readonly start?: number;
  readonly end?: number;
  /** First row of a window of rows. */
  readonly firstRow?: number;
  /** Row indices, ascending. */
  readonly rows: Int32Array;
}

/**
 * Splits rows into windows: by time (every window from the first timestamp's to the last's,
 * empty ones included, so a heatmap shows the gaps; rows without a timestamp are counted apart)
 * or into blocks of consecutive rows (the last one may be shorter).
 * Cost: O(rows + windows).
 *
 * @param timestamps epoch ms per row (NaN missing); needed for time windows
 * @throws {UsageError} when time windows are asked for without timestamps, or would exceed `MAX_WINDOWS`
 * @example splitWindows({ rows: 2 }, 5).windows.map((w) => w.rows.length) // [2, 2, 1]
 */
export function splitWindows(spec: WindowSpec, rowCount: number, timestamps?: Float64Array): { windows: WindowRows[]; rowsWithoutTimestamp: number } {
  if ("rows" in spec) {
    const windows: WindowRows[] = [];
    for (let first = 0, index = 0; first < rowCount; first += spec.rows, index++) {
      const rows = new Int32Array(Math.min(spec.rows, rowCount - first));
      for (let i = 0; i < rows.length; i++) rows[i] = first + i;
      windows.push({ index, firstRow: first, rows });
    }
    if (windows.length > MAX_WINDOWS) throw new UsageError(windowMessages.tooManyWindows(windows.length, windowLabel(spec), MAX_WINDOWS));
    return { windows, rowsWithoutTimestamp: 0 };
  }
  if (!timestamps) throw new UsageError(windowMessages.windowNeedsTimestamp(windowLabel(spec)));
  const width = spec.hours * 3_600_000;
  let first = Infinity;
  let last = -Infinity;
  let without = 0;
  for (let i = 0; i < rowCount; i++) {
    const ts = timestamps[i];
    if (!Number.isFinite(ts)) {
      without++;
      continue;
    }
    const bucket = Math.floor(ts / width);
    if (bucket < first) first = bucket;
    if (bucket > last) last = bucket;
  }
  if (without === rowCount) return { windows: [], rowsWithoutTimestamp: without };
  const count = last - first + 1;
  if (count > MAX_WINDOWS) throw new UsageError(windowMessages.tooManyWindows(count, windowLabel(spec), MAX_WINDOWS));
  const sizes = new Int32Array(count);
  for (let i = 0; i < rowCount; i++) if (Number.isFinite(timestamps[i])) sizes[Math.floor(timestamps[i] / width) - first]++;
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(count);
  for (let i = 0; i < rowCount; i++) {
    if (!Number.isFinite(timestamps[i])) continue;
    const w = Math.floor(timestamps[i] / width) - first;
    members[w][filled[w]++] = i;
  }
  return {
    windows: members.map((rows, index) => ({ index, start: (first + index) * width, end: (first + index + 1) * width, rows })),
    rowsWithoutTimestamp: without,
  };
}
