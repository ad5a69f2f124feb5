import { columnMeans } from "./columnMeans";
import { componentDriftShare } from "./componentDriftShare";
import { componentKs } from "./componentKs";
import { denseRows } from "./featureRows";
import { domainClassifier } from "./domainClassifier";
import type { MeanDistanceMetric } from "./meanEmbeddingDistance";
import { meanEmbeddingDistance } from "./meanEmbeddingDistance";
import { randomAucPercentile } from "./randomAucPercentile";
import { DEFAULT_SEVERITY_BANDS } from "../drift/severityBands";
import type { RbfMmdResult } from "./rbfMmd";
import { rbfMmdTest } from "./rbfMmd";
import { repeatedRbfMmdTest } from "./repeatedRbfMmd";
import type { RepeatedRows } from "./repeatedRows";
import { rowCounts, sampleRepeatedRows } from "./repeatedRows";

export type EmbeddingMethodName = "mmd" | "model" | "distance" | "ratio" | "ks";

/** Settings a method may read; each documents its default in `EmbeddingDriftOptions`. */
export interface EmbeddingMethodSettings {
  readonly seed: number;
  readonly permutations: number;
  readonly distance: MeanDistanceMetric;
  readonly componentThreshold: number;
  /** The caller's threshold, when given. */
  readonly threshold?: number;
}

export interface EmbeddingMethodOutcome {
  readonly score: number;
  readonly threshold: number;
  readonly drifted: boolean;
  readonly pValue?: number;
  readonly statistic?: number;
  /** Method-specific numbers (σ, permutations, AUC threshold rule, components drifted, ...). */
  readonly details: Readonly<Record<string, number | string | boolean>>;
}

export interface EmbeddingMethod {
  readonly name: EmbeddingMethodName;
  readonly title: string;
  /** "pvalue": drift when the score is below the threshold; "distance": when above. */
  readonly kind: "pvalue" | "distance";
  readonly defaultThreshold: number;
  /** Tests the rows; repeated rows (`rowOf`) count once per row, so the outcome is that of the expanded rows. */
  run(reference: RepeatedRows, current: RepeatedRows, dimension: number, settings: EmbeddingMethodSettings): EmbeddingMethodOutcome;
}

/**
 * Rows per side that `mmd` tests; beyond it, a seeded uniform sample of this many (the kernel
 * matrix grows with the square of the rows: 2 × 2,000 rows take 64 MB and about 1 s at d = 384).
 */
export const MMD_MAX_ROWS = 2000;

/** References smaller than this get the bootstrap threshold for `model` (Evidently's rule). */
const SMALL_REFERENCE = 1000;

/**
 * The embedding drift methods, named as in Evidently (`model`, `distance`, `ratio`, `mmd`) and
 * alibi-detect (`ks` over components with Bonferroni). The default method is `mmd`
 * (`defaultEmbeddingMethod`): it is a proper test with a p-value whose false-alarm rate is
 * controlled at any sample size.
 *
 * - `mmd`: RBF-kernel MMD², median-heuristic bandwidth, permutation p-value (`rbfMmd`; on repeated
 *   rows `repeatedRbfMmd`); drift when p < 0.05. At most `MMD_MAX_ROWS` (2,000) rows per side, a seeded sample beyond.
 * - `model`: domain-classifier ROC AUC (`domainClassifier`); drift when AUC > 0.55, or, for
 *   references under 1,000 rows, when it is above the 95th percentile of random classifiers' AUCs.
 *
 * Every method takes rows that repeat (a text or image embedded once for all the rows holding
 * it) and weights each distinct row by its count: the outcome is the one of the expanded rows.
 * - `distance`: Euclidean (or cosine) distance between the mean embeddings; drift when > 0.2.
 * - `ratio`: share of components with normed Wasserstein ≥ 0.1 (`componentDriftShare`); drift when > 0.2.
 * - `ks`: KS p-value per component, Bonferroni-adjusted minimum (`componentKs`); drift when < 0.05.
 */
export const EMBEDDING_METHODS: Readonly<Record<EmbeddingMethodName, EmbeddingMethod>> = {
  mmd: {
    name: "mmd",
    title: "MMD (RBF kernel, permutation test)",
    kind: "pvalue",
    defaultThreshold: 0.05,
    run(reference, current, dimension, settings) {
      const threshold = settings.threshold ?? 0.05;
      const x = sampleRepeatedRows(reference, dimension, MMD_MAX_ROWS, settings.seed);
      const y = sampleRepeatedRows(current, dimension, MMD_MAX_ROWS, settings.seed + 1);
      // The kernel once; resolvedPValue may run a second set of relabelings on it.
      const test = x.rowOf === null && y.rowOf === null ? rbfMmdTest(x.values, y.values, dimension) : repeatedRbfMmdTest(x, y, dimension);
      const result = resolvedPValue(test, settings.permutations, settings.seed, threshold);
      const sampled = x.rows < reference.rows || y.rows < current.rows;
      return {
        score: result.pValue,
        threshold,
        drifted: result.pValue < threshold,
        pValue: result.pValue,
        statistic: result.statistic,
        details: { sigma: result.sigma, permutations: result.permutations, ...(sampled ? { rowsTested: `${x.rows} reference, ${y.rows} current (seeded sample)` } : {}) },
      };
    },
  },
  model: {
    name: "model",
    title: "Domain classifier ROC AUC",
    kind: "distance",
    defaultThreshold: 0.55,
    run(reference, current, dimension, settings) {
      const referenceRows = reference.rows;
      const pooled = new Float64Array(reference.values.length + current.values.length);
      pooled.set(reference.values);
      pooled.set(current.values, reference.values.length);
      const repeated = reference.rowOf !== null || current.rowOf !== null;
      let weights: Float64Array | undefined;
      if (repeated) {
        weights = new Float64Array(pooled.length / dimension);
        weights.set(rowCounts(reference, dimension));
        weights.set(rowCounts(current, dimension), reference.values.length / dimension);
      }
      const features = denseRows(standardised(pooled, dimension, weights), dimension);
      const { auc, testLabels } = domainClassifier(features, referenceRows, settings.seed, { rowOf: repeated ? pooledRowOf(reference, current, dimension) : undefined });
      const bootstrap = settings.threshold === undefined && referenceRows < SMALL_REFERENCE;
      const threshold = settings.threshold ?? (bootstrap ? randomAucPercentile(testLabels, settings.seed) : 0.55);
      return {
        score: auc,
        threshold,
        drifted: auc > threshold,
        statistic: auc,
        details: { thresholdRule: bootstrap ? "95th percentile of random classifiers' AUC (reference < 1,000 rows)" : "fixed" },
      };
    },
  },
  distance: {
    name: "distance",
    title: "Distance between mean embeddings",
    kind: "distance",
    defaultThreshold: 0.2,
    run(reference, current, dimension, settings) {
      const threshold = settings.threshold ?? 0.2;
      const weights = (rows: RepeatedRows) => (rows.rowOf === null ? undefined : rowCounts(rows, dimension));
      const score = meanEmbeddingDistance(reference.values, current.values, dimension, settings.distance, weights(reference), weights(current));
      return { score, threshold, drifted: score > threshold, statistic: score, details: { metric: settings.distance } };
    },
  },
  ratio: {
    name: "ratio",
    title: "Share of drifted components (normed Wasserstein)",
    kind: "distance",
    defaultThreshold: 0.2,
    run(reference, current, dimension, settings) {
      const threshold = settings.threshold ?? 0.2;
      const result = componentDriftShare(reference, current, dimension, settings.componentThreshold);
      return {
        score: result.share,
        threshold,
        drifted: result.share > threshold,
        statistic: result.share,
        details: { driftedComponents: result.driftedComponents, componentThreshold: settings.componentThreshold },
      };
    },
  },
  ks: {
    name: "ks",
    title: "KS per component, Bonferroni",
    kind: "pvalue",
    defaultThreshold: 0.05,
    run(reference, current, dimension, settings) {
      const threshold = settings.threshold ?? 0.05;
      const result = componentKs(reference, current, dimension);
      const raw = result.pValues.reduce((low, p) => Math.min(low, p), 1);
      return {
        score: result.pValue,
        threshold,
        drifted: result.pValue < threshold,
        pValue: raw,
        statistic: result.statistic,
        details: { correction: "bonferroni", components: dimension, driftedComponents: result.pValues.filter((p) => p < threshold / dimension).length },
      };
    },
  },
};

export const EMBEDDING_METHOD_NAMES = Object.keys(EMBEDDING_METHODS) as EmbeddingMethodName[];

/** The method used when none is named: `mmd`. */
export function defaultEmbeddingMethod(): EmbeddingMethodName {
  return "mmd";
}

/** Components `ks` reduces to by PCA when `pca` is not set: min(32, dimension, reference rows − 1), at least 1. */
export function defaultKsComponents(dimension: number, referenceRows: number): number {
  return Math.max(1, Math.min(32, dimension, referenceRows - 1));
}

/** The distinct row of each pooled row (reference rows, then current rows) among the pooled distinct rows. */
function pooledRowOf(reference: RepeatedRows, current: RepeatedRows, dimension: number): Int32Array {
  const offset = reference.values.length / dimension;
  const rowOf = new Int32Array(reference.rows + current.rows);
  for (let row = 0; row < reference.rows; row++) rowOf[row] = reference.rowOf === null ? row : reference.rowOf[row];
  for (let row = 0; row < current.rows; row++) rowOf[reference.rows + row] = offset + (current.rowOf === null ? row : current.rowOf[row]);
  return rowOf;
}

/** Columns scaled to mean 0, standard deviation 1 over all rows (constant columns left at 0); `weights` count a row that many times. */
function standardised(values: Float64Array, dimension: number, weights?: Float64Array): Float64Array {
  const rows = values.length / dimension;
  const means = columnMeans(values, dimension, weights);
  let total = rows;
  if (weights !== undefined) {
    total = 0;
    for (let i = 0; i < rows; i++) total += weights[i];
  }
  const out = new Float64Array(values.length);
  for (let j = 0; j < dimension; j++) {
    const mean = means[j];
    let variance = 0;
    for (let i = 0; i < rows; i++) variance += (weights === undefined ? 1 : weights[i]) * (values[i * dimension + j] - mean) ** 2;
    const std = Math.sqrt(variance / total);
    for (let i = 0; i < rows; i++) out[i * dimension + j] = std > 0 ? (values[i * dimension + j] - mean) / std : 0;
  }
  return out;
}

/**
 * A permutation test's result with a p-value precise enough for the severity bands. With B
 * relabelings the p-value cannot go below 1/(1 + B) — 0.0099 for the default 100, which reads
 * "low" against 0.05 however far apart the samples are. When the p-value is under `threshold`
 * and fewer than 10 relabelings reached the observed statistic, the test runs once more with
 * enough further relabelings (their own seed) for the total to reach threshold · 0.01 — the
 * "high" band, 2,000 in all at 0.05 — and both counts are pooled: p = (1 + a₁ + a₂) / (1 + B₁ + B₂),
 * still a valid permutation p-value. The second run reuses the first one's kernel and pays only
 * its relabelings (min(n, m)²/2 additions each); samples that agree never pay it.
 */
function resolvedPValue(test: (permutations: number, seed: number) => RbfMmdResult, permutations: number, seed: number, threshold: number): RbfMmdResult {
  const first = test(permutations, seed);
  const atLeast = Math.round(first.pValue * (1 + permutations)) - 1;
  const upTo = Math.ceil(1 / (threshold * DEFAULT_SEVERITY_BANDS.pValue.medium));
  if (first.pValue >= threshold || atLeast >= 10 || permutations >= upTo) return first;
  const more = upTo - permutations;
  const second = test(more, seed + 1);
  const moreAtLeast = Math.round(second.pValue * (1 + more)) - 1;
  return { ...first, pValue: (1 + atLeast + moreAtLeast) / (1 + permutations + more), permutations: permutations + more };
}
