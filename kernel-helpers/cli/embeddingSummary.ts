import type { ImageDriftReport, TextDriftReport } from "../embeddings/embeddingDriftReport";
import { formatCount } from "../formatCount";

const number = (value: number): string => (Math.abs(value) >= 0.01 || value === 0 ? value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "") : value.toExponential(2));

/**
 * A plain-text summary of a text or image drift report for the command line.
 *
 * @example embeddingSummary(report) // "Text drift: DRIFT · mmd p = 5.00e-4 < 0.05 (model text-tiny-bert, 128 dims) ..."
 */
export function embeddingSummary(report: TextDriftReport | ImageDriftReport, kind: "text" | "image"): string {
  const [column] = report.columns;
  const verdict = column.drifted ? "DRIFT" : "no drift";
  const comparison = column.methodKind === "pvalue" ? (column.drifted ? "<" : "≥") : column.drifted ? ">" : "≤";
  const lines = [
    `Reference: ${report.reference.source} (${formatCount(column.reference.count)} ${kind}s)`,
    `Current:   ${report.current.source} (${formatCount(column.current.count)} ${kind}s)`,
    `${kind === "text" ? "Text" : "Image"} drift: ${verdict} · ${column.method} ${column.methodKind === "pvalue" ? "p" : "score"} = ${number(column.score)} ${comparison} ${number(column.threshold)}`,
  ];
  const embeddings = report.embeddings;
  if (embeddings) {
    lines.push(
      `  model ${embeddings.model.id} (${embeddings.model.source}, ${embeddings.dimension} dimensions${embeddings.pcaComponents ? `, PCA to ${embeddings.pcaComponents}` : ""})`,
    );
    const inputs = embeddings.inputs;
    if (inputs) {
      const side = (s: typeof inputs.reference) =>
        s.embedded < s.distinct ? `a seeded sample of ${formatCount(s.embedded)} of ${formatCount(s.distinct)} distinct (${formatCount(s.rowsTested)} of ${formatCount(s.rows)} rows)` : `${formatCount(s.distinct)} distinct of ${formatCount(s.rows)}`;
      lines.push(`  embedded ${kind}s: reference ${side(inputs.reference)}, current ${side(inputs.current)}; each embedded once and weighted by its count`);
    }
  }
  if ("textClassifier" in report) {
    const c = report.textClassifier;
    lines.push(`Domain classifier on TF-IDF: AUC ${number(c.score)} ${c.drifted ? ">" : "≤"} ${number(c.threshold)} (${c.drifted ? "drift" : "no drift"})`);
    if (c.currentWords.length > 0) lines.push(`  words of the current data:  ${c.currentWords.map((w) => w.word).join(", ")}`);
    if (c.referenceWords.length > 0) lines.push(`  words of the reference:     ${c.referenceWords.map((w) => w.word).join(", ")}`);
    lines.push("Descriptors:");
    for (const d of report.descriptors) lines.push(`  ${d.column.padEnd(28)} ${d.method.padEnd(12)} ${number(d.score).padStart(8)}  ${d.drifted ? "drift" : "-"}`);
  }
  for (const warning of report.warnings) lines.push(`Warning: ${warning}`);
  return lines.join("\n");
}
