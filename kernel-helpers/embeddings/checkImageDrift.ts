import { DRIFT_REPORT_SCHEMA_VERSION } from "../drift/driftReport";
import { DataError } from "../errors";
import type { EmbedProgress } from "./embedProgress";
import { embeddingColumnResult } from "./embeddingColumnResult";
import type { EmbeddingDriftOptions } from "./embeddingDrift";
import { embeddingDrift } from "./embeddingDrift";
import type { ImageDriftReport } from "./embeddingDriftReport";
import { embeddingMessages } from "./embeddingMessages";
import type { ImageEmbedder, ImageEmbedderOptions } from "./imageEmbedder";
import { imageEmbedder } from "./imageEmbedder";
import type { ImageInput } from "./imagePixels";

export interface CheckImageDriftOptions extends EmbeddingDriftOptions, Omit<ImageEmbedderOptions, "onProgress"> {
  /** An embedder already loaded (reused, not disposed here); wins over `model`. */
  readonly embedder?: ImageEmbedder;
  /** The column's name in the report. Default "image". */
  readonly column?: string;
  readonly referenceSource?: string;
  readonly currentSource?: string;
  /** Called after each batch, counting reference then current images. */
  readonly onProgress?: (progress: EmbedProgress) => void;
}

/**
 * Image drift between two sets of images (PNG/JPEG files or raw pixel arrays): embeds both with
 * a CNN (offline; the bundled `image-tiny-cnn` by default, or `ppocr-mobilenetv3-cls`, or a
 * ResNet folder) and tests the pooled features (`embeddingDrift`, default MMD with a permutation
 * p-value). Images of mixed sizes are resized by the model's preprocessor (a warning lists them).
 *
 * @example
 * const report = await checkImageDrift(["ref/1.png", "ref/2.png", ...], ["today/1.jpg", ...]);
 * report.embeddings.pValue; report.embeddings.projection.current; // points to plot
 * @throws {DataError} for an unreadable or non-image file (named), bad pixels, fewer than 2 images a side
 * @throws {UsageError} for a model that cannot be found offline, or a bad option
 */
export async function checkImageDrift(reference: readonly ImageInput[], current: readonly ImageInput[], options: CheckImageDriftOptions = {}): Promise<ImageDriftReport> {
  const started = performance.now();
  const column = options.column ?? "image";
  for (const [side, images] of [["reference", reference], ["current", current]] as const) {
    if (!Array.isArray(images)) throw new DataError(embeddingMessages.imagesNotArray(side));
    if (images.length === 0) throw new DataError(embeddingMessages.imagesEmpty(side));
    if (images.length < 2) throw new DataError(embeddingMessages.tooFewRows(`${side} images`, images.length));
  }
  const warnings: string[] = [];
  const embedder = options.embedder ?? (await imageEmbedder({ ...options, onProgress: undefined }));
  try {
    const total = reference.length + current.length;
    const referenceEmbeddings = await embedder.embed(reference, (p) => options.onProgress?.({ done: p.done, total }), "reference");
    const currentEmbeddings = await embedder.embed(current, (p) => options.onProgress?.({ done: reference.length + p.done, total }), "current");
    for (const [side, embedded] of [["reference", referenceEmbeddings], ["current", currentEmbeddings]] as const) {
      if (embedded.sizes.length > 1) warnings.push(embeddingMessages.mixedImageSizes(side, embedded.sizes, embedded.inputSize ?? "the model's input size"));
    }
    const result = embeddingDrift(referenceEmbeddings, currentEmbeddings, options, `model '${embedder.model.id}'`);
    const inputSize = referenceEmbeddings.inputSize;
    const embeddings = {
      column,
      model: { id: embedder.model.id, source: embedder.model.source, dimension: embedder.dimension, ...(inputSize ? { inputSize } : {}) },
      ...result,
    };
    const primary = {
      ...embeddingColumnResult({
        column,
        method: result.method,
        methodTitle: result.methodTitle,
        methodKind: result.methodKind,
        score: result.score,
        threshold: result.threshold,
        drifted: result.drifted,
        ...(result.pValue === undefined ? {} : { pValue: result.pValue }),
        ...(result.statistic === undefined ? {} : { statistic: result.statistic }),
        defaultMethod: options.method === undefined,
        uniqueValues: new Set([...reference, ...current].filter((image) => typeof image === "string")).size,
        referenceCount: reference.length,
        referenceMissing: 0,
        currentCount: current.length,
        currentMissing: 0,
      }),
      type: "image" as const,
    };
    return {
      schemaVersion: DRIFT_REPORT_SCHEMA_VERSION,
      kind: "compare",
      createdAt: new Date().toISOString(),
      reference: { source: options.referenceSource ?? "memory", rows: reference.length },
      current: { source: options.currentSource ?? "memory", rows: current.length },
      dataset: { drifted: result.drifted, driftScore: result.drifted ? 1 : 0, driftedColumns: result.drifted ? 1 : 0, columns: 1, driftShare: 0.5 },
      columns: [primary],
      skipped: [],
      settings: { driftShare: 0.5, correction: "none", seed: options.seed ?? 0, method: result.method, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) },
      warnings,
      durationMs: performance.now() - started,
      embeddings,
    };
  } finally {
    if (!options.embedder) await embedder.dispose();
  }
}
