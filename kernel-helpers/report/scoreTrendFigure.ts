import type { CheckReport } from "../check/checkReport";
import { methodKind } from "./methodKind";
import { plotlyText } from "./plotlyText";
import { plotNumber } from "./plotNumber";
import { FIGURE_FONT, reportColors } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { windowAxis } from "./windowAxis";
import { windowedColumns } from "./windowedColumns";
import { formatCount } from "../formatCount";

/** Lines drawn at most: the columns that drifted most in any window. */
export const TREND_MAX_COLUMNS = 8;

/**
 * The score trend of a check with windows: one line per column over the windows (PSI, Wasserstein,
 * p-values … as the report has them), with gaps where a window had too little data. When the
 * columns drawn share one method and threshold the y axis is the score itself (logarithmic for
 * p-values) with the threshold as a dashed line; otherwise it is the score relative to the
 * threshold (`driftRatio`), 1 being the threshold. The `TREND_MAX_COLUMNS` columns that drifted
 * most are drawn. `undefined` for a report without windows.
 * Cost: O(columns · windows).
 *
 * @example scoreTrendFigure(checkReport)?.id // "score-trend"
 */
export function scoreTrendFigure(report: CheckReport): ReportFigure | undefined {
  const windowed = report.windows;
  if (!windowed || windowed.windows.length === 0) return undefined;
  const all = windowedColumns(report, windowed);
  const shown = all.slice(0, TREND_MAX_COLUMNS);
  if (shown.length === 0) return undefined;
  const { x, axis } = windowAxis(windowed);
  const settings = new Set(shown.flatMap((column) => column.results.filter((result) => result?.status === "ok").map((result) => `${result?.method}\u0000${result?.threshold}`)));
  const shared = settings.size === 1 ? [...settings][0].split("\u0000") : undefined;
  const method = shared?.[0];
  const threshold = shared ? Number(shared[1]) : 1;
  const pvalue = method !== undefined && methodKind(method, "distance") === "pvalue";
  const data: object[] = shown.map((column) => ({
    type: "scatter",
    mode: "lines+markers",
    name: plotlyText(column.column),
    x,
    y: shared ? column.results.map((result) => (result?.status === "ok" ? plotNumber(pvalue ? Math.max(result.score ?? NaN, 1e-300) : result.score) : null)) : column.ratios.map((ratio) => plotNumber(ratio)),
    connectgaps: false,
    hovertemplate: `%{fullData.name}: %{y}<extra></extra>`,
  }));
  data.push({
    type: "scatter",
    mode: "lines",
    name: `threshold ${threshold}`,
    x: [x[0], x[x.length - 1]],
    y: [threshold, threshold],
    line: { color: reportColors.threshold, dash: "dash", width: 1.5 },
    hoverinfo: "skip",
  });
  const yTitle = shared ? `${plotlyText(method ?? "")} score` : "score ÷ threshold";
  const title = `${shared ? `${method} score` : "Score relative to threshold"} by window${all.length > shown.length ? ` (the ${shown.length} most drifted of ${formatCount(all.length)} columns)` : ""}`;
  const layout = {
    title: { text: plotlyText(title), x: 0, xanchor: "left" },
    font: FIGURE_FONT,
    height: 380,
    margin: { l: 64, r: 16, t: 56, b: 64 },
    xaxis: { ...axis, gridcolor: reportColors.grid },
    yaxis: { title: { text: yTitle }, type: pvalue ? "log" : "linear", gridcolor: reportColors.grid, ...(pvalue ? {} : { rangemode: "tozero" }) },
    legend: { orientation: "h", x: 0, y: -0.25, yanchor: "top" },
  };
  return { id: "score-trend", title, data, layout };
}
