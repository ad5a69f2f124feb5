import { DataError, UsageError } from "../errors";
import type { EmbedderSettings, EmbedProgress } from "./embedProgress";
import { embeddingMessages } from "./embeddingMessages";
import type { EmbeddingMatrix } from "./embeddingMatrix";
import type { ImageInput } from "../data/imagePixels";
import { loadModel } from "./loadModel";
import { readImageInput } from "./readImageInput";
import type { ModelOptions, ResolvedModel } from "./resolveModel";
import { transformersRuntime } from "./transformersRuntime";

export type ImageEmbedderOptions = ModelOptions & EmbedderSettings;

/** Image embeddings, plus the distinct input sizes seen ("W×H"), which the preprocessor resized. */
export interface ImageEmbeddings extends EmbeddingMatrix {
  readonly sizes: readonly string[];
  /** The model's input size ("W×H"), when its preprocessor resizes to a fixed size. */
  readonly inputSize?: string;
}

export interface ImageEmbedder {
  readonly model: ResolvedModel;
  /** 0 until the first batch has run. */
  readonly dimension: number;
  /** Embeds images in batches: the CNN's pooled features (`pooler_output`, else the spatial mean of a 4-D `last_hidden_state`). */
  embed(images: readonly ImageInput[], onProgress?: (progress: EmbedProgress) => void, side?: string): Promise<ImageEmbeddings>;
  /** Frees the model's onnxruntime session; the embedder cannot be used afterwards. */
  dispose(): Promise<void>;
}

interface ProcessorSettings {
  do_resize?: boolean;
  size?: { height?: number; width?: number; shortest_edge?: number };
}

interface OutputTensor {
  data: Float32Array;
  dims: number[];
}

/**
 * Loads a CNN image encoder offline and returns an embedder. Inputs are PNG/JPEG (or other
 * sharp-readable) files or raw pixel arrays; each goes through the model's own preprocessor
 * (resize, rescale, normalise), so mixed sizes are fine when it resizes (they are listed in
 * `sizes`), and an error when it does not.
 *
 * @example
 * const embedder = await imageEmbedder({ model: "image-tiny-cnn" });
 * const { rows, dimension } = await embedder.embed(["a.png", "b.jpg"]); // 2, 64
 * await embedder.dispose();
 * @throws {UsageError} when the model cannot be found or loaded; {DataError} for an unreadable file or bad pixels
 */
export async function imageEmbedder(options: ImageEmbedderOptions = {}): Promise<ImageEmbedder> {
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(embeddingMessages.optionInvalid("batchSize", batchSize, "a whole number ≥ 1"));
  const loaded = await loadModel(options, "image");
  const { model: resolved, network } = loaded;
  const processor = loaded.processor as NonNullable<typeof loaded.processor>;
  const runtime = await transformersRuntime();
  const settings = ((processor as unknown as { image_processor?: ProcessorSettings }).image_processor ?? {}) as ProcessorSettings;
  const inputSize = settings.do_resize && settings.size?.width && settings.size?.height ? `${settings.size.width}×${settings.size.height}` : undefined;
  let dimension = 0;
  let disposed = false;

  const embed = async (images: readonly ImageInput[], onProgress = options.onProgress, side = "images"): Promise<ImageEmbeddings> => {
    if (disposed) throw new UsageError(`the image embedder for '${resolved.id}' was disposed; create a new one with imageEmbedder().`);
    const sizes = new Map<string, string>();
    const rows: Float32Array[] = [];
    for (let start = 0; start < images.length; start += batchSize) {
      const batch = await Promise.all(images.slice(start, start + batchSize).map((input, k) => readImageInput(runtime, input, side, start + k)));
      batch.forEach((image, k) => {
        const size = `${image.width}×${image.height}`;
        if (!sizes.has(size)) sizes.set(size, describe(images[start + k], start + k));
      });
      if (sizes.size > 1 && settings.do_resize === false) {
        const [first, second] = [...sizes.entries()];
        throw new DataError(embeddingMessages.mixedSizesWithoutResize(resolved.id, `${first[0]} for ${first[1]}`, `${second[0]} for ${second[1]}`));
      }
      const { pixel_values } = (await processor(batch)) as { pixel_values: unknown };
      const outputs = (await network({ pixel_values })) as Record<string, OutputTensor>;
      const pooled = pooledFeatures(outputs, resolved.id);
      const [count, width] = [pooled.dims[0], pooled.data.length / pooled.dims[0]];
      dimension = width;
      for (let r = 0; r < count; r++) rows.push(pooled.data.slice(r * width, (r + 1) * width));
      onProgress?.({ done: Math.min(start + batchSize, images.length), total: images.length });
    }
    const data = new Float32Array(rows.length * dimension);
    rows.forEach((row, i) => data.set(row, i * dimension));
    return { rows: rows.length, dimension, data, sizes: [...sizes.keys()], ...(inputSize ? { inputSize } : {}) };
  };

  return {
    model: resolved,
    get dimension() {
      return dimension;
    },
    embed,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await network.dispose();
    },
  };
}

function describe(input: ImageInput, index: number): string {
  return typeof input === "string" ? `'${input}'` : `image ${index}`;
}

/** `pooler_output` flattened to [batch, features], else the mean over h × w of a [batch, C, h, w] map. */
function pooledFeatures(outputs: Record<string, OutputTensor>, id: string): OutputTensor {
  const pooler = outputs.pooler_output;
  if (pooler) return { data: pooler.data, dims: [pooler.dims[0], pooler.data.length / pooler.dims[0]] };
  const map = outputs.last_hidden_state;
  if (!map || map.dims.length !== 4) throw new UsageError(embeddingMessages.imageModelWithoutPooling(id, Object.keys(outputs)));
  const [batch, channels, h, w] = map.dims;
  const data = new Float32Array(batch * channels);
  for (let i = 0; i < batch * channels; i++) {
    let sum = 0;
    for (let k = 0; k < h * w; k++) sum += map.data[i * h * w + k];
    data[i] = sum / (h * w);
  }
  return { data, dims: [batch, channels] };
}
