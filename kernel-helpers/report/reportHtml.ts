import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CheckReport } from "../check/checkReport";
import type { DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "./anyDriftReport";
import { escapeHtml } from "./escapeHtml";
import { detectorLine, notRunLine } from "../multivariate/multivariateSummary";
import { htmlPage } from "./htmlPage";
import { MAX_DISTRIBUTION_FIGURES, reportFigures } from "./reportFigures";
import type { ReportFigure } from "./reportFigure";
import { summaryRows } from "./summaryRows";
import { reportNotes } from "./reportNotes";
import { verdictLine } from "./verdictLine";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { reportVerdict, verdictHtml } from "./reportVerdict";
import { countNoun } from "./countNoun";

export interface ReportHtmlOptions {
  /** The page title. Default "Drift report — <baseline name/version, or current data source>". */
  readonly title?: string;
}

/**
 * A drift report as one standalone, offline HTML file: the verdict, alerts, the summary table,
 * a distribution per column (picked from a list), prediction and target drift, the model's
 * performance, embedding projections, drift over the windows (drift score, heatmap, score
 * trend) and the details (columns not tested, warnings, settings) — every figure from
 * `reportFigures`, drawn by Plotly's cartesian bundle inlined from the npm package under a
 * strict CSP with a fresh nonce (see `htmlPage`). Every user string
 * (column names, categories, file names, messages) is escaped. The page carries figures, never
 * rows: its size does not grow with the data (about 1.6 MB for 50 columns, whatever the rows).
 * Cost: O(columns · (bins + windows)).
 *
 * @example writeFileSync("report.html", reportHtml(report));
 */
export function reportHtml(input: AnyDriftReport, options: ReportHtmlOptions = {}): string {
  checkReportArgument(input, "reportHtml", "report");
  const report = input as DriftReport;
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const title = options.title ?? `Drift report — ${check ? `${check.baseline.name} ${check.baseline.version}` : report.current.source}`;
  // The summary table is drawn as DOM from `summaryRows`, not as the Plotly figure.
  const figures = reportFigures(report).filter((figure) => figure.id !== "summary");
  const index = new Map(figures.map((figure, i) => [figure, i]));
  const pick = (test: (figure: ReportFigure) => boolean) => figures.filter(test);
  const div = (figure: ReportFigure) => `<div class="figure" data-figure="${index.get(figure)}"></div>`;
  const distributions = pick((figure) => figure.id.startsWith("distribution:"));
  const predictions = pick((figure) => figure.id.startsWith("prediction:") || figure.id.startsWith("target:"));
  const overTime = pick((figure) => ["drift-share-trend", "drift-heatmap", "score-trend"].includes(figure.id));

  const body: string[] = [];
  body.push(`<header><h1>${escapeHtml(title)}</h1>`);
  body.push(`<p class="sources">Reference: ${escapeHtml(report.reference.source)} (${countNoun(report.reference.rows, "row")}) · Current: ${escapeHtml(report.current.source)} (${countNoun(report.current.rows, "row")})</p>`);
  if (check) body.push(`<p class="sources">Baseline ${escapeHtml(check.baseline.name)} ${escapeHtml(check.baseline.version)}, built ${escapeHtml(check.baseline.created)} from ${countNoun(check.baseline.rows, "row")}</p>`);
  body.push("</header><main>");
  const verdict = reportVerdict(report);
  const verdictParts = verdictHtml(verdict);
  body.push(`<section class="verdict${verdict.state === "no-drift" ? "" : ` ${verdict.state}`}">${verdictParts.label}`);
  body.push(`<span>${verdictParts.detail}</span>`);
  if (check) body.push(`<span class="note">${escapeHtml(verdictLine(check))}</span>`);
  body.push("</section>");

  if (check && check.alerts.length > 0) {
    body.push(`<section class="alerts"><h2>Alerts</h2><ul>`);
    for (const alert of check.alerts) body.push(`<li><span class="badge${alert.level === "CRITICAL" ? " critical" : ""}">${alert.level}</span>${escapeHtml(alert.message)}</li>`);
    body.push("</ul></section>");
  }

  body.push(`<section class="columns"><h2>Columns</h2><div id="summary-table"></div></section>`);

  body.push("<section><h2>Distributions</h2>");
  if (distributions.length === 0) {
    body.push(`<p class="note">No column distribution to show${report.columns.length === 0 ? ": no column was tested" : " (the report was made without distributions)"}.</p>`);
  } else {
    body.push(`<label for="distribution-select">Column</label><select id="distribution-select">`);
    for (const figure of distributions) body.push(`<option value="${index.get(figure)}">${escapeHtml(figure.title)}</option>`);
    body.push(`</select><div class="figure" id="distribution-plot" data-figure="${index.get(distributions[0])}"></div>`);
    if (report.columns.length > MAX_DISTRIBUTION_FIGURES) {
      body.push(`<p class="note">The ${MAX_DISTRIBUTION_FIGURES} most drifted of ${countNoun(report.columns.length, "column")}; the JSON report holds every column's counts.</p>`);
    }
  }
  body.push("</section>");

  if (predictions.length > 0) body.push(`<section><h2>Prediction and target</h2>${predictions.map(div).join("")}</section>`);
  const performance = figures.find((figure) => figure.id === "performance");
  const notEstimated = check?.performance && !("unavailable" in check.performance) ? check.performance.notEstimated : undefined;
  if (performance || notEstimated) body.push(`<section><h2>Model performance</h2>${notEstimated ? `<p class="note">Rows without labels, not estimated: ${escapeHtml(notEstimated)}</p>` : ""}${performance ? div(performance) : ""}</section>`);
  const multivariate = figures.filter((figure) => figure.id.startsWith("multivariate:"));
  if (check?.multivariate) body.push(multivariateSection(check, multivariate.map(div)));
  if (check?.quality) body.push(qualitySection(check));
  const embeddings = pick((figure) => figure.id.startsWith("embeddings:"));
  if (embeddings.length > 0) body.push(`<section><h2>Embeddings</h2>${embeddings.map(div).join("")}</section>`);
  if (overTime.length > 0 && check?.windows) {
    body.push(`<section><h2>Drift over time</h2><p class="note">Windows of ${escapeHtml(check.windows.every)}${check.windows.timestampColumn ? ` by ${escapeHtml(check.windows.timestampColumn)}` : ""}; a window with fewer than ${countNoun(check.windows.minSamples, "row")} has no verdict.</p>${overTime.map(div).join("")}</section>`);
  }
  body.push(detailsSection(report, check));
  body.push("</main>");
  body.push(`<footer>driftlens ${escapeHtml(packageVersion())} · created ${escapeHtml(report.createdAt)} · offline report: the charts need no network.</footer>`);
  return htmlPage({ title, body: body.join("\n"), figures, rows: summaryRows(report) });
}

/** The "Multivariate drift" section: each detector's verdict, then its figure against the band. */
function multivariateSection(check: CheckReport, figureDivs: readonly string[]): string {
  const drift = check.multivariate;
  if (!drift) return "";
  if ("unavailable" in drift) return `<section><h2>Multivariate drift</h2><p class="note">${escapeHtml(drift.unavailable)}</p></section>`;
  const lines = [...drift.detectors.map(detectorLine), ...(drift.notRun ?? []).map(notRunLine)].map((line) => `<li>${escapeHtml(line)}</li>`).join("");
  return `<section><h2>Multivariate drift</h2><p class="note">How the ${drift.columns.length} columns move together (${escapeHtml(drift.columns.join(", "))}), against the band of the reference's own chunks (mean ± 3σ).</p><ul>${lines}</ul>${figureDivs.join("")}</section>`;
}

/** The "Data quality" section: the counts and every test that did not pass. */
function qualitySection(check: CheckReport): string {
  const quality = check.quality;
  if (!quality) return "";
  const shown = quality.tests.filter((test) => test.status !== "pass");
  const rows = shown.map((test) => `<tr><td>${escapeHtml(test.test)}</td><td>${escapeHtml(test.column ?? "")}</td><td>${test.status === "fail" ? `FAIL (${escapeHtml(test.severity)})` : "not tested"}</td><td>${escapeHtml(test.description)}</td></tr>`).join("");
  const table = shown.length > 0 ? `<table><thead><tr><th>Test</th><th>Column</th><th>Result</th><th>Details</th></tr></thead><tbody>${rows}</tbody></table>` : "";
  return `<section><h2>Data quality</h2><p class="note">${quality.passed} passed, ${quality.failed} failed${quality.notTested > 0 ? `, ${quality.notTested} not tested` : ""} (conditions derived from the baseline unless set under "quality" in driftlens.config.json).</p>${table}</section>`;
}

/** Columns not tested, problems, warnings and the settings in force. */
function detailsSection(report: DriftReport, check: CheckReport | undefined): string {
  const items: string[] = [];
  const list = (heading: string, entries: readonly string[]) => {
    if (entries.length > 0) items.push(`<h3>${heading}</h3><ul>${entries.map((entry) => `<li>${escapeHtml(entry)}</li>`).join("")}</ul>`);
  };
  list("Not tested", report.skipped.map((skip) => `${skip.column} (${skip.type}): ${skip.reason}`));
  list("Computed where the data lives", reportNotes(report).computed);
  if (check) {
    list("Not checked", check.columnProblems.map((problem) => problem.message));
    list("Not in the baseline (not checked)", check.extraColumns);
    if (check.approximate) list("Approximate", [check.approximate.reason]);
    if (check.performance && "unavailable" in check.performance) list("Model performance not measured", [check.performance.unavailable]);
  }
  list("Warnings", report.warnings);
  const { settings } = report;
  const rows: [string, string][] = [
    ["drift share", String(settings.driftShare)],
    ["correction", settings.correction],
    ["method", settings.method ?? ([settings.numericalMethod && `numerical: ${settings.numericalMethod}`, settings.categoricalMethod && `categorical: ${settings.categoricalMethod}`].filter(Boolean).join(", ") || "Evidently's default per column")],
    ["threshold", settings.threshold === undefined ? "each test's own" : String(settings.threshold)],
    ["seed", String(settings.seed)],
    ["duration", `${Math.round(report.durationMs)} ms`],
  ];
  items.push(`<h3>Settings</h3><dl>${rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>`);
  return `<section class="details"><h2>Details</h2>${items.join("\n")}</section>`;
}

let version: string | undefined;

function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(resolve(__dirname, "../../../package.json"), "utf8")) as { version: string }).version;
  return version;
}
