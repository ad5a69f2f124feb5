import type { CheckReport } from "../baseline/checkReport";

/**
 * A check's verdict on one line, for a person or a log:
 * `Model credit v1 · 112 rows · DRIFT (score 85%, 8/50 columns) · 1 CRITICAL, 2 WARNING`.
 * Approximate checks (reference beyond the sample cap) say so at the end.
 *
 * @example verdictLine(report) // "Model credit v1 · 2,000 rows · NO DRIFT (score 0%, 0/9 columns) · no alerts"
 */
export function verdictLine(report: CheckReport): string {
  const { dataset } = report;
  const critical = report.alerts.filter((alert) => alert.level === "CRITICAL").length;
  const warning = report.alerts.length - critical;
  const alerts = report.alerts.length === 0 ? "no alerts" : [critical > 0 ? `${critical} CRITICAL` : "", warning > 0 ? `${warning} WARNING` : ""].filter(Boolean).join(", ");
  const parts = [
    `Model ${report.baseline.name} ${report.baseline.version}`,
    `${report.current.rows.toLocaleString("en-US")} rows`,
    `${dataset.drifted ? "DRIFT" : "NO DRIFT"} (score ${Math.round(dataset.driftScore * 100)}%, ${dataset.driftedColumns}/${dataset.columns} columns)`,
    alerts,
  ];
  if (report.approximate) parts.push("approximate");
  return parts.join(" · ");
}
