import type { CheckReport } from "../check/checkReport";
import type { EstimatedMetric, PerformanceEstimate } from "../performance/cbpe";
import type { DegradationRule } from "../performance/degradationRules";
import type { MetricName } from "../performance/metricNames";
import { METRICS } from "../performance/metricNames";
import { plotNumber } from "./plotNumber";
import { FIGURE_FONT, reportColors } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { windowAxis } from "./windowAxis";
import { countNoun } from "./countNoun";
import { formatCount } from "../formatCount";

/** One colour per watched metric (its value, baseline and alert lines share it). */
const METRIC_COLOURS = ["#1c7ed6", "#7048e8", "#0ca678", "#e8590c", "#c2255c", "#495057"];

/**
 * The model's performance in a check: each watched metric (the degradation rules' metrics) over
 * the windows — measured where a window has labels, estimated by CBPE or DLE (dashed, with its band)
 * where it has none — with the baseline's value (dotted) and the alert line the rule draws
 * (dashed: `baseline × (1 ∓ relative)`, or the absolute limit); windows that broke a rule are
 * marked with a red ring. Without windows, bars of the baseline against the current value.
 * `undefined` when the report has no performance section or its performance could not be measured.
 * Cost: O(metrics · windows).
 *
 * @example performanceFigure(checkReport)?.id // "performance"
 */
export function performanceFigure(report: CheckReport): ReportFigure | undefined {
  const performance = report.performance;
  if (!performance || "unavailable" in performance) return undefined;
  const metrics = (Object.keys(performance.rules) as MetricName[]).filter((metric) => METRICS[metric] !== undefined);
  if (metrics.length === 0) return undefined;
  const windowed = performance.windows;
  const estimated = windowed?.windows.some((window) => window.status === "estimated") ?? performance.comparison.some((entry) => entry.estimated);
  const method = performance.estimated?.method ?? windowed?.windows.find((window) => window.estimated)?.estimated?.method ?? "CBPE";
  const title = `Model performance: ${metrics.map((metric) => METRICS[metric].title).join(", ")} against the baseline${estimated ? ` (estimated without labels by ${method}, with ±3σ bands)` : ""}`;
  const layout = {
    title: { text: title, x: 0, xanchor: "left" },
    font: FIGURE_FONT,
    height: 400,
    margin: { l: 64, r: 16, t: 56, b: 64 },
    yaxis: { title: { text: performance.task === "regression" ? "error" : "score" }, gridcolor: reportColors.grid, ...(performance.task === "regression" ? { rangemode: "tozero" } : {}) },
    legend: { orientation: "h", x: 0, y: -0.22, yanchor: "top" },
  };
  if (!windowed || windowed.windows.length === 0) {
    const current = new Map(performance.comparison.map((entry) => [entry.metric, entry]));
    const x = metrics.map((metric) => METRICS[metric].title);
    return {
      id: "performance",
      title,
      data: [
        { type: "bar", name: "baseline", x, y: metrics.map((metric) => plotNumber(performance.baseline.values[metric])), marker: { color: reportColors.reference } },
        {
          type: "bar",
          name: "current",
          x,
          y: metrics.map((metric) => plotNumber(current.get(metric)?.current)),
          marker: { color: metrics.map((metric) => (current.get(metric)?.degraded ? reportColors.severity.high : reportColors.current)) },
          customdata: metrics.map((metric) => `${current.get(metric)?.estimated ? `estimated (${method})` : "measured"}${current.get(metric)?.degraded ? ` · ${current.get(metric)?.degraded?.rule}` : ""}`),
          hovertemplate: "%{x}: %{y:.4f}<br>%{customdata}<extra></extra>",
        },
      ],
      layout: { ...layout, barmode: "group", xaxis: { type: "category" } },
    };
  }
  const { x, axis } = windowAxis(windowed);
  const first = x[0];
  const last = x[x.length - 1];
  const data: object[] = [];
  metrics.forEach((metric, m) => {
    const colour = METRIC_COLOURS[m % METRIC_COLOURS.length];
    const name = METRICS[metric].title;
    const bands = windowed.windows.map((window) => (window.status === "estimated" ? estimatedMetric(window.estimated, metric) : undefined));
    const values = windowed.windows.map((window, i) => (window.status === "measured" ? window.metrics?.values[metric] : bands[i]?.value));
    const degraded = windowed.windows.map((window) => window.degraded.includes(metric));
    data.push({
      type: "scatter",
      mode: "lines+markers",
      name,
      legendgroup: metric,
      x,
      y: values.map((value) => plotNumber(value)),
      line: { color: colour, width: 2, dash: windowed.windows.every((window) => window.status === "estimated") ? "dash" : "solid" },
      marker: { size: degraded.map((broke) => (broke ? 12 : 7)), color: colour, line: { color: degraded.map((broke) => (broke ? reportColors.severity.high : colour)), width: degraded.map((broke) => (broke ? 3 : 0)) } },
      error_y: { type: "data", symmetric: false, visible: bands.some((band) => band !== undefined), array: bands.map((band, i) => (band?.upper == null || values[i] == null ? null : plotNumber(band.upper - (values[i] as number)))), arrayminus: bands.map((band, i) => (band?.lower == null || values[i] == null ? null : plotNumber((values[i] as number) - band.lower))), color: colour, thickness: 1 },
      customdata: windowed.windows.map((window, i) => `${window.status}${degraded[i] ? " · broke its rule" : ""} · ${countNoun(window.rows, "row")}, ${formatCount(window.labelled)} labelled`),
      hovertemplate: `%{fullData.name} %{y:.4f}<br>%{x}: %{customdata}<extra></extra>`,
    });
    const baseline = performance.baseline.values[metric];
    if (typeof baseline === "number" && Number.isFinite(baseline)) {
      data.push({ type: "scatter", mode: "lines", name: `${name} baseline`, legendgroup: metric, x: [first, last], y: [plotNumber(baseline), plotNumber(baseline)], line: { color: colour, dash: "dot", width: 1.5 }, hoverinfo: "skip" });
    }
    const limit = alertLine(metric, baseline ?? null, performance.rules[metric]);
    if (limit !== undefined) {
      data.push({ type: "scatter", mode: "lines", name: `${name} alert line`, legendgroup: metric, x: [first, last], y: [plotNumber(limit), plotNumber(limit)], line: { color: colour, dash: "dash", width: 1 }, opacity: 0.7, hoverinfo: "skip" });
    }
  });
  return { id: "performance", title, data, layout: { ...layout, xaxis: { ...axis, gridcolor: reportColors.grid } } };
}

/** The estimate of `metric` (CBPE or DLE), when it is estimated. */
function estimatedMetric(estimate: PerformanceEstimate | undefined, metric: MetricName): EstimatedMetric | undefined {
  return (estimate?.metrics as Partial<Record<MetricName, EstimatedMetric>> | undefined)?.[metric];
}

/** Where a rule starts to fire: the absolute limit, else the baseline worsened by the relative share. */
function alertLine(metric: MetricName, baseline: number | null, rule: DegradationRule | undefined): number | undefined {
  if (!rule) return undefined;
  if (rule.absolute !== undefined) return rule.absolute;
  if (rule.relative === undefined || baseline === null || !(baseline > 0)) return undefined;
  return METRICS[metric].higherIsBetter ? baseline * (1 - rule.relative) : baseline * (1 + rule.relative);
}
