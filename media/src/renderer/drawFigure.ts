import type { DrawnPlot, PlotlyApi } from "../shared/plotly";
import { PLOT_CONFIG, themedLayout } from "../shared/plotly";
import { el } from "../shared/dom";

/** One figure as `show(figure)` emits it (`application/vnd.driftlens.figure+json`). */
interface FigurePayload {
  readonly id: string;
  readonly title: string;
  readonly data: readonly object[];
  readonly layout: object;
}

/**
 * Draws one driftlens figure into `host`: its title (as text) and the Plotly plot, coloured by
 * the notebook's theme. Returns the drawn plot, for `Plotly.purge` when the output goes away and to
 * redraw it when the theme changes.
 */
export function drawFigure(Plotly: PlotlyApi, payload: unknown, host: HTMLElement): DrawnPlot[] {
  const figure = payload as FigurePayload | null;
  if (!figure || typeof figure !== "object" || !Array.isArray(figure.data) || typeof figure.layout !== "object") throw new Error("the output is not a driftlens figure (no data or layout)");
  const plot = el("div", { class: "driftlens-plot", "data-figure": String(figure.id) });
  host.append(el("div", { class: "driftlens-figure" }, el("h4", {}, String(figure.title ?? figure.id)), plot));
  void Plotly.newPlot(plot, figure.data, themedLayout(figure.layout, host, plot.clientWidth || host.clientWidth), PLOT_CONFIG);
  return [{ element: plot, data: figure.data, layout: figure.layout }];
}
