import { DataError, UsageError } from "../errors";
import { createRandom } from "../stats/random";
import type { DistinctEmbeddings } from "./distinctEmbeddings";
import { embeddingMessages } from "./embeddingMessages";
import type { EmbeddingMatrix } from "./embeddingMatrix";
import type { EmbeddingMethodName } from "./embeddingDriftMethods";
import { EMBEDDING_METHODS, EMBEDDING_METHOD_NAMES, defaultEmbeddingMethod, defaultKsComponents } from "./embeddingDriftMethods";
import type { MeanDistanceMetric } from "./meanEmbeddingDistance";
import { fitPca, projectPca } from "./pca";
import { DEFAULT_SEED } from "../stats/random";
import type { RepeatedRows } from "./repeatedRows";
import { rowCounts } from "./repeatedRows";

export interface EmbeddingDriftOptions {
  /** `mmd` (default), `model`, `distance`, `ratio` or `ks` (see `EMBEDDING_METHODS`). */
  readonly method?: EmbeddingMethodName;
  /** The method's threshold (default: its own — 0.05 for p-values, 0.55 AUC, 0.2 distance and share). */
  readonly threshold?: number;
  /** Reduce to this many PCA components (fitted on the reference) before testing. Default: none; `ks` uses min(32, dimension, reference rows − 1). */
  readonly pca?: number;
  /** Permutations of the `mmd` p-value. Default 100. */
  readonly permutations?: number;
  /** Metric of the `distance` method. Default "euclidean". */
  readonly distance?: MeanDistanceMetric;
  /** Per-component threshold of the `ratio` method (normed Wasserstein). Default 0.1. */
  readonly componentThreshold?: number;
  /** Seed of permutations, splits and the projection sample. Default 0. */
  readonly seed?: number;
  /** Points per side in the 2-D projection. Default 200. */
  readonly projectionSample?: number;
}

/** A 2-D PCA projection (fitted on the reference) of a seeded sample of each side, for plotting. */
export interface EmbeddingProjection {
  readonly method: "pca";
  readonly explainedVarianceRatio: readonly [number, number];
  readonly reference: readonly (readonly [number, number])[];
  readonly current: readonly (readonly [number, number])[];
}

/** The embedding drift verdict: which method, its score against its threshold, and a projection to plot. */
export interface EmbeddingDriftResult {
  readonly method: EmbeddingMethodName;
  readonly methodTitle: string;
  readonly methodKind: "pvalue" | "distance";
  readonly score: number;
  readonly threshold: number;
  readonly drifted: boolean;
  readonly pValue?: number;
  readonly statistic?: number;
  /** Dimension of the embeddings as given. */
  readonly dimension: number;
  /** PCA components tested, or null when the method ran on the embeddings themselves. */
  readonly pcaComponents: number | null;
  readonly referenceRows: number;
  readonly currentRows: number;
  readonly details: Readonly<Record<string, number | string | boolean>>;
  readonly projection: EmbeddingProjection;
}

/**
 * Tests two sets of embeddings for drift with one method (default `mmd`), after an optional PCA
 * fitted on the reference, and adds a 2-D projection of a sample of each side for plotting.
 *
 * Each side is the embedding of every row (`EmbeddingMatrix`) or of the distinct inputs with the
 * distinct input of every row (`DistinctEmbeddings`): then each distinct embedding is tested
 * once and weighted by its count, and the result is the one of the expanded rows (the same
 * seeded samples, splits and permutations; sums in another order, so scores agree to rounding).
 *
 * @example
 * const result = embeddingDrift(referenceEmbeddings, currentEmbeddings, { method: "mmd", seed: 1 });
 * result.drifted // true when p < 0.05
 * @throws {DataError} when the dimensions differ, a side has fewer than 2 rows, or a value is not finite
 * @throws {UsageError} for an unknown method or a bad option
 */
export function embeddingDrift(
  referenceInput: EmbeddingMatrix | DistinctEmbeddings,
  currentInput: EmbeddingMatrix | DistinctEmbeddings,
  options: EmbeddingDriftOptions = {},
  where = "reference vs current",
): EmbeddingDriftResult {
  const methodName = options.method ?? defaultEmbeddingMethod();
  const method = EMBEDDING_METHODS[methodName];
  if (!method) throw new UsageError(embeddingMessages.methodUnknown(String(methodName), EMBEDDING_METHOD_NAMES));
  const reference = sideOf(referenceInput, "reference");
  const current = sideOf(currentInput, "current");
  if (reference.dimension !== current.dimension) throw new DataError(embeddingMessages.dimensionMismatch(reference.dimension, current.dimension, where));
  if (reference.rows < 2) throw new DataError(embeddingMessages.tooFewRows("the reference", reference.rows));
  if (current.rows < 2) throw new DataError(embeddingMessages.tooFewRows("the current data", current.rows));
  const seed = options.seed ?? DEFAULT_SEED;
  const permutations = options.permutations ?? 100;
  if (!Number.isInteger(permutations) || permutations < 1) throw new UsageError(embeddingMessages.optionInvalid("permutations", permutations, "a whole number ≥ 1"));
  if (options.threshold !== undefined && !Number.isFinite(options.threshold)) throw new UsageError(embeddingMessages.optionInvalid("threshold", options.threshold, "a finite number"));
  const distance = options.distance ?? "euclidean";
  if (distance !== "euclidean" && distance !== "cosine") throw new UsageError(embeddingMessages.optionInvalid("distance", distance, '"euclidean" or "cosine"'));
  const dimension = reference.dimension;
  const x: RepeatedRows = { values: finiteCopy(reference, "reference"), rows: reference.rows, rowOf: reference.rowOf };
  const y: RepeatedRows = { values: finiteCopy(current, "current"), rows: current.rows, rowOf: current.rowOf };
  const referenceWeights = x.rowOf === null ? undefined : rowCounts(x, dimension);

  const components = options.pca ?? (methodName === "ks" ? defaultKsComponents(dimension, reference.rows) : undefined);
  let tested = { x, y, dimension };
  if (components !== undefined) {
    const limit = Math.min(dimension, Math.max(reference.rows - 1, 1));
    if (!Number.isInteger(components) || components < 1 || components > limit) throw new UsageError(embeddingMessages.pcaInvalid(components, limit));
    const pca = fitPca(x.values, reference.distinct, dimension, components, referenceWeights);
    tested = {
      x: { ...x, values: projectPca(pca, x.values, reference.distinct) },
      y: { ...y, values: projectPca(pca, y.values, current.distinct) },
      dimension: components,
    };
  }
  const outcome = method.run(tested.x, tested.y, tested.dimension, {
    seed,
    permutations,
    distance,
    componentThreshold: options.componentThreshold ?? 0.1,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
  return {
    method: methodName,
    methodTitle: method.title,
    methodKind: method.kind,
    score: outcome.score,
    threshold: outcome.threshold,
    drifted: outcome.drifted,
    ...(outcome.pValue === undefined ? {} : { pValue: outcome.pValue }),
    ...(outcome.statistic === undefined ? {} : { statistic: outcome.statistic }),
    dimension,
    pcaComponents: components ?? null,
    referenceRows: reference.rows,
    currentRows: current.rows,
    details: outcome.details,
    projection: projection(x, reference.distinct, referenceWeights, y, dimension, options.projectionSample ?? 200, seed),
  };
}

/** One side as the methods take it: the distinct rows, how many rows hold them (`rowOf` null when each row is its own), and the row count. */
interface Side extends EmbeddingMatrix {
  /** Rows of `data` (distinct embeddings). */
  readonly distinct: number;
  readonly rowOf: Int32Array | null;
}

function sideOf(input: EmbeddingMatrix | DistinctEmbeddings, side: string): Side {
  if (!("rowOf" in input)) return { ...input, distinct: input.rows, rowOf: null };
  const { embeddings, rowOf } = input;
  let identity = rowOf.length === embeddings.rows;
  for (let row = 0; row < rowOf.length; row++) {
    const at = rowOf[row];
    if (!(at >= 0 && at < embeddings.rows)) throw new DataError(embeddingMessages.distinctRowInvalid(side, row, at, embeddings.rows));
    if (at !== row) identity = false;
  }
  return { rows: rowOf.length, dimension: embeddings.dimension, data: embeddings.data, distinct: embeddings.rows, rowOf: identity ? null : rowOf };
}

function finiteCopy(side: Side, name: string): Float64Array {
  const values = Float64Array.from(side.data);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      const at = Math.floor(i / side.dimension);
      throw new DataError(embeddingMessages.nonFiniteEmbedding(name, side.rowOf === null ? at : side.rowOf.indexOf(at)));
    }
  }
  return values;
}

function projection(x: RepeatedRows, distinct: number, weights: Float64Array | undefined, y: RepeatedRows, dimension: number, sample: number, seed: number): EmbeddingProjection {
  const axes = Math.min(2, dimension);
  const pca = fitPca(x.values, distinct, dimension, axes, weights);
  const random = createRandom(seed + 1);
  const points = ({ values, rows, rowOf }: RepeatedRows): [number, number][] => {
    const picked = sampleRows(rows, sample, random);
    const subset = new Float64Array(picked.length * dimension);
    picked.forEach((row, k) => {
      const at = rowOf === null ? row : rowOf[row];
      subset.set(values.subarray(at * dimension, (at + 1) * dimension), k * dimension);
    });
    const projected = projectPca(pca, subset, picked.length);
    return picked.map((_, k) => [round(projected[k * axes]), axes > 1 ? round(projected[k * axes + 1]) : 0]);
  };
  const ratio = pca.explainedVarianceRatio;
  return { method: "pca", explainedVarianceRatio: [round(ratio[0] ?? 0), round(ratio[1] ?? 0)], reference: points(x), current: points(y) };
}

/** Up to `count` distinct rows in ascending order, uniformly at random (partial Fisher–Yates). */
function sampleRows(rows: number, count: number, random: ReturnType<typeof createRandom>): number[] {
  if (rows <= count) return Array.from({ length: rows }, (_, i) => i);
  const pool = Array.from({ length: rows }, (_, i) => i);
  for (let t = 0; t < count; t++) {
    const pick = t + random.int(rows - t);
    [pool[t], pool[pick]] = [pool[pick], pool[t]];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}

/** Six significant digits keep the projection small in JSON and plenty for a scatter plot. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}
