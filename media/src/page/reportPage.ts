/**
 * The standalone HTML report's front-end (inlined by the engine's htmlPage under its nonce):
 * draws every element with `data-figure` from the figures' JSON block with titles fitted to the
 * width (redrawn on resize), mounts the summary table (the same DOM table as the panel's) in
 * `#summary-table` from the rows' JSON block, and lets `#distribution-select` switch the figure
 * of `#distribution-plot`. When every figure is drawn the body gets `data-rendered="true"` (or
 * `"error"`, with the error on the console).
 */
import type { ColumnRow, ReportFigure } from "../shared/protocol";
import type { PlotlyApi } from "../shared/plotly";
import { fittedTitle } from "../shared/plotly";
import { summaryTable } from "../shared/summaryTable";

declare const Plotly: PlotlyApi;

const CONFIG = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"] };

function json<T>(id: string): T {
  return JSON.parse(document.getElementById(id)?.textContent ?? "null") as T;
}

const figures = json<ReportFigure[]>("driftlens-figures") ?? [];
const rows = json<ColumnRow[] | null>("driftlens-rows");

function draw(element: HTMLElement, index: number): Promise<unknown> {
  element.setAttribute("data-figure", String(index));
  const figure = figures[index];
  return Plotly.react(element, figure.data, fittedTitle(figure.layout, element.clientWidth), CONFIG);
}

const tableHost = document.getElementById("summary-table");
if (tableHost && rows) tableHost.replaceChildren(summaryTable(rows));

const drawing = Array.from(document.querySelectorAll<HTMLElement>("[data-figure]"), (element) => draw(element, Number(element.getAttribute("data-figure"))));
const select = document.getElementById("distribution-select") as HTMLSelectElement | null;
select?.addEventListener("change", () => void draw(document.getElementById("distribution-plot") as HTMLElement, Number(select.value)));
let resizing: number | undefined;
window.addEventListener("resize", () => {
  window.clearTimeout(resizing);
  resizing = window.setTimeout(() => document.querySelectorAll<HTMLElement>("[data-figure]").forEach((element) => void draw(element, Number(element.getAttribute("data-figure")))), 150);
});
Promise.all(drawing).then(
  () => document.body.setAttribute("data-rendered", "true"),
  (error: unknown) => {
    document.body.setAttribute("data-rendered", "error");
    console.error("driftlens: a figure could not be drawn:", error);
  },
);
