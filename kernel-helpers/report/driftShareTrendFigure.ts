import type { CheckReport } from "../check/checkReport";
import { FIGURE_FONT, reportColors } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { windowAxis } from "./windowAxis";
import { countNoun } from "./countNoun";

/**
 * The dataset drift score of each window of a check — the share of drifted feature columns —
 * as bars against the drift-share line, coloured by the alert the window raises (CRITICAL red,
 * WARNING orange, none grey); windows with too little data are named in the hover and left
 * empty. `undefined` for a report without windows.
 * Cost: O(windows).
 *
 * @example driftShareTrendFigure(checkReport)?.id // "drift-share-trend"
 */
export function driftShareTrendFigure(report: CheckReport): ReportFigure | undefined {
  const windowed = report.windows;
  if (!windowed || windowed.windows.length === 0) return undefined;
  const { x, axis } = windowAxis(windowed);
  const share = report.dataset.driftShare;
  const { windows } = windowed;
  const title = `Dataset drift by window: share of drifted columns (dataset drifts at ≥ ${Math.round(share * 100)}%)`;
  const data = [
    {
      type: "bar",
      name: "drift score",
      x,
      y: windows.map((window) => (window.status === "ok" ? Math.round((window.driftScore ?? 0) * 1000) / 10 : null)),
      marker: { color: windows.map((window) => (window.alert ? reportColors.alert[window.alert] : reportColors.threshold)) },
      customdata: windows.map((window) =>
        window.status === "ok"
          ? `${window.driftedColumns}/${window.testedColumns} columns drifted · ${countNoun(window.rows, "row")}${window.alert ? ` · ${window.alert}` : ""}`
          : `insufficient data: ${countNoun(window.rows, "row")} (${windowed.minSamples} needed)`),
      hovertemplate: "%{x}: %{y}%<br>%{customdata}<extra></extra>",
    },
    {
      type: "scatter",
      mode: "lines",
      name: `drift share ${Math.round(share * 100)}%`,
      x: [x[0], x[x.length - 1]],
      y: [share * 100, share * 100],
      line: { color: reportColors.text, dash: "dash", width: 1.5 },
      hoverinfo: "skip",
    },
  ];
  const layout = {
    title: { text: title, x: 0, xanchor: "left" },
    font: FIGURE_FONT,
    height: 340,
    margin: { l: 64, r: 16, t: 56, b: 64 },
    xaxis: { ...axis, gridcolor: reportColors.grid },
    yaxis: { title: { text: "drifted columns (%)" }, range: [0, 100], gridcolor: reportColors.grid },
    legend: { orientation: "h", x: 1, xanchor: "right", y: 1.02, yanchor: "bottom" },
    bargap: 0.2,
  };
  return { id: "drift-share-trend", title, data, layout };
}
