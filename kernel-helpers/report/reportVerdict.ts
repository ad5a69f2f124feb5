import type { DatasetDriftResult } from "../drift/driftReport";
import type { MultivariateDrift, MultivariateUnavailable } from "../multivariate/multivariateResult";
import { detectorTitle } from "../multivariate/multivariateSummary";
import { escapeHtml } from "./escapeHtml";
import { markdownText } from "./markdownText";
import { reportColors } from "./reportColors";

/** A report's dataset verdict: drift, no drift, or not checked (too few columns tested to say). */
export type VerdictLabel = "DRIFT" | "NO DRIFT" | "NOT CHECKED";

/** The dataset verdict of a report as every surface shows it (console, HTML, Markdown, one line, panel, status bar). */
export interface ReportVerdict extends Pick<DatasetDriftResult, "driftScore" | "driftedColumns" | "columns" | "notTested" | "driftShare"> {
  readonly label: VerdictLabel;
  /** "drift", "no-drift" or "not-checked": a CSS class or a gauge's meaning. */
  readonly state: "drift" | "no-drift" | "not-checked";
  /** True when the label is DRIFT. */
  readonly drifted: boolean;
  /** Why the report is NOT CHECKED. */
  readonly why?: string;
  /**
   * The multivariate detectors whose statistic over the whole current data is outside the
   * reference band ("reconstruction error"); present only when one is. They make the verdict
   * DRIFT even when the share of drifted columns stays under the drift share.
   */
  readonly multivariate?: readonly string[];
  /** True when only the multivariate detectors made the verdict DRIFT (the columns alone say NO DRIFT). */
  readonly multivariateOnly?: boolean;
}

/**
 * The dataset verdict of a drift or check report, read from `report.dataset`: its `verdict` when
 * it has one; a report written before verdicts existed is DRIFT or NO DRIFT by `drifted`, and
 * NOT CHECKED when it tested no column. A check whose multivariate drift (`report.multivariate`)
 * is outside its band over the whole data is DRIFT even when the columns alone say NO DRIFT — a
 * change in how columns move together is drift — and the verdict names the detectors. The share
 * of drifted columns (`driftScore`, Evidently's dataset drift) is unchanged.
 *
 * @example reportVerdict(report).label // "NOT CHECKED"
 */
export function reportVerdict(report: { readonly dataset: DatasetDriftResult; readonly multivariate?: MultivariateDrift | MultivariateUnavailable }): ReportVerdict {
  const { dataset } = report;
  const columnsLabel: VerdictLabel = dataset.verdict ?? (dataset.columns === 0 ? "NOT CHECKED" : dataset.drifted ? "DRIFT" : "NO DRIFT");
  const multivariate = report.multivariate && !("unavailable" in report.multivariate) ? report.multivariate.detectors.filter((detector) => detector.drifted).map(detectorTitle) : [];
  const multivariateOnly = columnsLabel === "NO DRIFT" && multivariate.length > 0;
  const label: VerdictLabel = multivariateOnly ? "DRIFT" : columnsLabel;
  const why = label === "NOT CHECKED" ? (dataset.notChecked ?? "no column was tested") : undefined;
  return {
    label,
    state: label === "DRIFT" ? "drift" : label === "NO DRIFT" ? "no-drift" : "not-checked",
    drifted: label === "DRIFT",
    driftScore: dataset.driftScore,
    driftedColumns: dataset.driftedColumns,
    columns: dataset.columns,
    notTested: dataset.notTested ?? 0,
    driftShare: dataset.driftShare,
    ...(why === undefined ? {} : { why }),
    ...(multivariate.length > 0 ? { multivariate, multivariateOnly } : {}),
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The verdict for a terminal or a notebook's text: "DRIFT · score 56% (5/9 columns drifted;
 * dataset drifts at ≥ 50%)", or "NOT CHECKED · 0 of 9 columns tested: why". `paint` colours the label.
 */
export function verdictConsole(verdict: ReportVerdict, paint: (label: string, state: ReportVerdict["state"]) => string = (label) => label): string {
  const label = paint(verdict.label, verdict.state);
  if (verdict.why !== undefined) return `${label} · ${testedOf(verdict)}: ${verdict.why}`;
  if (verdict.multivariateOnly) return `${label} · found by multivariate drift (${multivariateWords(verdict)}) · columns alone: score ${percent(verdict.driftScore)} (${verdict.driftedColumns}/${verdict.columns} drifted, under the ${percent(verdict.driftShare)} drift share)${notTestedNote(verdict)}`;
  return `${label} · score ${percent(verdict.driftScore)} (${verdict.driftedColumns}/${verdict.columns} columns drifted; dataset drifts at ≥ ${percent(verdict.driftShare)})${notTestedNote(verdict)}${multivariateToo(verdict)}`;
}

/**
 * The verdict on one line, for a log, a notification or a panel: "DRIFT (score 56%, 5/9 columns)",
 * "DRIFT (multivariate: reconstruction error; score 30%, 3/10 columns)".
 */
export function verdictPlain(verdict: ReportVerdict): string {
  if (verdict.why !== undefined) return `NOT CHECKED (${testedOf(verdict)}: ${verdict.why})`;
  const columns = `score ${percent(verdict.driftScore)}, ${verdict.driftedColumns}/${verdict.columns} columns${verdict.notTested > 0 ? `, ${verdict.notTested} not tested` : ""}`;
  const multivariate = verdict.multivariate ? `multivariate: ${verdict.multivariate.join(", ")}` : undefined;
  if (multivariate === undefined) return `${verdict.label} (${columns})`;
  return verdict.multivariateOnly ? `${verdict.label} (${multivariate}; ${columns})` : `${verdict.label} (${columns}; ${multivariate})`;
}

/** The verdict as HTML: the label in bold and the score in words. Parts from the report are escaped. */
export function verdictHtml(verdict: ReportVerdict, options: { readonly colored?: boolean } = {}): { readonly label: string; readonly detail: string } {
  const colour = verdict.state === "drift" ? reportColors.severity.high : verdict.state === "no-drift" ? reportColors.severity.none : reportColors.severity.medium;
  const label = options.colored ? `<strong style="color:${colour}">${verdict.label}</strong>` : `<strong>${verdict.label}</strong>`;
  return { label, detail: escapeHtml(verdictWords(verdict)) };
}

/** The verdict as Markdown: a heading's words ("DRIFT") and a bullet with the score. */
export function verdictMarkdown(verdict: ReportVerdict): { readonly heading: string; readonly bullet: string } {
  if (verdict.why !== undefined) return { heading: verdict.label, bullet: `- Not checked: **${testedOf(verdict)}**: ${markdownText(verdict.why)}` };
  return {
    heading: verdict.label,
    bullet: `${verdict.multivariateOnly ? `- Found by multivariate drift: **${multivariateWords(verdict)}**\n` : ""}- Drift score: **${percent(verdict.driftScore)}** (${verdict.driftedColumns} of ${verdict.columns} columns drifted; the dataset drifts at ≥ ${percent(verdict.driftShare)})${notTestedNote(verdict)}${verdict.multivariateOnly ? "" : multivariateToo(verdict)}`,
  };
}

/** The score in words: "drift score 56%: 5 of 9 columns drifted (the dataset drifts at ≥ 50%)". */
function verdictWords(verdict: ReportVerdict): string {
  if (verdict.why !== undefined) return `${testedOf(verdict)}: ${verdict.why}`;
  if (verdict.multivariateOnly) return `found by multivariate drift (${multivariateWords(verdict)}); the columns alone: drift score ${percent(verdict.driftScore)}, ${verdict.driftedColumns} of ${verdict.columns} drifted, under the ${percent(verdict.driftShare)} drift share${notTestedNote(verdict)}`;
  return `drift score ${percent(verdict.driftScore)}: ${verdict.driftedColumns} of ${verdict.columns} columns drifted (the dataset drifts at ≥ ${percent(verdict.driftShare)})${notTestedNote(verdict)}${multivariateToo(verdict)}`;
}

/** "reconstruction error outside its reference band", or both detectors "outside their reference bands". */
function multivariateWords(verdict: ReportVerdict): string {
  const detectors = verdict.multivariate ?? [];
  return `${detectors.join(" and ")} outside ${detectors.length === 1 ? "its reference band" : "their reference bands"}`;
}

function multivariateToo(verdict: ReportVerdict): string {
  return verdict.multivariate ? `; multivariate drift too (${multivariateWords(verdict)})` : "";
}

function testedOf(verdict: ReportVerdict): string {
  return `${verdict.columns} of ${verdict.columns + verdict.notTested} columns tested`;
}

function notTestedNote(verdict: ReportVerdict): string {
  return verdict.notTested > 0 ? `; ${verdict.notTested} ${verdict.notTested === 1 ? "column" : "columns"} not tested` : "";
}
