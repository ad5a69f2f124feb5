import type { CheckReport, WindowColumnResult, WindowedDrift } from "../check/checkReport";
import { driftRatio } from "./driftRatio";
import { methodKind } from "./methodKind";

/** One column over the windows of a check: its drift ratio per window (NaN where there is none). */
export interface WindowedColumn {
  readonly column: string;
  /** The column's result in each window (undefined when the window did not list it). */
  readonly results: (WindowColumnResult | undefined)[];
  readonly ratios: number[];
  /** The largest finite-or-infinite ratio over the windows; -Infinity when no window has a score. */
  readonly worst: number;
}

/**
 * The columns of a check's windows with their drift ratio in each window (`driftRatio`, so every
 * method is on one scale), the most drifted first (largest ratio in any window, then name) — the
 * rows of the drift heatmap and the lines of the score trend.
 * Cost: O(columns · windows).
 *
 * @example windowedColumns(report, report.windows)[0].column // the column that drifted most in some window
 */
export function windowedColumns(report: CheckReport, windowed: WindowedDrift): WindowedColumn[] {
  const kindByColumn = new Map(report.columns.map((column) => [column.column, column.methodKind]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (const window of windowed.windows) {
    for (const result of window.columns) {
      if (!seen.has(result.column)) {
        seen.add(result.column);
        names.push(result.column);
      }
    }
  }
  const byWindow = windowed.windows.map((window) => new Map(window.columns.map((result) => [result.column, result])));
  const columns = names.map((column): WindowedColumn => {
    const results = byWindow.map((results) => results.get(column));
    const ratios = results.map((result) => {
      if (!result || result.status !== "ok" || result.method === undefined || result.threshold === undefined) return NaN;
      return driftRatio(result.score, result.threshold, methodKind(result.method, kindByColumn.get(column) ?? "distance"));
    });
    const worst = ratios.reduce((max, ratio) => (ratio > max ? ratio : max), -Infinity);
    return { column, results, ratios, worst };
  });
  return columns.sort((a, b) => (b.worst === a.worst ? (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) : b.worst > a.worst ? 1 : -1));
}
