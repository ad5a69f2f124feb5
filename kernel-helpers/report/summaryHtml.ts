import type { CheckReport } from "../check/checkReport";
import type { DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "./anyDriftReport";
import { columnsByConcern } from "./columnsByConcern";
import { escapeHtml } from "./escapeHtml";
import { reportColors } from "./reportColors";
import { scoreText } from "./scoreText";
import { verdictLine } from "./verdictLine";
import { multivariateSummary } from "../multivariate/multivariateSummary";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { reportVerdict, verdictHtml } from "./reportVerdict";
import {  } from "../formatCount";
import { formatCount } from "../formatCount";

/** Rows of the summary table at most; the rest are counted. */
const MAX_ROWS = 50;

/**
 * A drift report as a small HTML fragment with no script and no external resource: the verdict,
 * the alerts of a check, its multivariate drift, and a table of the most concerning columns (at most 50) — what a
 * notebook shows where scripts do not run (GitHub's notebook view, a sanitised output).
 * User strings are escaped.
 * Cost: O(columns).
 *
 * @example summaryHtml(report).startsWith("<div") // true
 */
export function summaryHtml(input: AnyDriftReport): string {
  checkReportArgument(input, "summaryHtml", "report");
  const report = input as DriftReport;
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const verdict = verdictHtml(reportVerdict(report), { colored: true });
  const parts = [
    `<div class="driftlens-summary">`,
    `<p>${verdict.label} · ${verdict.detail}</p>`,
    `<p>${check ? `${escapeHtml(verdictLine(check))}<br>` : ""}Reference: ${escapeHtml(report.reference.source)} · Current: ${escapeHtml(report.current.source)}</p>`,
  ];
  if (check && check.alerts.length > 0) parts.push(`<ul>${check.alerts.map((alert) => `<li><strong>${alert.level}</strong> ${escapeHtml(alert.message)}</li>`).join("")}</ul>`);
  if (check?.multivariate) parts.push(`<p>${multivariateSummary(check.multivariate).split("\n").map(escapeHtml).join("<br>")}</p>`);
  const columns = columnsByConcern(report.columns);
  parts.push("<table><thead><tr><th>Column</th><th>Type</th><th>Method</th><th>Score</th><th>Threshold</th><th>Drift</th><th>Severity</th></tr></thead><tbody>");
  for (const column of columns.slice(0, MAX_ROWS)) {
    parts.push(`<tr style="background:${reportColors.severityFill[column.severity]}"><td>${escapeHtml(column.column)}</td><td>${column.type}</td><td>${escapeHtml(column.method)}</td><td>${scoreText(column.score)}</td><td>${scoreText(column.threshold)}</td><td>${column.drifted ? "<strong>DRIFT</strong>" : "no"}</td><td>${column.severity}</td></tr>`);
  }
  parts.push("</tbody></table>");
  if (columns.length > MAX_ROWS) parts.push(`<p>… and ${formatCount(columns.length - MAX_ROWS)} more columns.</p>`);
  parts.push("</div>");
  return parts.join("");
}
