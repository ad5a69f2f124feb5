import { UsageError } from "../errors";
import { uniformRowSample } from "../stats/uniformRowSample";
import type { DistinctEmbeddings } from "./distinctEmbeddings";
import { distinctInputs } from "./distinctInputs";
import type { EmbedProgress } from "./embedProgress";
import type { EmbeddingMatrix } from "./embeddingMatrix";
import { embeddingMessages } from "./embeddingMessages";
import { DEFAULT_SEED } from "../stats/random";

/** Distinct inputs embedded per side by default; beyond it, a seeded sample of this many. */
export const DISTINCT_INPUT_CAP = 5000;

/** What was embedded of one side's inputs. */
export interface EmbeddedInputs {
  /** Inputs (rows) given. */
  readonly rows: number;
  /** Distinct inputs among them. */
  readonly distinct: number;
  /** Distinct inputs embedded: all, or a seeded sample of the cap when there are more. */
  readonly embedded: number;
  /** Rows whose input was embedded — the rows tested. */
  readonly rowsTested: number;
}

/** One side embedded once per distinct input. */
export interface EmbeddedSide<E extends EmbeddingMatrix> {
  /** The embedder's result for the distinct inputs embedded (one row each). */
  readonly embedded: E;
  /** Those embeddings and the distinct input of every row tested. */
  readonly distinct: DistinctEmbeddings;
  readonly inputs: EmbeddedInputs;
}

export interface EmbedDistinctOptions<T> {
  /** Distinct inputs embedded per side; beyond it a seeded sample of this many. Default `DISTINCT_INPUT_CAP` (5,000). */
  readonly maxDistinct?: number;
  /** Seed of the sample beyond the cap (the current side uses seed + 1). Default 0. */
  readonly seed?: number;
  /** What makes two inputs the same. Default: the input itself (strings by content, objects by identity). */
  readonly key?: (input: T) => unknown;
  /** Distinct inputs embedded so far over all sides, after each batch. */
  readonly onProgress?: (progress: EmbedProgress) => void;
}

/**
 * Embeds each side's distinct inputs once (`distinctInputs`), side after side, and returns for
 * each side the embeddings with the distinct input of every row — what `embeddingDrift` weights
 * by count, so the test is the one of every row embedded. A side with more distinct inputs than
 * `maxDistinct` has a seeded uniform sample of that many embedded, and only the rows holding them
 * tested (every row is kept with the same probability).
 *
 * @example
 * const [reference, current] = await embedDistinct([trainTexts, todaysTexts], (texts, onProgress) => embedder.embed(texts, onProgress));
 * embeddingDrift(reference.distinct, current.distinct).pValue
 * @throws {UsageError} when `maxDistinct` is not a whole number ≥ 2
 */
export async function embedDistinct<T, E extends EmbeddingMatrix>(
  sides: readonly (readonly T[])[],
  embed: (inputs: T[], onProgress: (progress: EmbedProgress) => void, side: number) => Promise<E>,
  options: EmbedDistinctOptions<T> = {},
): Promise<EmbeddedSide<E>[]> {
  const cap = options.maxDistinct ?? DISTINCT_INPUT_CAP;
  if (!Number.isInteger(cap) || cap < 2) throw new UsageError(embeddingMessages.optionInvalid("maxDistinct", cap, "a whole number ≥ 2"));
  const seed = options.seed ?? DEFAULT_SEED;
  const chosen = sides.map((inputs, side) => cappedDistinct(inputs, cap, seed + side, options.key));
  const total = chosen.reduce((sum, side) => sum + side.values.length, 0);
  const results: EmbeddedSide<E>[] = [];
  let before = 0;
  for (const [side, { values, rowOf, inputs }] of chosen.entries()) {
    const offset = before;
    const embedded = await embed(values, (p) => options.onProgress?.({ done: offset + p.done, total }), side);
    before += values.length;
    results.push({ embedded, distinct: { embeddings: embedded, rowOf }, inputs });
  }
  return results;
}

/** A side's distinct inputs, the cap's seeded sample of them when there are more, and the rows that hold the ones kept. */
function cappedDistinct<T>(inputs: readonly T[], cap: number, seed: number, key?: (input: T) => unknown): { values: T[]; rowOf: Int32Array; inputs: EmbeddedInputs } {
  const all = distinctInputs(inputs, key);
  const distinct = all.values.length;
  if (distinct <= cap) return { values: all.values, rowOf: all.rowOf, inputs: { rows: inputs.length, distinct, embedded: distinct, rowsTested: inputs.length } };
  const picked = uniformRowSample(distinct, cap, seed);
  const newIndex = new Int32Array(distinct).fill(-1);
  picked.forEach((at, k) => (newIndex[at] = k));
  let kept = 0;
  for (const at of all.rowOf) if (newIndex[at] >= 0) kept++;
  const rowOf = new Int32Array(kept);
  let row = 0;
  for (const at of all.rowOf) if (newIndex[at] >= 0) rowOf[row++] = newIndex[at];
  return { values: Array.from(picked, (at) => all.values[at]), rowOf, inputs: { rows: inputs.length, distinct, embedded: cap, rowsTested: kept } };
}
