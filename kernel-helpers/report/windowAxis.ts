import type { WindowSpan } from "../windows/windowSpan";
import { plotlyText } from "./plotlyText";
import {  } from "../formatCount";
import { formatCount } from "../formatCount";

/** The x values of a report's windows and the Plotly axis they go on. */
export interface WindowAxis {
  /** One per window: "2026-11-23 00:00" (UTC) for time windows, "rows 1–400" for windows of rows. */
  readonly x: string[];
  readonly axis: object;
}

/** Windows as drift and performance checks list them. */
export interface WindowList {
  /** "1h", "1d" … or "N rows". */
  readonly every: string;
  readonly windows: readonly Pick<WindowSpan, "start" | "firstRow" | "rows">[];
}

/**
 * The x axis of every figure over a check's windows: a date axis at the window starts (UTC) for
 * time windows, a category axis of row ranges for windows of rows.
 * Cost: O(windows).
 *
 * @example windowAxis(report.windows).x[0] // "2026-11-23 00:00"
 */
export function windowAxis(windowed: WindowList): WindowAxis {
  const byTime = windowed.windows.some((window) => window.start !== undefined);
  if (byTime) {
    return {
      x: windowed.windows.map((window) => (window.start ?? "").slice(0, 16).replace("T", " ")),
      axis: { type: "date", title: { text: `window start (UTC, every ${plotlyText(windowed.every)})` }, automargin: true },
    };
  }
  return {
    x: windowed.windows.map((window) => `rows ${formatCount((window.firstRow ?? 0) + 1)}–${formatCount((window.firstRow ?? 0) + window.rows)}`),
    axis: { type: "category", title: { text: `window (every ${plotlyText(windowed.every)})` }, automargin: true },
  };
}
