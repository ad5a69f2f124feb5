import type { WindowSpan } from "./windowSpan";

/**
 * The labels of a check's windows for a terminal, padded to one width so the columns after them
 * line up: the window start for time windows, the 1-based row range for windows of rows.
 * Cost: O(windows).
 *
 * @example windowLabels([{ firstRow: 0, rows: 2000 }, { firstRow: 2000, rows: 2000 }]) // ["rows 1–2000   ", "rows 2001–4000"]
 */
export function windowLabels(windows: readonly Pick<WindowSpan, "start" | "firstRow" | "rows">[]): string[] {
  const labels = windows.map((window) => window.start ?? `rows ${(window.firstRow ?? 0) + 1}–${(window.firstRow ?? 0) + window.rows}`);
  const width = Math.max(0, ...labels.map((label) => label.length));
  return labels.map((label) => label.padEnd(width));
}
