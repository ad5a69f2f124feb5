/**
 * One Plotly figure of a report, as plain JSON: `data` (the traces) and `layout`, ready for
 * `Plotly.newPlot(element, figure.data, figure.layout)` or the `application/vnd.plotly.v1+json`
 * MIME type. `id` names what it shows ("summary", "distribution:age", "drift-heatmap", …) and
 * stays the same from one report to the next; `title` is plain text (not escaped).
 * Figures use only trace types of Plotly's cartesian bundle (bar, scatter, heatmap).
 *
 * @example const figure: ReportFigure = { id: "summary", title: "Drift by column", data: [], layout: {} };
 */
export interface ReportFigure {
  readonly id: string;
  readonly title: string;
  readonly data: object[];
  readonly layout: object;
}
