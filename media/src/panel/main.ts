/**
 * The report panel's front-end: draws what the extension posts (a ReportView) — verdict, alerts,
 * Plotly figures, the summary table — and asks the extension for a column's distribution and,
 * for a table report, What-if simulations (a text or image report has no What-if tab, so no tab
 * bar). Every string is written as text (see shared/dom.ts).
 */
import type { HostMessage, PanelMessage, ReportFigure, ReportView } from "../shared/protocol";
import type { DrawnPlot, PlotlyApi } from "../shared/plotly";
import { PLOT_CONFIG, followThemeAndSize, themedLayout } from "../shared/plotly";
import { el } from "../shared/dom";
import { summaryTable } from "../shared/summaryTable";
import { selectFigures } from "../shared/selectFigures";
import { notesSection, textDriftSection } from "../shared/reportSections";
import { whatIfMessage, whatIfTab } from "./whatIfTab";

declare function acquireVsCodeApi(): { postMessage(message: PanelMessage): void };
declare const Plotly: PlotlyApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById("app") as HTMLElement;
let tab: "report" | "whatif" = "report";
let view: ReportView | undefined;
const drawn = new Map<HTMLElement, DrawnPlot>();

function purgeAll(): void {
  for (const plot of drawn.keys()) Plotly.purge(plot);
  drawn.clear();
}

function figureBlock(figure: ReportFigure): HTMLElement {
  const plot = el("div", { class: "plot", "data-figure": figure.id });
  const block = el("section", { class: "figure", "aria-label": figure.title }, plot);
  queueMicrotask(() => {
    drawn.set(plot, { element: plot, data: figure.data, layout: figure.layout });
    void Plotly.newPlot(plot, figure.data, themedLayout(figure.layout, document.body, plot.clientWidth), PLOT_CONFIG);
  });
  return block;
}

function header(current: ReportView): HTMLElement {
  return el("header", {},
    el("h1", {}, current.title),
    el("p", { class: `verdict ${current.state}` }, current.verdict),
    el("p", { class: "subtitle" }, current.subtitle));
}

/** The Report and What-if tabs when the report has What-if, and the button that loads other current data. */
function toolbar(current: ReportView): HTMLElement {
  const load = el("button", { class: "secondary", id: "load-current" }, current.loadLabel);
  load.addEventListener("click", () => vscode.postMessage({ type: "loadCurrent" }));
  if (!current.whatIf) return el("nav", {}, load);
  const button = (id: typeof tab, label: string) => {
    const b = el("button", { role: "tab", class: "tab", "aria-selected": String(tab === id), id: `tab-${id}` }, label);
    b.addEventListener("click", () => {
      tab = id;
      render();
    });
    return b;
  };
  return el("nav", { role: "tablist" }, button("report", "Report"), button("whatif", "What if"), load);
}

function reportTab(current: ReportView): HTMLElement {
  const parts: (Node | string)[] = [];
  if (current.alerts.length > 0) parts.push(el("ul", { class: "alerts" }, ...current.alerts.map((alert) => el("li", { class: `alert ${alert.level.toLowerCase()}` }, el("strong", {}, alert.level), " ", alert.message))));
  parts.push(el("h2", {}, "Columns"), el("p", { class: "hint" }, "Click a column for its distribution, reference against current."));
  parts.push(summaryTable(current.columns, { onPick: (column) => showDistribution(current, column) }));
  parts.push(el("section", { id: "distribution", "aria-live": "polite" }));
  const notes = notesSection(current.skipped, current.warnings, (column) => {
    document.getElementById("include-status")?.replaceChildren(`Checking again with ${column} included…`);
    vscode.postMessage({ type: "includeColumn", column });
  }, current.computed ?? []);
  if (notes) parts.push(notes, el("p", { class: "note", id: "include-status", "aria-live": "polite" }));
  if (current.text) parts.push(textDriftSection(current.text));
  const opening = selectFigures(current.figures, new Set(current.columns.filter((row) => row.drifted).map((row) => row.column)));
  if (opening.length > 0) parts.push(el("h2", {}, "Figures"), el("div", { class: "figures" }, ...opening.map(figureBlock)));
  if (current.figuresNote) parts.push(el("p", { class: "note" }, current.figuresNote));
  return el("div", current.whatIf ? { role: "tabpanel", id: "report-tab" } : { id: "report-tab" }, ...parts);
}

function render(): void {
  purgeAll();
  if (!view) return;
  app.replaceChildren(header(view), toolbar(view), tab === "whatif" && view.whatIf ? whatIfTab(view.whatIf, whatIfDeps) : reportTab(view));
}

/** A column's distribution (reference against current) below the table, from the report's figures. */
function showDistribution(current: ReportView, column: string): void {
  const target = document.getElementById("distribution");
  if (!target) return;
  for (const plot of target.querySelectorAll<HTMLElement>(".plot")) {
    Plotly.purge(plot);
    drawn.delete(plot);
  }
  const figure = current.figures.find((candidate) => candidate.id === `distribution:${column}`) ?? current.figures.find((candidate) => candidate.id.endsWith(`:${column}`));
  target.replaceChildren(figure ? figureBlock(figure) : el("p", { class: "note" }, `The report has no distribution of ${column} (older reports do not record them).`));
  target.scrollIntoView({ block: "nearest" });
}

/**
 * A What-if result below the sliders: its verdict, its table (as DOM, like the report's) and the
 * first two figures the report would open with (`selectFigures`: never the Plotly summary table).
 */
function drawWhatIf(target: HTMLElement, result: ReportView): void {
  for (const plot of target.querySelectorAll<HTMLElement>(".plot")) {
    Plotly.purge(plot);
    drawn.delete(plot);
  }
  const figures = selectFigures(result.figures, new Set(result.columns.filter((row) => row.drifted).map((row) => row.column))).slice(0, 2);
  target.replaceChildren(
    el("p", { class: `verdict ${result.state}` }, result.verdict),
    summaryTable(result.columns),
    ...(figures.length > 0 ? [el("div", { class: "figures" }, ...figures.map(figureBlock))] : []),
  );
}

const whatIfDeps = { post: (message: PanelMessage) => vscode.postMessage(message), drawResult: drawWhatIf };

window.addEventListener("message", (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case "report":
      view = message.view;
      render();
      return;
    case "includeStatus":
      document.getElementById("include-status")?.replaceChildren(message.message);
      return;
    default:
      whatIfMessage(message, whatIfDeps);
      return;
  }
});

followThemeAndSize(Plotly, document.body, () => drawn.values());
vscode.postMessage({ type: "ready" });
