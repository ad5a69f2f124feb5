import type { CheckReport } from "../check/checkReport";
import type { MultivariateDetectorResult } from "../multivariate/multivariateResult";
import { bandLimits } from "../multivariate/chunkBand";
import { plotNumber } from "./plotNumber";
import { FIGURE_FONT, reportColors } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { windowAxis } from "./windowAxis";
import { countNoun } from "./countNoun";

/**
 * The multivariate drift of a check, one figure per detector (`multivariate:reconstruction`,
 * `multivariate:classifier`), drawn as NannyML draws it: the statistic of each reference chunk,
 * then of each current window (or of all current rows when the check has no windows), against
 * the band (mean ± 3σ of the reference chunks, shaded; a window of another size than the chunks
 * has the band of its size) and the reference mean (dotted); points outside the band in red.
 * Nothing when the check has no multivariate section or could not measure it.
 * Cost: O(chunks + windows).
 *
 * @example multivariateFigures(checkReport).map((figure) => figure.id) // ["multivariate:reconstruction", "multivariate:classifier"]
 */
export function multivariateFigures(report: CheckReport): ReportFigure[] {
  const drift = report.multivariate;
  if (!drift || "unavailable" in drift) return [];
  return drift.detectors.map((detector) => detectorFigure(detector, drift.every));
}

function detectorFigure(detector: MultivariateDetectorResult, every: string | undefined): ReportFigure {
  const reconstruction = detector.method === "reconstruction_error";
  const name = reconstruction ? "reconstruction error" : "domain classifier ROC AUC";
  const { band } = detector;
  const referenceX = band.values.map((_, c) => `reference ${c + 1}`);
  const referenceLimits = bandLimits(band, band.chunkRows, reconstruction ? 0 : -Infinity);
  const windows = detector.windows;
  const current = windows && every
    ? { x: windowAxis({ every, windows }).x, values: windows.map((w) => w.value), lower: windows.map((w) => w.lower), upper: windows.map((w) => w.upper), drifted: windows.map((w) => w.drifted === true), rows: windows.map((w) => w.rows) }
    : { x: ["current (all rows)"], values: [detector.value], lower: [detector.lower], upper: [detector.upper], drifted: [detector.drifted], rows: [detector.currentRows] };
  const x = [...referenceX, ...current.x];
  const lower = [...band.values.map(() => referenceLimits.lower), ...current.lower];
  const upper = [...band.values.map(() => referenceLimits.upper), ...current.upper];
  const title = `Multivariate drift: ${name} over ${detector.columns.length} columns against the band of the reference chunks (mean ± ${band.sigmas}σ)`;
  const point = (drifted: boolean) => (drifted ? reportColors.severity.high : reportColors.current);
  return {
    id: reconstruction ? "multivariate:reconstruction" : "multivariate:classifier",
    title,
    data: [
      { type: "scatter", mode: "lines", name: "band (lower)", x, y: lower.map((v) => plotNumber(v)), line: { color: reportColors.threshold, width: 0.5, shape: "hvh" }, showlegend: false, hoverinfo: "skip", connectgaps: false },
      { type: "scatter", mode: "lines", name: `band (mean ± ${band.sigmas}σ)`, x, y: upper.map((v) => plotNumber(v)), fill: "tonexty", fillcolor: "rgba(134, 142, 150, 0.18)", line: { color: reportColors.threshold, width: 0.5, shape: "hvh" }, hoverinfo: "skip", connectgaps: false },
      { type: "scatter", mode: "lines", name: "reference mean", x, y: x.map(() => plotNumber(band.mean)), line: { color: reportColors.reference, dash: "dot", width: 1.5 }, hoverinfo: "skip" },
      { type: "scatter", mode: "lines+markers", name: "reference chunks", x: referenceX, y: band.values.map((v) => plotNumber(v)), line: { color: reportColors.reference, width: 2 }, marker: { size: 6, color: reportColors.reference }, hovertemplate: `%{x}: ${name} %{y:.4f} (${countNoun(band.chunkRows, "row")})<extra></extra>` },
      {
        type: "scatter",
        mode: "lines+markers",
        name: "current",
        x: current.x,
        y: current.values.map((v) => plotNumber(v)),
        line: { color: reportColors.current, width: 2 },
        marker: { size: current.drifted.map((d) => (d ? 11 : 7)), color: current.drifted.map(point) },
        customdata: current.drifted.map((d, i) => `${d ? "outside the band" : "inside the band"} · ${countNoun(current.rows[i], "row")}`),
        hovertemplate: `%{x}: ${name} %{y:.4f}<br>%{customdata}<extra></extra>`,
      },
    ],
    layout: {
      title: { text: title, x: 0, xanchor: "left" },
      font: FIGURE_FONT,
      height: 380,
      margin: { l: 64, r: 16, t: 72, b: 56 },
      // Below the plot the rotated window labels would run into the legend: it goes above, right.
      xaxis: { type: "category", tickangle: -35, automargin: true, gridcolor: reportColors.grid },
      yaxis: { title: { text: name }, gridcolor: reportColors.grid, ...(reconstruction ? { rangemode: "tozero" } : {}) },
      legend: { orientation: "h", x: 1, xanchor: "right", y: 1.02, yanchor: "bottom" },
    },
  };
}
