import { dirname, resolve } from "node:path";
import type { Table } from "../data/table";
import type { EmbeddingDriftOptions } from "../embeddings/embeddingDrift";
import { embeddingDrift } from "../embeddings/embeddingDrift";
import type { EmbeddingSection } from "../embeddings/embeddingDriftReport";
import { embeddingMessages } from "../embeddings/embeddingMessages";
import type { Baseline } from "./baselineInfo";
import { decodeEmbeddingReference } from "./embeddingReference";
import type { EmbeddingModelsOptions } from "./embedReferenceColumns";
import { cellsOf, embedWith } from "./embedReferenceColumns";

/** What `checkReferenceEmbeddings` returns: one section per embedded column, and warnings. */
export interface ReferenceEmbeddingsCheck {
  readonly sections: readonly EmbeddingSection[];
  readonly warnings: readonly string[];
}

export type CheckEmbeddingsOptions = EmbeddingDriftOptions & EmbeddingModelsOptions;

/**
 * Tests the current data's text and image columns against the reference embeddings a baseline
 * stores (`embedReferenceColumns`): embeds the column's non-empty cells with the baseline's model
 * (or the one named in the options — which must give the same dimension) and runs
 * `embeddingDrift` (default MMD). A column missing from the current data is left to the column
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
    if (embedded.matrix.truncated) warnings.push(embeddingMessages.textsTruncated(`column '${reference.column}'`, embedded.matrix.truncated, embedded.maxLength ?? 0, embedded.model.id));
    const stored = decodeEmbeddingReference(reference, baselineName);
    const where = `column '${reference.column}': baseline '${baselineName}' was embedded with model '${reference.model.id}', the current data with '${embedded.model.id}'`;
    const result = embeddingDrift(stored, embedded.matrix, options, where);
    sections.push({ column: reference.column, model: { ...reference.model, dimension: embedded.matrix.dimension }, ...result });
  }
  return { sections, warnings };
}
