import type { CheckReport } from "../check/checkReport";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { reportVerdict, verdictPlain } from "./reportVerdict";
import { countNoun } from "./countNoun";

/**
 * A check's verdict on one line, for a person or a log:
 * `Model credit v1 · 112 rows · DRIFT (score 85%, 8/50 columns) · 1 CRITICAL, 2 WARNING`.
 * Approximate checks (reference beyond the sample cap) say so at the end.
 *
 * @example verdictLine(report) // "Model credit v1 · 2,000 rows · NO DRIFT (score 0%, 0/9 columns) · no alerts"
 */
export function verdictLine(report: CheckReport): string {
  checkReportArgument(report, "verdictLine", "report");
  const critical = report.alerts.filter((alert) => alert.level === "CRITICAL").length;
  const warning = report.alerts.length - critical;
  const alerts = report.alerts.length === 0 ? "no alerts" : [critical > 0 ? `${critical} CRITICAL` : "", warning > 0 ? `${warning} WARNING` : ""].filter(Boolean).join(", ");
  const parts = [
    `Model ${report.baseline.name} ${report.baseline.version}`,
    `${countNoun(report.current.rows, "row")}`,
    verdictPlain(reportVerdict(report)),
    alerts,
  ];
  if (report.approximate) parts.push("approximate");
  return parts.join(" · ");
}
