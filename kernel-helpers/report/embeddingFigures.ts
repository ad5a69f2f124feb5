import type { DriftReport } from "../drift/driftReport";
import type { EmbeddedInputs } from "../embeddings/embedDistinct";
import { embeddingSections } from "./embeddingSections";
import { plotlyText } from "./plotlyText";
import { plotNumber } from "./plotNumber";
import { FIGURE_FONT, reportColors } from "./reportColors";
import type { ReportFigure } from "./reportFigure";
import { scoreText } from "./scoreText";
import { formatCount } from "../formatCount";

/**
 * Embedding drift of text and image columns: for each embedding section of a report (a check's
 * `embeddings` list, or the one section of a text or image drift report) the 2-D projection of a
 * sample of each side (PCA fitted on the reference), reference against current, with the verdict
 * — method, score, threshold — in the title; ids `embeddings:<column>`. Empty when the report has
 * no embedding section.
 * Cost: O(points).
 *
 * @example embeddingFigures(textReport)[0].id // "embeddings:review"
 */
export function embeddingFigures(report: DriftReport): ReportFigure[] {
  return embeddingSections(report).map((section) => {
    const { projection } = section;
    const verdict = section.drifted ? "DRIFT" : "no drift";
    const details = `${section.method} ${section.methodKind === "pvalue" ? "p = " : ""}${scoreText(section.score)}, threshold ${scoreText(section.threshold)}`;
    const title = `Embeddings of ${section.column}: ${verdict} (${details})`;
    const side = (name: "reference" | "current", points: readonly (readonly [number, number])[]) => ({
      type: "scatter",
      mode: "markers",
      name: `${name} (${points.length} of ${formatCount(name === "reference" ? section.referenceRows : section.currentRows)}${distinctNote(section.inputs?.[name])})`,
      x: points.map((point) => plotNumber(point[0])),
      y: points.map((point) => plotNumber(point[1])),
      marker: { color: reportColors[name], size: 6, opacity: 0.6 },
      hovertemplate: `${name}: (%{x:.3f}, %{y:.3f})<extra></extra>`,
    });
    const variance = (i: 0 | 1) => `PC${i + 1} (${Math.round((projection.explainedVarianceRatio[i] ?? 0) * 100)}% of variance)`;
    return {
      id: `embeddings:${section.column}`,
      title,
      data: [side("reference", projection.reference), side("current", projection.current)],
      layout: {
        title: { text: `Embeddings of ${plotlyText(section.column)}: ${verdict} (${plotlyText(details)})`, x: 0, xanchor: "left" },
        font: FIGURE_FONT,
        height: 440,
        margin: { l: 64, r: 16, t: 56, b: 56 },
        xaxis: { title: { text: `${variance(0)} · ${plotlyText(section.model.id)}, ${section.dimension} dimensions` }, zeroline: false, gridcolor: reportColors.grid },
        yaxis: { title: { text: variance(1) }, zeroline: false, gridcolor: reportColors.grid },
        legend: { orientation: "h", x: 1, xanchor: "right", y: 1.02, yanchor: "bottom" },
      },
    };
  });
}

/** "; 40 distinct" — or "; 5,000 of 12,345 distinct" when a sample of them was embedded above the cap — for a legend. */
function distinctNote(inputs: EmbeddedInputs | undefined): string {
  if (inputs === undefined) return "";
  const count = (n: number) => formatCount(n);
  return inputs.embedded < inputs.distinct ? `; ${count(inputs.embedded)} of ${count(inputs.distinct)} distinct` : `; ${count(inputs.distinct)} distinct`;
}
