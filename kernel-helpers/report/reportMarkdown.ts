import type { CheckReport } from "../check/checkReport";
import type { ColumnDriftResult, DriftReport } from "../drift/driftReport";
import { METRICS } from "../performance/metricNames";
import { detectorTitle } from "../multivariate/multivariateSummary";
import type { AnyDriftReport } from "./anyDriftReport";
import { columnsByConcern } from "./columnsByConcern";
import { embeddingSections } from "./embeddingSections";
import { markdownText } from "./markdownText";
import { scoreText } from "./scoreText";
import { verdictLine } from "./verdictLine";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { reportVerdict, verdictMarkdown } from "./reportVerdict";
import { countNoun } from "./countNoun";
import { formatCount } from "../formatCount";

/**
 * A drift report as Markdown (`report.md`), for a pull request, a wiki or a chat: the verdict,
 * the alerts, one table row per column (most concerning first), prediction and target drift,
 * the model's performance against its baseline, embedding drift, the windows, and what was not
 * tested. User strings go through `markdownText`.
 * Cost: O(columns + windows).
 *
 * @example reportMarkdown(report).split("\n")[0] // "# Drift report: DRIFT"
 */
export function reportMarkdown(input: AnyDriftReport): string {
  checkReportArgument(input, "reportMarkdown", "report");
  const report = input as DriftReport;
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const verdict = verdictMarkdown(reportVerdict(report));
  const count = (n: number) => formatCount(n);
  const lines = [
    `# Drift report: ${verdict.heading}`,
    "",
    ...(check ? [markdownText(verdictLine(check)), ""] : []),
    `- Reference: ${markdownText(report.reference.source)} (${countNoun(report.reference.rows, "row")})`,
    `- Current: ${markdownText(report.current.source)} (${countNoun(report.current.rows, "row")})`,
    verdict.bullet,
    `- Created: ${markdownText(report.createdAt)}`,
  ];
  if (check && check.alerts.length > 0) {
    lines.push("", "## Alerts", "");
    for (const alert of check.alerts) lines.push(`- **${alert.level}** ${markdownText(alert.message)}`);
  }
  lines.push("", "## Columns", "");
  if (report.columns.length === 0) lines.push("No column was tested.");
  else lines.push(...columnTable(columnsByConcern(report.columns)));
  const predicted = [...(check?.prediction?.columns ?? []), ...(check?.target ? [check.target] : [])];
  if (predicted.length > 0) lines.push("", "## Prediction and target", "", ...columnTable(predicted));
  const performance = check?.performance;
  if (performance && "unavailable" in performance) lines.push("", "## Model performance", "", `Not measured: ${markdownText(performance.unavailable)}`);
  else if (performance) {
    lines.push("", "## Model performance", "", "| Metric | Baseline | Current | | Rule |", "|---|---:|---:|---|---|");
    for (const entry of performance.comparison) {
      lines.push(`| ${METRICS[entry.metric]?.title ?? entry.metric} | ${scoreText(entry.baseline)} | ${scoreText(entry.current)} | ${entry.estimated ? "estimated" : "measured"} | ${entry.degraded ? `**DEGRADED**: ${markdownText(entry.degraded.rule)}` : "ok"} |`);
    }
    if (performance.notEstimated) lines.push("", `Rows without labels, not estimated: ${markdownText(performance.notEstimated)}`);
  }
  const multivariate = check?.multivariate;
  if (multivariate && "unavailable" in multivariate) lines.push("", "## Multivariate drift", "", markdownText(multivariate.unavailable));
  else if (multivariate) {
    lines.push("", "## Multivariate drift", "", `Over ${multivariate.columns.length} columns: ${multivariate.columns.map(markdownText).join(", ")}.`, "", "| Detector | Value | Band | Drift |", "|---|---:|---|---|");
    for (const detector of multivariate.detectors) lines.push(`| ${detectorTitle(detector)} | ${scoreText(detector.value)} | ${scoreText(detector.lower)} – ${scoreText(detector.upper)} | ${detector.drifted ? "**DRIFT**" : "no"} |`);
    for (const skipped of multivariate.notRun ?? []) lines.push(`| ${detectorTitle(skipped)} | — | — | ${markdownText(skipped.reason)} |`);
  }
  if (check?.quality) {
    const { quality } = check;
    lines.push("", "## Data quality", "", `${quality.passed} passed, ${quality.failed} failed${quality.notTested > 0 ? `, ${quality.notTested} not tested` : ""}.`);
    const shown = quality.tests.filter((test) => test.status !== "pass");
    if (shown.length > 0) {
      lines.push("", "| Test | Column | Result | Details |", "|---|---|---|---|");
      for (const test of shown) lines.push(`| ${test.test} | ${test.column === undefined ? "" : markdownText(test.column)} | ${test.status === "fail" ? `**FAIL** (${test.severity})` : "not tested"} | ${markdownText(test.description)} |`);
    }
  }
  const embeddings = embeddingSections(report);
  if (embeddings.length > 0) {
    lines.push("", "## Embeddings", "", "| Column | Model | Method | Score | Threshold | Drift |", "|---|---|---|---:|---:|---|");
    for (const section of embeddings) {
      lines.push(`| ${markdownText(section.column)} | ${markdownText(section.model.id)} | ${markdownText(section.method)} | ${scoreText(section.score)} | ${scoreText(section.threshold)} | ${section.drifted ? "**DRIFT**" : "no"} |`);
    }
  }
  if (check?.windows) {
    const { windows } = check;
    lines.push("", `## Windows (${markdownText(windows.every)})`, "", "| Window | Rows | Drift score | Drifted columns | Alert |", "|---|---:|---:|---:|---|");
    for (const window of windows.windows) {
      const where = window.start ?? `rows ${(window.firstRow ?? 0) + 1}–${(window.firstRow ?? 0) + window.rows}`;
      lines.push(window.status === "ok"
        ? `| ${markdownText(where)} | ${count(window.rows)} | ${Math.round((window.driftScore ?? 0) * 100)}% | ${window.driftedColumns}/${window.testedColumns} | ${window.alert ?? ""} |`
        : `| ${markdownText(where)} | ${count(window.rows)} | insufficient data | | |`);
    }
  }
  const notes = [
    ...report.skipped.map((skip) => `Not tested: ${skip.column} (${skip.type}): ${skip.reason}`),
    ...(check?.columnProblems ?? []).map((problem) => `Not checked: ${problem.message}`),
    ...(check && check.extraColumns.length > 0 ? [`Not in the baseline (not checked): ${check.extraColumns.join(", ")}`] : []),
    ...report.warnings.map((warning) => `Warning: ${warning}`),
  ];
  if (notes.length > 0) lines.push("", "## Notes", "", ...notes.map((note) => `- ${markdownText(note)}`));
  return `${lines.join("\n")}\n`;
}

function columnTable(columns: readonly ColumnDriftResult[]): string[] {
  return [
    "| Column | Type | Method | Score | Threshold | Drift | Severity |",
    "|---|---|---|---:|---:|---|---|",
    ...columns.map((column) =>
      `| ${markdownText(column.column)} | ${column.type} | ${markdownText(column.method)} | ${scoreText(column.score)} | ${scoreText(column.threshold)} | ${column.drifted ? "**DRIFT**" : "no"} | ${column.severity} |`),
  ];
}
