import { dirname, resolve } from "node:path";
import type { Table } from "../data/table";
import { distinctEmbeddingRows } from "../embeddings/distinctEmbeddings";
import type { EmbedDistinctOptions } from "../embeddings/embedDistinct";
import type { EmbeddingDriftOptions } from "../embeddings/embeddingDrift";
import { embeddingDrift } from "../embeddings/embeddingDrift";
import type { EmbeddingSection } from "../embeddings/embeddingDriftReport";
import { embeddingMessages } from "../embeddings/embeddingMessages";
import type { Baseline } from "../baseline/baselineInfo";
import { decodeEmbeddingReference } from "../baseline/embeddingReference";
import type { EmbeddingModelsOptions } from "../baseline/embedReferenceColumns";
import { cellsOf, embedWith } from "../baseline/embedReferenceColumns";

/** What `checkReferenceEmbeddings` returns: one section per embedded column, and warnings. */
export interface ReferenceEmbeddingsCheck {
  readonly sections: readonly EmbeddingSection[];
  readonly warnings: readonly string[];
}

export type CheckEmbeddingsOptions = EmbeddingDriftOptions & EmbeddingModelsOptions & Pick<EmbedDistinctOptions<string>, "maxDistinct">;

/**
 * Tests the current data's text and image columns against the reference embeddings a baseline
 * stores (`embedReferenceColumns`): embeds the column's non-empty cells with the baseline's model
 * (or the one named in the options — which must give the same dimension) and runs
 * `embeddingDrift` (default MMD). Each distinct cell is embedded once and weighted by its count,
 * and repeated stored vectors are tested once each (the result is that of every row); above
 * `maxDistinct` (5,000) distinct cells, a seeded sample of them is embedded and a warning says so.
 * A column missing from the current data is left to the column
 * problems of the check; one without values gives a warning. Image paths are read relative to
 * the folder of the current file.
 *
 * @example (await checkReferenceEmbeddings(baseline, todayTable)).sections[0].pValue
 * @throws {DataError} when the dimensions differ (another model), or an image cannot be read
 */
export async function checkReferenceEmbeddings(baseline: Baseline, current: Table, options: CheckEmbeddingsOptions = {}): Promise<ReferenceEmbeddingsCheck> {
  const { info } = baseline;
  const baselineName = `${info.name}/${info.version}`;
  const sections: EmbeddingSection[] = [];
  const warnings: string[] = [];
  for (const reference of info.embeddings ?? []) {
    if (!current.columns.some((c) => c.name === reference.column)) continue;
    const cells = cellsOf(current, reference.column);
    if (cells.length < 2) {
      warnings.push(`column '${reference.column}': ${cells.length} non-empty ${reference.kind === "text" ? "texts" : "image paths"} in the current data (${current.source}); embedding drift needs at least 2, so it was not checked.`);
      continue;
    }
    const inputs = reference.kind === "image" ? cells.map((path) => resolve(current.source === "memory" ? "." : dirname(current.source), path)) : cells;
    const named = reference.kind === "text" ? options.textModel : options.imageModel;
    const model = named ?? reference.model.location ?? reference.model.id;
    const embedded = await embedWith(reference.kind, model, options, inputs);
    const { side } = embedded;
    if (side.embedded.truncated) warnings.push(embeddingMessages.textsTruncated(`column '${reference.column}'`, side.embedded.truncated, embedded.maxLength ?? 0, embedded.model.id));
    if (side.inputs.embedded < side.inputs.distinct) warnings.push(embeddingMessages.distinctSampled(`column '${reference.column}'`, reference.kind, side.inputs));
    const stored = distinctEmbeddingRows(decodeEmbeddingReference(reference, baselineName));
    const where = `column '${reference.column}': baseline '${baselineName}' was embedded with model '${reference.model.id}', the current data with '${embedded.model.id}'`;
    const result = embeddingDrift(stored, side.distinct, options, where);
    const storedInputs = { rows: stored.rowOf.length, distinct: stored.embeddings.rows, embedded: stored.embeddings.rows, rowsTested: stored.rowOf.length };
    sections.push({ column: reference.column, model: { ...reference.model, dimension: side.embedded.dimension }, ...result, inputs: { reference: storedInputs, current: side.inputs } });
  }
  return { sections, warnings };
}
