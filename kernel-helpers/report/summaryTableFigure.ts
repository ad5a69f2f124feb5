import type { DriftReport, Severity } from "../drift/driftReport";
import { columnsByConcern } from "./columnsByConcern";
import { plotlyText } from "./plotlyText";
import { FIGURE_FONT, reportColors, SEVERITIES } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { scoreText } from "./scoreText";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { formatCount } from "../formatCount";

/** Rows on one page of the summary table; more rows get a page menu. */
export const SUMMARY_PAGE_SIZE = 25;
/** Characters of a column name shown in a cell (the hover shows it whole). */
const NAME_CHARACTERS = 36;
const HEADERS = ["Column", "Type", "Method", "Score", "Threshold", "Verdict", "Severity"];
/** Relative widths of the table's columns. */
const WIDTHS = [3.2, 1.2, 1.6, 1, 1, 1, 1];
const ROW_HEIGHT = 26;

/**
 * The drift summary table: one row per tested column — column, type, method, score, threshold,
 * verdict, severity — coloured by severity, most concerning first (`columnsByConcern`). Drawn
 * as a heatmap with cell text, since Plotly's cartesian bundle has no table trace; beyond
 * `SUMMARY_PAGE_SIZE` rows a menu pages through the rest (2,000 columns make 80 pages).
 * Every user string is escaped with `plotlyText`; NaN and infinite scores read "NaN", "Infinity".
 * Cost: O(columns).
 *
 * @example summaryTableFigure(report).id // "summary"
 */
export function summaryTableFigure(report: DriftReport): ReportFigure {
  checkReportArgument(report, "summaryTableFigure", "report");
  const columns = columnsByConcern(report.columns);
  const rows = columns.map((column) => ({
    severity: column.severity,
    cells: [
      column.column,
      column.type,
      column.method,
      scoreText(column.score),
      scoreText(column.threshold),
      column.drifted ? "DRIFT" : "no drift",
      column.severity,
    ],
  }));
  const pages: { first: number; rows: typeof rows }[] = [];
  for (let first = 0; first < rows.length; first += SUMMARY_PAGE_SIZE) pages.push({ first, rows: rows.slice(first, first + SUMMARY_PAGE_SIZE) });
  const edges = WIDTHS.reduce<number[]>((sum, width) => [...sum, sum[sum.length - 1] + width], [0]);
  const centres = WIDTHS.map((width, i) => Number((edges[i] + width / 2).toFixed(2)));
  const pageTrace = (page: { first: number; rows: typeof rows }) => ({
    y: page.rows.map((_, i) => page.first + i + 1),
    z: page.rows.map((row) => HEADERS.map(() => SEVERITIES.indexOf(row.severity as Severity))),
    text: page.rows.map((row) => row.cells.map((cell, i) => plotlyText(i === 0 ? shortened(cell) : cell))),
    customdata: page.rows.map((row) => row.cells.map((cell, i) => `${HEADERS[i]}: ${plotlyText(cell)}`)),
  });
  // Every page spans a full page of rows (the last one leaves blank rows), so rows keep their height.
  const rowsPerPage = Math.min(Math.max(rows.length, 1), SUMMARY_PAGE_SIZE);
  const pageRange = (page: { first: number }) => [page.first + rowsPerPage + 0.5, page.first + 0.5];
  const { dataset } = report;
  const title = `Drift by column: ${dataset.driftedColumns} of ${dataset.columns} drifted (dataset: ${dataset.drifted ? "DRIFT" : "no drift"})`;
  const first = pages[0] ?? { first: 0, rows: [] };
  const data = [{
    type: "heatmap",
    x: edges,
    ...pageTrace(first),
    zmin: 0,
    zmax: 3,
    colorscale: stepColorscale(SEVERITIES.map((severity) => reportColors.severityFill[severity])),
    showscale: false,
    xgap: 1,
    ygap: 1,
    texttemplate: "%{text}",
    textfont: { size: 12, color: reportColors.text },
    hovertemplate: "%{customdata}<extra></extra>",
  }];
  const layout: Record<string, unknown> = {
    title: { text: title, x: 0, xanchor: "left" },
    font: FIGURE_FONT,
    height: 110 + ROW_HEIGHT * rowsPerPage,
    margin: { l: 48, r: 16, t: 84, b: 16 },
    plot_bgcolor: "#ffffff",
    xaxis: { side: "top", range: [0, edges[edges.length - 1]], tickvals: centres, ticktext: HEADERS, tickfont: { weight: "bold" }, showgrid: false, zeroline: false, fixedrange: true, ticks: "" },
    yaxis: { range: pageRange(first), tickmode: "linear", dtick: 1, showgrid: false, zeroline: false, fixedrange: true, ticks: "" },
  };
  if (rows.length === 0) {
    layout.annotations = [{ text: "No column was tested.", showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5 }];
  }
  if (pages.length > 1) {
    layout.updatemenus = [{
      type: "dropdown",
      x: 1,
      xanchor: "right",
      y: 1.14,
      yanchor: "bottom",
      showactive: true,
      buttons: pages.map((page) => {
        const trace = pageTrace(page);
        return {
          label: `rows ${page.first + 1}–${page.first + page.rows.length} of ${formatCount(rows.length)}`,
          method: "update",
          args: [{ y: [trace.y], z: [trace.z], text: [trace.text], customdata: [trace.customdata] }, { "yaxis.range": pageRange(page) }],
        };
      }),
    }];
  }
  return { id: "summary", title, data, layout };
}

/** A name cut to `NAME_CHARACTERS` characters (whole code points, so emoji stay whole). */
function shortened(name: string): string {
  const characters = Array.from(name);
  return characters.length <= NAME_CHARACTERS ? name : `${characters.slice(0, NAME_CHARACTERS - 1).join("")}…`;
}

/** A colorscale with one flat colour per integer of [0, colours − 1]. */
function stepColorscale(colours: readonly string[]): [number, string][] {
  const steps = colours.length;
  return colours.flatMap((colour, i): [number, string][] => [[i / steps, colour], [(i + 1) / steps, colour]]).map(([at, colour], i, all) => [
    i > 0 && i < all.length - 1 && i % 2 === 1 ? Number((at - 1e-6).toFixed(6)) : Number(at.toFixed(6)),
    colour,
  ]);
}
