import type { ReportFigure } from "./protocol";

/** Distribution figures a report opens with (the drifted columns', most concerning first). */
export const DISTRIBUTIONS_SHOWN = 4;

/**
 * The figures a report opens with, in the panel and in a notebook output: every figure but the
 * per-column distributions and the Plotly summary table (both surfaces draw the table as DOM,
 * see summaryTable.ts), then the distributions of the drifted columns — at most
 * `DISTRIBUTIONS_SHOWN`, in the order `reportFigures` gives (most concerning first). Any other
 * column's distribution is a click away in the panel's table.
 *
 * @example selectFigures(figures, new Set(["income"])).map((f) => f.id) // ["drift-share-trend", "distribution:income"]
 */
export function selectFigures(figures: readonly ReportFigure[], drifted: ReadonlySet<string>): ReportFigure[] {
  const distributions = figures.filter((figure) => figure.id.startsWith("distribution:") && drifted.has(figure.id.slice("distribution:".length))).slice(0, DISTRIBUTIONS_SHOWN);
  return [...figures.filter((figure) => figure.id !== "summary" && !figure.id.startsWith("distribution:")), ...distributions];
}
