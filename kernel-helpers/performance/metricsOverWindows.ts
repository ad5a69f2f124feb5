import { splitWindows } from "../windows/splitWindows";
import type { WindowSpec } from "../windows/windowSpec";
import { windowLabel } from "../windows/windowSpec";
import type { MetricSet } from "./metricNames";
import type { PerformanceData } from "./performanceData";
import { labelledRows, performanceMetrics } from "./performanceMetrics";
import type { WindowSpan } from "../windows/windowSpan";

/** The metrics of one window of rows or time. */
export interface MetricsWindow extends WindowSpan {
  /** Rows with a label. */
  readonly labelled: number;
  /** "ok"; "no labels" when none of its rows has a label; "insufficient data" below `minSamples` labelled rows (no metrics). */
  readonly status: "ok" | "no labels" | "insufficient data";
  readonly metrics?: MetricSet;
}

/**
 * The model's metrics per window — of `{ rows: N }` consecutive rows or `{ hours: H }` of time by
 * `timestamps` (epoch ms) — each equal to scikit-learn's on that window's rows. A window with no
 * label is "no labels", one with fewer than `minSamples` labelled rows "insufficient data":
 * neither has metrics (no verdict, not a drop).
 * Cost: O(rows) plus the AUCs' radix sorts; about 0.2 s for 1,000,000 rows in 10,000-row windows (see `npm run bench`).
 *
 * @example metricsOverWindows(data, { rows: 1000 }).windows.map((w) => w.metrics?.values.accuracy)
 * @throws {UsageError} for time windows without timestamps, or too many windows
 */
export function metricsOverWindows(data: PerformanceData, spec: WindowSpec, options: { readonly timestamps?: Float64Array; readonly minSamples?: number } = {}): { every: string; rowsWithoutTimestamp: number; windows: MetricsWindow[] } {
  const minSamples = options.minSamples ?? 1;
  const split = splitWindows(spec, data.rowCount, options.timestamps);
  const windows = split.windows.map((slice): MetricsWindow => {
    const place = slice.start !== undefined ? { start: new Date(slice.start).toISOString(), end: new Date(slice.end as number).toISOString() } : { firstRow: slice.firstRow as number };
    const labelled = labelledRows(data, slice.rows);
    const base = { index: slice.index, ...place, rows: slice.rows.length, labelled };
    if (labelled === 0) return { ...base, status: "no labels" };
    if (labelled < minSamples) return { ...base, status: "insufficient data" };
    return { ...base, status: "ok", metrics: performanceMetrics(data, slice.rows) };
  });
  return { every: windowLabel(spec), rowsWithoutTimestamp: split.rowsWithoutTimestamp, windows };
}
