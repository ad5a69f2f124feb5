import type { CheckReport } from "../baseline/checkReport";
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

/** The MIME type of a driftlens report: the report's JSON, drawn by the driftlens VS Code renderer. */
export const DRIFT_REPORT_MIME = "application/vnd.driftlens.report+json";
/** Plotly's MIME type (JupyterLab with plotly, VS Code, nteract draw it). */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

export interface ShowOptions {
  /**
   * The `text/html` part: "interactive" (default) is the whole offline page — Plotly inlined,
   * about 1.5 MB — in a sandboxed iframe, for frontends that render none of the other types;
   * "static" is a small page without script (the verdict and a table), for notebooks that
   * must stay small or be viewed where scripts do not run.
   */
  readonly html?: "interactive" | "static";
}

/**
 * Shows a drift report (a comparison, a check, text or image drift) or a figure in a notebook
 * cell and returns what it showed. In a tslab kernel the bundle is emitted as one
 * `display_data`; elsewhere nothing is emitted, and the returned bundle can be handed to another
 * kernel's display function.
 *
 * A report gives `application/vnd.driftlens.report+json` (the report as JSON), the summary table
 * as `application/vnd.plotly.v1+json`, `text/html` (see `options.html`) and `text/plain` (the
 * console summary). A figure gives `application/vnd.plotly.v1+json`, `text/html` and `text/plain`.
 * Frontends pick the richest type they can draw.
 *
 * @example
 * import * as dl from "driftlens";
 * dl.show(await dl.checkDrift(baseline, "today.csv")); // the report, inline
 * dl.show(dl.reportFigures(report)[0]);               // one figure
 */
export function show(item: AnyDriftReport | ReportFigure, options: ShowOptions = {}): MimeBundle {
  const bundle = isFigure(item) ? figureBundle(item, options) : reportBundle(item as DriftReport, options);
  tslabDisplay(bundle);
  return bundle;
}

function isFigure(item: AnyDriftReport | ReportFigure): item is ReportFigure {
  return Array.isArray((item as ReportFigure).data) && typeof (item as ReportFigure).layout === "object" && typeof (item as ReportFigure).id === "string";
}

function reportBundle(report: DriftReport, options: ShowOptions): MimeBundle {
  const summary = summaryTableFigure(report);
  const html = options.html === "static" ? summaryHtml(report) : frame(reportHtml(report), "driftlens drift report", 900);
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
  return mimeBundle({
    [PLOTLY_MIME]: JSON.parse(JSON.stringify({ data: figure.data, layout: figure.layout })),
    "text/html": html,
    "text/plain": `${figure.title} (figure ${figure.id}, ${figure.data.length} traces)`,
  });
}

/** A page in a sandboxed iframe: its scripts run in isolation, under the page's own CSP. */
function frame(page: string, title: string, height: number): string {
  return `<iframe sandbox="allow-scripts allow-downloads" title="${escapeHtml(title)}" style="width:100%;height:${Math.round(height)}px;border:0" srcdoc="${escapeHtml(page)}"></iframe>`;
}
