import { escapeHtml } from "./escapeHtml";
import { htmlPage } from "./htmlPage";
import type { ReportFigure } from "./reportFigure";

/**
 * One figure as a standalone, offline HTML page (Plotly inlined, strict CSP; see `htmlPage`) —
 * what a notebook shows for a figure in a frontend without a Plotly renderer.
 * Cost: O(size of the figure) plus the 1.4 MB bundle.
 *
 * @example writeFileSync("heatmap.html", figureHtml(driftHeatmapFigure(report)!));
 */
export function figureHtml(figure: ReportFigure): string {
  return htmlPage({
    title: figure.title,
    body: `<main><section aria-label="${escapeHtml(figure.title)}"><div class="figure" data-figure="0"></div></section></main>`,
    figures: [figure],
  });
}
