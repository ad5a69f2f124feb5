import type { CheckReport } from "../check/checkReport";
import { windowLabels } from "../windows/windowLabels";
import { performanceSummary } from "../performance/performanceSummary";
import { multivariateSummary } from "../multivariate/multivariateSummary";
import { qualitySummary } from "../quality/qualitySummary";
import { formatScore } from "../formatScore";
import { consoleSummary, scoreComparison } from "./consoleSummary";
import { verdictLine } from "./verdictLine";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { countNoun } from "./countNoun";
import { formatCount } from "../formatCount";

/**
 * A check report for a person at a terminal: the one-line verdict, the comparison summary
 * (`consoleSummary`), then prediction and target drift, the embedding drift of text and image
 * columns, columns that could not be tested, extra columns, the windows (one line each), the
 * model's performance (`performanceSummary`), multivariate drift (`multivariateSummary`), data
 * quality (`qualitySummary`) and, last, the alerts.
 *
 * @example checkSummary(report).split("\n")[0] // "Model credit v1 · 2,000 rows · DRIFT (score 56%, 5/9 columns) · 1 CRITICAL, 3 WARNING"
 */
export function checkSummary(report: CheckReport, options: { readonly color?: boolean } = {}): string {
  checkReportArgument(report, "checkSummary", "report");
  const color = options.color ?? false;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines = [verdictLine(report), "", consoleSummary(report, { color, reportedElsewhere: (report.embeddings ?? []).map((section) => section.column) })];
  const verdict = (column: { column: string; method: string; score: number; threshold: number; drifted: boolean; severity: string }) =>
    `${column.column}: ${column.drifted ? paint("1;31", "DRIFT") : "no drift"} (${column.method} ${formatScore(column.score)}, threshold ${column.threshold}, severity ${column.severity})`;
  if (report.prediction) lines.push(`Prediction drift: ${report.prediction.columns.map(verdict).join("; ")}`);
  if (report.target) lines.push(`Target drift: ${verdict(report.target)}`);
  if (report.embeddings && report.embeddings.length > 0) {
    lines.push("Embedding drift (text and image columns, counted in the drift score):");
    const width = Math.max(...report.embeddings.map((section) => section.column.length), 6);
    for (const section of report.embeddings) {
      const model = `${section.model.id} (${section.model.source}, ${section.dimension} dimensions${section.pcaComponents ? `, PCA to ${section.pcaComponents}` : ""})`;
      lines.push(`  ${section.column.padEnd(width)}  ${section.method.padEnd(8)}  ${scoreComparison(section).padEnd(22)}  ${section.drifted ? paint("1;31", "DRIFT") : "no drift"}  ${model}`);
    }
  }
  if (report.columnProblems.length > 0) {
    lines.push("Not checked:");
    for (const problem of report.columnProblems) lines.push(`  ${problem.message}`);
  }
  if (report.extraColumns.length > 0) lines.push(`Not in the baseline (not checked): ${report.extraColumns.join(", ")}`);
  if (report.approximate) lines.push(`Approximate: ${report.approximate.reason} (rank error ≤ ${formatScore(report.approximate.rankErrorBound * 100)}%).`);
  if (report.analysisWindow) {
    const window = report.analysisWindow;
    lines.push(`Analysis window: the last ${window.hours} h (${window.from} to ${window.to}): ${countNoun(window.rowsKept, "row")} checked, ${formatCount(window.rowsLeftOut)} older rows left out.`);
  }
  if (report.windows) {
    const { windows } = report;
    lines.push(`Windows (${windows.every}${windows.timestampColumn ? ` by ${windows.timestampColumn}` : ""}; fewer than ${windows.minSamples} rows: insufficient data):`);
    const labels = windowLabels(windows.windows);
    windows.windows.forEach((window, i) => {
      const rows = `${countNoun(window.rows, "row")}`.padStart(12);
      const result = window.status === "ok"
        ? `score ${Math.round((window.driftScore ?? 0) * 100)}% (${window.driftedColumns}/${window.testedColumns} columns)${window.alert ? ` ${window.alert === "CRITICAL" ? paint("1;31", window.alert) : paint("33", window.alert)}` : ""}`
        : "insufficient data";
      lines.push(`  ${labels[i]}  ${rows}  ${result}`);
    });
    if (windows.rowsWithoutTimestamp > 0) lines.push(`  ${countNoun(windows.rowsWithoutTimestamp, "row")} without a timestamp are in no window.`);
  }
  if (report.performance) lines.push(performanceSummary(report.performance));
  if (report.multivariate) lines.push(multivariateSummary(report.multivariate));
  if (report.quality) lines.push(qualitySummary(report.quality));
  if (report.alerts.length > 0) {
    lines.push("Alerts:");
    for (const alert of report.alerts) lines.push(`  ${alert.level === "CRITICAL" ? paint("1;31", alert.level) : paint("33", alert.level)}  ${alert.message}`);
  }
  return lines.join("\n");
}
