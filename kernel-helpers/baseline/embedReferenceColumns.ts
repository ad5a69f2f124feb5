import { dirname, resolve } from "node:path";
import type { Table } from "../data/table";
import type { ModelKind } from "../embeddings/bundledModels";
import { columnStrings } from "../embeddings/columnStrings";
import { expandEmbeddings } from "../embeddings/distinctEmbeddings";
import type { EmbeddedSide } from "../embeddings/embedDistinct";
import { embedDistinct } from "../embeddings/embedDistinct";
import type { EmbeddingMatrix } from "../embeddings/embeddingMatrix";
import { imageEmbedder } from "../embeddings/imageEmbedder";
import type { ModelOptions, ResolvedModel } from "../embeddings/resolveModel";
import { textEmbedder } from "../embeddings/textEmbedder";
import { DataError, UsageError } from "../errors";
import { uniformRowSample } from "../stats/uniformRowSample";
import type { Baseline } from "./baselineInfo";
import type { EmbeddingReference } from "./embeddingReference";
import { EMBEDDING_REFERENCE_CAP, encodeEmbeddings } from "./embeddingReference";

export interface EmbeddingModelsOptions extends Omit<ModelOptions, "model"> {
  /** Encoder of text columns (bundled name, folder or cached hub id). Default `text-tiny-bert`. */
  readonly textModel?: string;
  /** Encoder of image columns. Default `image-tiny-cnn`. */
  readonly imageModel?: string;
  readonly threads?: number;
  readonly batchSize?: number;
}

export interface EmbedReferenceOptions extends EmbeddingModelsOptions {
  /** Seed of the sample beyond `EMBEDDING_REFERENCE_CAP` rows. Default: the baseline sample's seed. */
  readonly seed?: number;
}

/**
 * Adds reference embeddings to a baseline for its text and image columns (the `text` and `image`
 * roles of `buildBaseline`): each column's non-empty cells in the reference sample — up to
 * `EMBEDDING_REFERENCE_CAP` (1,000) rows, a seeded uniform sample beyond — embedded offline with
 * the bundled models or the ones named (each distinct cell once), stored in `info.embeddings`
 * (and so in `baseline.json`) row by row.
 * Image paths are read relative to the folder of the reference file. `checkDrift` embeds the
 * current data with the same models and tests each column (`checkReferenceEmbeddings`).
 *
 * @example
 * const baseline = await embedReferenceColumns(buildBaseline(table, { name: "reviews", version: "v1", text: ["review"] }));
 * baseline.info.embeddings?.[0].dimension // 128
 * @throws {UsageError} when a model cannot be found offline; {DataError} for a column without values or an unreadable image
 */
export async function embedReferenceColumns(baseline: Baseline, options: EmbedReferenceOptions = {}): Promise<Baseline> {
  const { info, sample } = baseline;
  const columns: [string, ModelKind][] = [...(info.roles.text ?? []).map((c) => [c, "text"] as [string, ModelKind]), ...(info.roles.image ?? []).map((c) => [c, "image"] as [string, ModelKind])];
  if (columns.length === 0) return baseline;
  if (sample === null) throw new UsageError(`baseline '${info.name}/${info.version}' was loaded without its reference sample; load it with { sample: true } to embed its text and image columns.`);
  const seed = options.seed ?? info.sample.seed;
  const references: EmbeddingReference[] = [];
  for (const [column, kind] of columns) {
    const values = cellsOf(sample, column);
    if (values.length < 2) throw new DataError(`column '${column}' has ${values.length} non-empty ${kind === "text" ? "texts" : "image paths"} in the reference (${info.source}); embedding drift needs at least 2.`);
    const picked = values.length > EMBEDDING_REFERENCE_CAP ? Array.from(uniformRowSample(values.length, EMBEDDING_REFERENCE_CAP, seed), (i) => values[i]) : values;
    const inputs = kind === "image" ? picked.map((path) => resolve(info.source === "memory" ? "." : dirname(info.source), path)) : picked;
    const { model, side, maxLength, inputSize } = await embedWith(kind, kind === "text" ? options.textModel : options.imageModel, options, inputs);
    const matrix = expandEmbeddings(side.distinct);
    references.push({
      column,
      kind,
      model: { id: model.id, source: model.source, dimension: matrix.dimension, ...(maxLength ? { maxLength } : {}), ...(inputSize ? { inputSize } : {}), ...(model.source === "directory" ? { location: model.location } : {}) },
      rows: matrix.rows,
      dimension: matrix.dimension,
      available: values.length,
      seed,
      data: encodeEmbeddings(matrix),
    });
  }
  return { ...baseline, info: { ...info, embeddings: references } };
}

/** The non-empty cells of a column as strings. */
export function cellsOf(table: Table, column: string): string[] {
  const found = table.columns.find((c) => c.name === column);
  if (!found) return [];
  return columnStrings(found).filter((cell): cell is string => cell !== null && cell.trim() !== "");
}

/**
 * Embeds inputs with a freshly loaded model of `kind` (disposed afterwards), each distinct input
 * once (`embedDistinct`; above `maxDistinct` a seeded sample of them).
 */
export async function embedWith(
  kind: ModelKind,
  model: string | undefined,
  options: EmbeddingModelsOptions & { readonly maxDistinct?: number; readonly seed?: number },
  inputs: readonly string[],
): Promise<{ model: ResolvedModel; side: EmbeddedSide<EmbeddingMatrix & { truncated?: number }>; maxLength?: number; inputSize?: string }> {
  const settings = { model, allowRemote: options.allowRemote, cacheDir: options.cacheDir, threads: options.threads, batchSize: options.batchSize };
  const distinct = { maxDistinct: options.maxDistinct, seed: options.seed };
  if (kind === "text") {
    const embedder = await textEmbedder(settings);
    try {
      const [side] = await embedDistinct([inputs], (texts, onProgress) => embedder.embed(texts, onProgress), distinct);
      return { model: embedder.model, side, maxLength: embedder.maxLength };
    } finally {
      await embedder.dispose();
    }
  }
  const embedder = await imageEmbedder(settings);
  try {
    const [side] = await embedDistinct([inputs], (images, onProgress) => embedder.embed(images, onProgress), distinct);
    const inputSize = side.embedded.inputSize;
    return { model: embedder.model, side, ...(inputSize ? { inputSize } : {}) };
  } finally {
    await embedder.dispose();
  }
}
