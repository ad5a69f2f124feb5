import { DRIFT_REPORT_SCHEMA_VERSION } from "../drift/driftReport";
import { DataError } from "../errors";
import type { EmbedDistinctOptions } from "./embedDistinct";
import { embedDistinct } from "./embedDistinct";
import type { EmbedProgress } from "./embedProgress";
import { embeddingColumnResult } from "./embeddingColumnResult";
import type { EmbeddingDriftOptions } from "./embeddingDrift";
import { embeddingDrift } from "./embeddingDrift";
import type { ImageDriftReport } from "./embeddingDriftReport";
import { embeddingMessages } from "./embeddingMessages";
import type { ImageEmbedder, ImageEmbedderOptions } from "./imageEmbedder";
import { imageEmbedder } from "./imageEmbedder";
import type { ImageInput } from "../data/imagePixels";
import { DEFAULT_SEED } from "../stats/random";
import { datasetDrift } from "../drift/datasetDrift";

export interface CheckImageDriftOptions extends EmbeddingDriftOptions, Omit<ImageEmbedderOptions, "onProgress">, Pick<EmbedDistinctOptions<ImageInput>, "maxDistinct"> {
  /** An embedder already loaded (reused, not disposed here); wins over `model`. */
  readonly embedder?: ImageEmbedder;
  /** The column's name in the report. Default "image". */
  readonly column?: string;
  readonly referenceSource?: string;
  readonly currentSource?: string;
  /** Called after each batch, counting the distinct images embedded, reference then current. */
  readonly onProgress?: (progress: EmbedProgress) => void;
}

/**
 * Image drift between two sets of images (PNG/JPEG files or raw pixel arrays): embeds both with
 * a CNN (offline; the bundled `image-tiny-cnn` by default, or `ppocr-mobilenetv3-cls`, or a
 * ResNet folder) and tests the pooled features (`embeddingDrift`, default MMD with a permutation
 * p-value). Images of mixed sizes are resized by the model's preprocessor (a warning lists them).
 * Each distinct image (the same path, or the same pixel object) is embedded once and weighted by
 * its count in the test; above `maxDistinct` (5,000) distinct images a side, a seeded sample of
 * them is embedded and the report says so (`embeddings.inputs`, a warning).
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
    const sideNames = ["reference", "current"] as const;
    const [referenceSide, currentSide] = await embedDistinct([reference, current], (images, onProgress, side) => embedder.embed(images, onProgress, sideNames[side]), {
      maxDistinct: options.maxDistinct,
      seed: options.seed,
      onProgress: options.onProgress,
    });
    for (const [side, { embedded, inputs }] of [["reference", referenceSide], ["current", currentSide]] as const) {
      if (embedded.sizes.length > 1) warnings.push(embeddingMessages.mixedImageSizes(side, embedded.sizes, embedded.inputSize ?? "the model's input size"));
      if (inputs.embedded < inputs.distinct) warnings.push(embeddingMessages.distinctSampled(side, "image", inputs));
    }
    const result = embeddingDrift(referenceSide.distinct, currentSide.distinct, options, `model '${embedder.model.id}'`);
    const inputSize = referenceSide.embedded.inputSize;
    const embeddings = {
      column,
      model: { id: embedder.model.id, source: embedder.model.source, dimension: embedder.dimension, ...(inputSize ? { inputSize } : {}) },
      ...result,
      inputs: { reference: referenceSide.inputs, current: currentSide.inputs },
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
      dataset: datasetDrift([result], 0.5),
      columns: [primary],
      skipped: [],
      settings: { driftShare: 0.5, correction: "none", seed: options.seed ?? DEFAULT_SEED, method: result.method, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) },
      warnings,
      durationMs: performance.now() - started,
      embeddings,
    };
  } finally {
    if (!options.embedder) await embedder.dispose();
  }
}
