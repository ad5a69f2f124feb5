import { UsageError } from "../errors";
import type { EmbedderSettings, EmbedProgress } from "./embedProgress";
import { embeddingMessages } from "./embeddingMessages";
import type { EmbeddingMatrix } from "./embeddingMatrix";
import { loadModel } from "./loadModel";
import type { ModelOptions, ResolvedModel } from "./resolveModel";

export interface TextEmbedderOptions extends ModelOptions, EmbedderSettings {
  /** Tokens per text (longer ones are truncated and counted). Default: the model's maximum length. */
  readonly maxLength?: number;
}

/** Text embeddings, plus how many texts were cut at the model's maximum length. */
export interface TextEmbeddings extends EmbeddingMatrix {
  readonly truncated: number;
}

export interface TextEmbedder {
  readonly model: ResolvedModel;
  readonly dimension: number;
  /** Maximum tokens per text, [CLS] and [SEP] included. */
  readonly maxLength: number;
  /** Embeds texts in batches: mean of the last hidden states over the real tokens, scaled to unit length. */
  embed(texts: readonly string[], onProgress?: (progress: EmbedProgress) => void): Promise<TextEmbeddings>;
  /** Frees the model's onnxruntime session; the embedder cannot be used afterwards. */
  dispose(): Promise<void>;
}

interface Tokenized {
  input_ids: { dims: number[] };
  attention_mask: { data: BigInt64Array; dims: number[] };
}

/**
 * Loads a BERT-family encoder (feature extraction) offline and returns an embedder: mean pooling
 * over the attention mask, then L2 normalisation — the sentence-transformers recipe of
 * `all-MiniLM-L6-v2`. Texts are batched by length (less padding), results come back in input order.
 *
 * @example
 * const embedder = await textEmbedder({ model: "text-tiny-bert" });
 * const { rows, dimension } = await embedder.embed(["a short text", "another one"]); // 2, 64
 * await embedder.dispose();
 * @throws {UsageError} when the model cannot be found or loaded (see `resolveModel`), or an option is invalid
 */
export async function textEmbedder(options: TextEmbedderOptions = {}): Promise<TextEmbedder> {
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(embeddingMessages.optionInvalid("batchSize", batchSize, "a whole number ≥ 1"));
  const loaded = await loadModel(options, "text");
  const { model: resolved, network } = loaded;
  const tokenizer = loaded.tokenizer as NonNullable<typeof loaded.tokenizer>;
  const config = network.config as unknown as { hidden_size?: number; max_position_embeddings?: number };
  const modelMax = Math.min(Number(tokenizer?.model_max_length) || Infinity, config.max_position_embeddings ?? Infinity, 100_000);
  const maxLength = options.maxLength ?? (Number.isFinite(modelMax) ? modelMax : 512);
  if (!Number.isInteger(maxLength) || maxLength < 3) throw new UsageError(embeddingMessages.optionInvalid("maxLength", maxLength, "a whole number of tokens ≥ 3"));
  let dimension = config.hidden_size ?? 0;
  let disposed = false;

  const embed = async (texts: readonly string[], onProgress = options.onProgress): Promise<TextEmbeddings> => {
    if (disposed) throw new UsageError(`the text embedder for '${resolved.id}' was disposed; create a new one with textEmbedder().`);
    const order = Array.from(texts.keys()).sort((a, b) => texts[a].length - texts[b].length);
    const chunks: Float32Array[] = new Array(texts.length);
    let truncated = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      const indices = order.slice(start, start + batchSize);
      const batch = indices.map((i) => texts[i]);
      for (const text of batch) {
        // A token covers at least one character, so only texts longer than the limit can be cut.
        if (text.length > maxLength - 2 && tokenizer.encode(text).length > maxLength) truncated++;
      }
      const inputs = tokenizer(batch, { padding: true, truncation: true, max_length: maxLength }) as unknown as Tokenized;
      const output = (await network(inputs)) as { last_hidden_state: { data: Float32Array; dims: number[] }; dispose?: () => void };
      const hidden = output.last_hidden_state;
      const [rows, length, width] = hidden.dims;
      dimension = width;
      const mask = inputs.attention_mask.data;
      for (let r = 0; r < rows; r++) {
        const vector = new Float64Array(width);
        let count = 0;
        for (let t = 0; t < length; t++) {
          if (mask[r * length + t] === 0n) continue;
          count++;
          const offset = (r * length + t) * width;
          for (let k = 0; k < width; k++) vector[k] += hidden.data[offset + k];
        }
        let norm = 0;
        for (let k = 0; k < width; k++) norm += vector[k] * vector[k];
        // The mean's direction is the sum's: dividing by the count first would cancel out.
        const scale = count === 0 ? 0 : 1 / Math.max(Math.sqrt(norm), 1e-12);
        chunks[indices[r]] = Float32Array.from(vector, (value) => value * scale);
      }
      onProgress?.({ done: Math.min(start + batchSize, texts.length), total: texts.length });
    }
    const data = new Float32Array(texts.length * dimension);
    chunks.forEach((row, i) => data.set(row, i * dimension));
    return { rows: texts.length, dimension, data, truncated };
  };

  return {
    model: resolved,
    get dimension() {
      return dimension;
    },
    maxLength,
    embed,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await network.dispose();
    },
  };
}
