import type { CheckColumnResult, CheckReport } from "../check/checkReport";
import type { LatestReport } from "../store/latestReports";
import type { Severity } from "../drift/driftReport";
import type { LoggerStats } from "../logger/createInferenceLogger";
import type { HistogramSeries, Sample } from "./prometheusText";
import { histogramFamily, metricFamily } from "./prometheusText";
import { reportVerdict } from "../report/reportVerdict";

/** Upper bounds (seconds) of the check duration histogram. */
export const CHECK_DURATION_BUCKETS: readonly number[] = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

const SEVERITY_LEVEL: Readonly<Record<Severity, number>> = { none: 0, low: 1, medium: 2, high: 3 };

/** The metrics the service keeps between scrapes; the drift gauges are read from the latest reports at each scrape. */
export interface ServiceMetrics {
  /** Records one check run by the service: its duration, the rows it checked, whether it succeeded. */
  observeCheck(baseline: string, seconds: number, rows: number, outcome: "ok" | "error"): void;
  /** The Prometheus text of everything: drift gauges of `latest`, check counters and histogram, log counters of `loggers`. */
  render(latest: readonly LatestReport[], loggers: ReadonlyMap<string, LoggerStats>): string;
}

/**
 * The service's Prometheus metrics. Drift gauges come from each baseline's latest report (so
 * reports written by `driftlens check`/`watch` into the same folder show too):
 * per column `driftlens_column_drift_score`, `…_threshold`, `…_drifted` (the verdict, 0/1) and
 * `…_severity` (0 none, 1 low, 2 medium, 3 high), labelled by baseline, version, column, method
 * and role (feature, target, prediction); per baseline `driftlens_dataset_drift_share`,
 * `driftlens_dataset_drifted`, `driftlens_dataset_not_checked`, `driftlens_alerts{level}`, `driftlens_last_check_rows` and
 * `driftlens_last_check_timestamp_seconds`. Counters of the checks this process ran:
 * `driftlens_checks_total{outcome}`, `driftlens_rows_checked_total` and the histogram
 * `driftlens_check_duration_seconds`. Logging: `driftlens_log_records_total{outcome}` (logged,
 * written, dropped, lost) and `driftlens_log_buffered_records`.
 *
 * @example const metrics = createServiceMetrics(); metrics.observeCheck("credit", 0.4, 2000, "ok"); metrics.render(await latestReports(dir), new Map())
 */
export function createServiceMetrics(): ServiceMetrics {
  const checks = new Map<string, number>();
  const rowsChecked = new Map<string, number>();
  const durations = new Map<string, { counts: number[]; sum: number; count: number }>();

  return {
    observeCheck(baseline, seconds, rows, outcome) {
      const key = JSON.stringify([baseline, outcome]);
      checks.set(key, (checks.get(key) ?? 0) + 1);
      rowsChecked.set(baseline, (rowsChecked.get(baseline) ?? 0) + rows);
      const histogram = durations.get(baseline) ?? { counts: CHECK_DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 };
      CHECK_DURATION_BUCKETS.forEach((bound, i) => {
        if (seconds <= bound) histogram.counts[i]++;
      });
      histogram.sum += seconds;
      histogram.count++;
      durations.set(baseline, histogram);
    },

    render(latest, loggers) {
      const reports = latest.flatMap((entry) => (entry.report ? [entry.report] : []));
      const columnSamples = (value: (column: CheckColumnResult) => number): Sample[] =>
        reports.flatMap((report) => reportColumns(report).map(({ column, role }) => ({ labels: { ...reportLabels(report), column: column.column, method: column.method, role }, value: value(column) })));
      const perReport = (value: (report: CheckReport) => number): Sample[] => reports.map((report) => ({ labels: reportLabels(report), value: value(report) }));
      const histogram: HistogramSeries[] = [...durations].map(([baseline, h]) => ({ labels: { baseline }, cumulative: h.counts, sum: h.sum, count: h.count }));
      const logSamples: Sample[] = [...loggers].flatMap(([baseline, stats]) =>
        (["logged", "written", "dropped", "lost"] as const).map((outcome) => ({ labels: { baseline, outcome }, value: stats[outcome] })),
      );
      return [
        metricFamily("driftlens_column_drift_score", "gauge", "Drift score of a column in the latest check: the p-value of a test or the distance, compared with the threshold.", columnSamples((c) => c.score)),
        metricFamily("driftlens_column_drift_threshold", "gauge", "Threshold the column's drift score is compared with in the latest check.", columnSamples((c) => c.threshold)),
        metricFamily("driftlens_column_drifted", "gauge", "Verdict of the latest check for a column: 1 drifted, 0 not.", columnSamples((c) => (c.drifted ? 1 : 0))),
        metricFamily("driftlens_column_severity", "gauge", "Severity of a column's drift in the latest check: 0 none, 1 low, 2 medium, 3 high.", columnSamples((c) => SEVERITY_LEVEL[c.severity] ?? 0)),
        metricFamily("driftlens_dataset_drift_share", "gauge", "Share of drifted feature columns in the latest check (the dataset drift score).", perReport((r) => r.dataset.driftScore)),
        metricFamily("driftlens_dataset_drifted", "gauge", "Dataset drift verdict of the latest check (share of drifted columns, or multivariate drift): 1 drifted, 0 not.", perReport((r) => (reportVerdict(r).drifted ? 1 : 0))),
        metricFamily("driftlens_dataset_not_checked", "gauge", "1 when the latest check tested too few columns for a verdict (NOT CHECKED), else 0.", perReport((r) => (reportVerdict(r).state === "not-checked" ? 1 : 0))),
        metricFamily(
          "driftlens_alerts",
          "gauge",
          "Alerts raised by the latest check, by level.",
          reports.flatMap((report) => (["CRITICAL", "WARNING"] as const).map((level) => ({ labels: { ...reportLabels(report), level }, value: report.alerts.filter((alert) => alert.level === level).length }))),
        ),
        metricFamily("driftlens_last_check_rows", "gauge", "Rows of current data in the latest check.", perReport((r) => r.current.rows)),
        metricFamily("driftlens_last_check_timestamp_seconds", "gauge", "When the latest check ran, in seconds since the epoch.", perReport((r) => Date.parse(r.createdAt) / 1000)),
        metricFamily("driftlens_checks_total", "counter", "Checks run by this service, by outcome.", [...checks].map(([key, value]) => {
          const [baseline, outcome] = JSON.parse(key) as [string, string];
          return { labels: { baseline, outcome }, value };
        })),
        metricFamily("driftlens_rows_checked_total", "counter", "Rows of current data checked by this service.", [...rowsChecked].map(([baseline, value]) => ({ labels: { baseline }, value }))),
        histogramFamily("driftlens_check_duration_seconds", "Time of the checks run by this service, from loading the baseline to the report.", CHECK_DURATION_BUCKETS, histogram),
        metricFamily("driftlens_log_records_total", "counter", "Inference records by outcome: logged (accepted), written (to Parquet), dropped (refused), lost (write failed).", logSamples),
        metricFamily("driftlens_log_buffered_records", "gauge", "Inference records and labels buffered or being written.", [...loggers].map(([baseline, stats]) => ({ labels: { baseline }, value: stats.buffered }))),
      ].join("");
    },
  };
}

function reportLabels(report: CheckReport): Record<string, string> {
  return { baseline: report.baseline.name, version: report.baseline.version };
}

function reportColumns(report: CheckReport): { column: CheckColumnResult; role: string }[] {
  return [
    ...report.columns.map((column) => ({ column, role: "feature" })),
    ...(report.target ? [{ column: report.target, role: "target" }] : []),
    ...(report.prediction?.columns ?? []).map((column) => ({ column, role: "prediction" })),
  ];
}
