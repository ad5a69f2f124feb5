import { countNoun } from "../report/countNoun";
import { windowLabels } from "../windows/windowLabels";
import type { PerformanceCheck } from "./checkPerformance";
import type { MetricName, MetricSet } from "./metricNames";
import { METRICS } from "./metricNames";
import type { PerformanceUnavailable } from "./performanceSnapshot";
import { formatCount } from "../formatCount";

/**
 * The performance part of a check for a person at a terminal: the metrics against the baseline
 * (measured, or estimated with their band), windows one line each, and change points.
 *
 * @example performanceSummary(report.performance).split("\n")[0] // "Model performance (classification, 2,000 labelled of 2,000 rows):"
 */
export function performanceSummary(check: PerformanceCheck | PerformanceUnavailable): string {
  if ("unavailable" in check) return `Model performance: not measured — ${check.unavailable}`;
  const count = (n: number) => formatCount(n);
  const lines = [`Model performance (${check.task}, ${count(check.labelledRows)} labelled of ${countNoun(check.rows, "row")}):`];
  for (const comparison of check.comparison) {
    const title = METRICS[comparison.metric].title.padEnd(12);
    const now = comparison.current === null ? "undefined" : format(comparison.current);
    const band = comparison.estimated && check.estimated ? bandOf(check, comparison.metric) : "";
    const verdict = comparison.degraded ? `  DEGRADED: ${comparison.degraded.rule}` : "";
    lines.push(`  ${title} ${comparison.estimated ? "estimated" : "measured "} ${now}${band}  baseline ${comparison.baseline === null ? "undefined" : format(comparison.baseline)}${verdict}`);
  }
  const reasons = Object.values(check.current?.reasons ?? {});
  for (const reason of new Set(reasons)) lines.push(`  ${reason}`);
  if (check.estimated && check.current) lines.push(`  ${countNoun(check.estimated.rows, "row")} without labels: estimated by ${check.estimated.method} (${headlineEstimate(check.estimated)}).`);
  if (check.notEstimated) lines.push(`  ${countNoun(check.rows - check.labelledRows, "row")} without labels, not estimated: ${check.notEstimated}`);
  if (check.windows) {
    lines.push(`  Windows (${check.windows.every}; fewer than ${check.windows.minSamples} rows to score: insufficient data):`);
    const headline = check.comparison.map((c) => c.metric).slice(0, 3);
    const labels = windowLabels(check.windows.windows);
    check.windows.windows.forEach((window, i) => {
      const values =
        window.status === "measured"
          ? headline.map((m) => `${METRICS[m].title} ${formatValue(window.metrics, m)}`).join(", ")
          : window.status === "estimated"
            ? `${headline.filter((m) => window.estimated?.metrics[m as keyof typeof window.estimated.metrics]).map((m) => `${METRICS[m].title} ${format(window.estimated?.metrics[m as keyof typeof window.estimated.metrics]?.value ?? null)}`).join(", ")}`
            : window.status === "not estimated"
              ? window.reason === check.notEstimated ? "no estimate (see above)" : `no estimate: ${window.reason}`
              : "insufficient data";
      lines.push(`    ${labels[i]}  ${`${countNoun(window.rows, "row")}`.padStart(12)}  ${window.status.padEnd(9)}  ${values}${window.degraded.length > 0 ? `  DEGRADED: ${window.degraded.map((m) => METRICS[m].title).join(", ")}` : ""}`);
    });
  }
  for (const detector of check.changePoints ?? []) {
    const name = detector.detector === "adwin" ? "ADWIN" : "Page-Hinkley";
    lines.push(`  ${name} on the ${check.errorSeries}: ${detector.changePoints.length === 0 ? "no change point" : `change points at rows ${detector.changePoints.map((r) => count(r + 1)).join(", ")}`}`);
  }
  return lines.join("\n");
}

/** The first estimated metric as "accuracy 0.840" (or "MAE 1.23"). */
function headlineEstimate(estimate: NonNullable<PerformanceCheck["estimated"]>): string {
  const [name, metric] = Object.entries(estimate.metrics)[0] ?? [];
  return name === undefined ? "no metric" : `${METRICS[name as MetricName].title} ${format(metric?.value ?? null)}`;
}

function format(value: number | null): string {
  if (value === null) return "undefined";
  return Math.abs(value) >= 1000 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(2) : value.toFixed(3);
}

function formatValue(metrics: MetricSet | undefined, metric: MetricName): string {
  const value = metrics?.values[metric];
  return value === undefined ? "—" : format(value);
}

function bandOf(check: PerformanceCheck, metric: MetricName): string {
  const estimate = check.estimated?.metrics[metric as keyof NonNullable<PerformanceCheck["estimated"]>["metrics"]];
  return estimate && estimate.lower !== null && estimate.upper !== null ? ` [${format(estimate.lower)}, ${format(estimate.upper)}]` : "";
}
