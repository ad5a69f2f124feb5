import type { CheckReport } from "../check/checkReport";
import { plotlyText } from "./plotlyText";
import { plotNumber } from "./plotNumber";
import { FIGURE_FONT, reportColors } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { scoreText } from "./scoreText";
import { windowAxis } from "./windowAxis";
import { windowedColumns } from "./windowedColumns";
import { countNoun } from "./countNoun";

/** Rows of the heatmap at most: the columns that drifted most in any window. */
export const HEATMAP_MAX_COLUMNS = 40;
/** Colours stop at this many times the threshold. */
const RATIO_CAP = 3;

/**
 * The drift heatmap of a check with windows: columns × time windows, each cell the score
 * relative to its threshold (`driftRatio`: green below 1, orange to red from 1 to 3× and
 * beyond), blank where a window had too little data. At most `HEATMAP_MAX_COLUMNS` rows — the
 * columns that drifted most in any window — so 2,000 columns stay readable (the title says how
 * many are left out). `undefined` for a report without windows.
 * Cost: O(columns · windows).
 *
 * @example driftHeatmapFigure(checkReport)?.id // "drift-heatmap"
 */
export function driftHeatmapFigure(report: CheckReport): ReportFigure | undefined {
  const windowed = report.windows;
  if (!windowed || windowed.windows.length === 0) return undefined;
  const all = windowedColumns(report, windowed);
  if (all.length === 0) return undefined;
  const shown = all.slice(0, HEATMAP_MAX_COLUMNS);
  const { x, axis } = windowAxis(windowed);
  const hover = shown.map((column) => column.results.map((result, w) => {
    const window = windowed.windows[w];
    if (!result || result.status !== "ok") return `${plotlyText(column.column)}<br>${x[w]}: insufficient data (${result?.values ?? 0} values; ${windowed.minSamples} needed)`;
    return `${plotlyText(column.column)}<br>${x[w]} (${countNoun(window.rows, "row")}): ${result.drifted ? "DRIFT" : "no drift"}<br>${plotlyText(result.method ?? "")} ${scoreText(result.score)}, threshold ${scoreText(result.threshold)}`;
  }));
  const left = all.length - shown.length;
  const title = `Drift by window: score relative to threshold${left > 0 ? ` (the ${shown.length} most drifted of ${countNoun(all.length, "column")})` : ""}`;
  const data = [{
    type: "heatmap",
    x,
    y: shown.map((column) => plotlyText(column.column)),
    z: shown.map((column) => column.ratios.map((ratio) => plotNumber(Math.min(ratio, RATIO_CAP)))),
    zmin: 0,
    zmax: RATIO_CAP,
    colorscale: [[0, "#ebfbee"], [0.333, "#8ce99a"], [0.3334, "#ffd43b"], [0.6667, reportColors.severity.medium], [1, reportColors.severity.high]],
    colorbar: { title: { text: "score ÷ threshold" }, tickvals: [0, 1, 2, 3], ticktext: ["0", "1 (threshold)", "2×", "≥ 3×"], thickness: 14 },
    xgap: 1,
    ygap: 1,
    hoverongaps: true,
    customdata: hover,
    hovertemplate: "%{customdata}<extra></extra>",
  }];
  const layout = {
    title: { text: title, x: 0, xanchor: "left" },
    font: FIGURE_FONT,
    height: Math.max(320, 140 + 22 * shown.length),
    margin: { l: 16, r: 16, t: 56, b: 64 },
    xaxis: { ...axis, showgrid: false },
    yaxis: { type: "category", autorange: "reversed", automargin: true, showgrid: false },
    plot_bgcolor: "#f1f3f5",
  };
  return { id: "drift-heatmap", title, data, layout };
}
