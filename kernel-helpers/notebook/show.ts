import type { CheckReport } from "../check/checkReport";
import type { DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "../report/anyDriftReport";
import { checkSummary } from "../report/checkSummary";
import { consoleSummary } from "../report/consoleSummary";
import { escapeHtml } from "../report/escapeHtml";
import { figureHtml } from "../report/figureHtml";
import type { ReportFigure } from "../report/reportFigure";
import { reportHtml } from "../report/reportHtml";
import { summaryHtml } from "../report/summaryHtml";
import { summaryTableFigure } from "../report/summaryTableFigure";
import { mimeBundle } from "./mimeBundle";
import type { MimeBundle } from "./mimeBundle";
import { tslabDisplay } from "./tslabDisplay";
import { checkReportArgument } from "../arguments/checkReportArgument";

/** The MIME type of a driftlens report: the report's JSON, drawn by the driftlens VS Code renderer. */
export const DRIFT_REPORT_MIME = "application/vnd.driftlens.report+json";
/** Plotly's MIME type (JupyterLab with plotly, VS Code, nteract draw it). */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";
/** The MIME type of one driftlens figure (`{ id, title, data, layout }`), drawn by the driftlens VS Code renderer. */
export const DRIFT_FIGURE_MIME = "application/vnd.driftlens.figure+json";

export interface ShowOptions {
  /**
   * The `text/html` part, for frontends that draw none of the JSON types. "interactive" is the
   * whole offline page — Plotly inlined, about 1.5 MB — in a sandboxed iframe; "static" is a
   * small page without script (the verdict and a table; a figure's title). Default: "static" for
   * a report (its output stays about 40 KB: the report and the summary figure as JSON), and
   * "interactive" for a single figure, which then draws in any Jupyter frontend.
   */
  readonly html?: "interactive" | "static";
}

/**
 * Shows a drift report (a comparison, a check, text or image drift) or a figure in a notebook
 * cell. In a tslab kernel (and the driftlens VS Code kernel) the bundle is emitted as one
 * `display_data` and nothing is returned, so the cell prints nothing more; elsewhere nothing is
 * emitted and the bundle is returned, to hand to another kernel's display function
 * (`showBundle` always returns it).
 *
 * A report gives `application/vnd.driftlens.report+json` (the report as JSON), the summary table
 * as `application/vnd.plotly.v1+json`, `text/html` (see `options.html`) and `text/plain` (the
 * console summary). A figure gives `application/vnd.driftlens.figure+json`,
 * `application/vnd.plotly.v1+json`, `text/html` and `text/plain`. Frontends pick the richest type
 * they can draw.
 *
 * @example
 * import * as dl from "driftlens";
 * dl.show(await dl.checkDrift(baseline, "today.csv")); // the report, inline
 * dl.show(dl.reportFigures(report)[0]);               // one figure
 */
export function show(item: AnyDriftReport | ReportFigure, options: ShowOptions = {}): MimeBundle | undefined {
  const bundle = showBundle(item, options);
  return tslabDisplay(bundle) ? undefined : bundle;
}

/**
 * What `show` displays, without displaying it: the MIME bundle of a report or a figure.
 *
 * @example showBundle(report).data["text/plain"] // "Model credit v1 · 2,000 rows · DRIFT …"
 */
export function showBundle(item: AnyDriftReport | ReportFigure, options: ShowOptions = {}): MimeBundle {
  if (item === null || typeof item !== "object" || !isFigure(item)) checkReportArgument(item, "show", "item", "a drift report (from compareDatasets, checkDrift, checkTextDrift or checkImageDrift) or a figure (from reportFigures)");
  return isFigure(item) ? figureBundle(item, options) : reportBundle(item as DriftReport, options);
}

function isFigure(item: AnyDriftReport | ReportFigure): item is ReportFigure {
  return Array.isArray((item as ReportFigure).data) && typeof (item as ReportFigure).layout === "object" && typeof (item as ReportFigure).id === "string";
}

function reportBundle(report: DriftReport, options: ShowOptions): MimeBundle {
  const summary = summaryTableFigure(report);
  const html = options.html === "interactive" ? frame(reportHtml(report), "driftlens drift report", 900) : summaryHtml(report);
  const text = report.kind === "check" ? checkSummary(report as CheckReport) : consoleSummary(report);
  return mimeBundle({
    [DRIFT_REPORT_MIME]: JSON.parse(JSON.stringify(report)),
    [PLOTLY_MIME]: { data: summary.data, layout: summary.layout },
    "text/html": html,
    "text/plain": text,
  });
}

function figureBundle(figure: ReportFigure, options: ShowOptions): MimeBundle {
  const height = ((figure.layout as { height?: number }).height ?? 450) + 24;
  const html = options.html === "static"
    ? `<div><strong>${escapeHtml(figure.title)}</strong> (an interactive Plotly figure, drawn by frontends that render ${PLOTLY_MIME})</div>`
    : frame(figureHtml(figure), figure.title, height);
  const plotly = JSON.parse(JSON.stringify({ data: figure.data, layout: figure.layout })) as { data: unknown; layout: unknown };
  return mimeBundle({
    [DRIFT_FIGURE_MIME]: { id: figure.id, title: figure.title, ...plotly },
    [PLOTLY_MIME]: plotly,
    "text/html": html,
    "text/plain": `${figure.title} (figure ${figure.id}, ${figure.data.length} traces)`,
  });
}

/** A page in a sandboxed iframe: its scripts run in isolation, under the page's own CSP. */
function frame(page: string, title: string, height: number): string {
  return `<iframe sandbox="allow-scripts allow-downloads" title="${escapeHtml(title)}" style="width:100%;height:${Math.round(height)}px;border:0" srcdoc="${escapeHtml(page)}"></iframe>`;
}
