import type { ReportFigure } from "../shared/protocol";
import type { DrawnPlot, PlotlyApi } from "../shared/plotly";
import { PLOT_CONFIG, themedLayout } from "../shared/plotly";
import { el } from "../shared/dom";
import { summaryTable } from "../shared/summaryTable";
import { selectFigures } from "../shared/selectFigures";
import { notesSection, textDriftSection } from "../shared/reportSections";
import { reportFigures } from "../../../kernel-helpers/report/reportFigures";
import type { AnyDriftReport } from "../../../kernel-helpers/report/anyDriftReport";
import type { CheckReport } from "../../../kernel-helpers/check/checkReport";
import { reportVerdict, verdictConsole } from "../../../kernel-helpers/report/reportVerdict";
import { reportNotes } from "../../../kernel-helpers/report/reportNotes";
import { summaryRows } from "../../../kernel-helpers/report/summaryRows";
import { textDriftFindings } from "../../../kernel-helpers/report/textDriftFindings";
import type { DriftReport } from "../../../kernel-helpers/drift/driftReport";
import { countNoun } from "../../../kernel-helpers/report/countNoun";

/**
 * Draws a drift report into `host`: the verdict, alerts, the summary table (DOM: sortable,
 * filterable, sparklines), the columns not tested and the warnings, text drift's findings, and
 * the figures. The payload is the report's JSON (what `show` emits); rows, notes and figures are
 * made here by the engine's pure functions, bundled into the renderer (no Node, no DOM in them).
 * Returns the drawn plots, for `Plotly.purge` when the output goes away and to redraw them when
 * the theme changes.
 */
export function drawReport(Plotly: PlotlyApi, payload: unknown, host: HTMLElement): DrawnPlot[] {
  const { report, figures } = unpack(payload);
  const full = report as unknown as DriftReport;
  const loose = report as unknown as { skipped?: unknown; warnings?: unknown };
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const title = check?.baseline ? `Drift report — ${check.baseline.name} ${check.baseline.version}` : "Drift report";
  const verdict = reportVerdict(report);
  const sides = report.reference && report.current ? `Reference: ${report.reference.source} (${countNoun(report.reference.rows, "row")}) · Current: ${report.current.source} (${countNoun(report.current.rows, "row")})` : "";
  const notes = Array.isArray(loose.skipped) && Array.isArray(loose.warnings) ? reportNotes(full) : { notTested: [], warnings: [], computed: [] };
  const text = textDriftFindings(full);
  const notesBlock = notesSection(notes.notTested, notes.warnings, undefined, notes.computed);
  const root = el("div", { class: "driftlens-report" },
    el("h3", {}, title),
    el("p", { class: `driftlens-verdict ${verdict.state}` }, verdictConsole(verdict)),
    ...(sides ? [el("p", { class: "driftlens-sides" }, sides)] : []),
    ...(check?.alerts ?? []).map((alert) => el("p", { class: "driftlens-alert" }, `${alert.level}: ${alert.message}`)),
    summaryTable(summaryRows(full)),
    ...(notesBlock ? [notesBlock] : []),
    ...(text ? [textDriftSection(text)] : []));
  const plots: DrawnPlot[] = figures.map((figure) => {
    const element = el("div", { class: "driftlens-plot", "data-figure": figure.id });
    root.append(element);
    return { element, data: figure.data, layout: figure.layout };
  });
  host.append(root);
  for (const plot of plots) void Plotly.newPlot(plot.element, plot.data, themedLayout(plot.layout, host, plot.element.clientWidth || host.clientWidth), PLOT_CONFIG);
  return plots;
}

function unpack(payload: unknown): { report: AnyDriftReport; figures: readonly ReportFigure[] } {
  const report = payload as AnyDriftReport | null;
  if (!report || typeof report !== "object" || !report.dataset || !Array.isArray(report.columns)) throw new Error("the output is not a driftlens report (no dataset or columns)");
  const drifted = new Set(report.columns.filter((column) => column.drifted).map((column) => column.column));
  return { report, figures: selectFigures(reportFigures(report), drifted) };
}
