import type { PerformanceCheck } from "./checkPerformance";
import type { MetricName } from "./metricNames";
import { METRICS } from "./metricNames";
import { performanceMessages } from "./performanceMessages";

/** An alert about the model's performance, shaped like a check report's `DriftAlert`. */
export interface PerformanceAlert {
  readonly level: "WARNING" | "CRITICAL";
  readonly kind: "performance-degradation" | "performance-change";
  readonly column: string;
  readonly message: string;
}

/**
 * The alerts of a performance check, most urgent first: CRITICAL for a metric past its absolute
 * limit, WARNING for one worse than the baseline by more than its relative allowance (measured or,
 * without labels, estimated), WARNING for a metric that broke its rule in some windows, and
 * WARNING for change points found in the error series. The `column` is the prediction column.
 *
 * @example performanceAlerts(check).map((a) => a.message) // ["accuracy 0.712 (baseline 0.901): 21% below the baseline (allowed 10%)"]
 */
export function performanceAlerts(check: PerformanceCheck): PerformanceAlert[] {
  const alerts: PerformanceAlert[] = [];
  const column = check.prediction;
  for (const comparison of check.comparison) {
    if (!comparison.degraded || comparison.current === null) continue;
    const message = performanceMessages.degradation(METRICS[comparison.metric].title, comparison.current, comparison.baseline, comparison.degraded.rule, comparison.estimated);
    alerts.push({ level: comparison.degraded.kind === "absolute" ? "CRITICAL" : "WARNING", kind: "performance-degradation", column, message });
  }
  const windows = check.windows?.windows ?? [];
  const byMetric = new Map<MetricName, number[]>();
  for (const window of windows) for (const metric of window.degraded) byMetric.set(metric, [...(byMetric.get(metric) ?? []), window.index]);
  for (const [metric, indices] of byMetric) {
    const listed = indices.slice(0, 5).map((i) => i + 1).join(", ") + (indices.length > 5 ? ", …" : "");
    alerts.push({ level: "WARNING", kind: "performance-degradation", column, message: `${METRICS[metric].title} broke its rule in ${indices.length} of ${windows.length} windows (window${indices.length === 1 ? "" : "s"} ${listed}).` });
  }
  for (const detector of check.changePoints ?? []) {
    if (detector.changePoints.length > 0) alerts.push({ level: "WARNING", kind: "performance-change", column, message: performanceMessages.changePoint(detector.detector === "adwin" ? "ADWIN" : "Page-Hinkley", check.errorSeries ?? "error", detector.changePoints) });
  }
  return alerts.sort((a, b) => (a.level === b.level ? 0 : a.level === "CRITICAL" ? -1 : 1));
}
