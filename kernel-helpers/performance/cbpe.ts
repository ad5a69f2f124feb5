import { createRandom } from "../stats/random";
import { sortedCopy } from "../stats/sortedCopy";
import type { IsotonicFit } from "./isotonicRegression";
import type { MetricName } from "./metricNames";
import { predictIsotonic } from "./isotonicRegression";
import { DEFAULT_SEED } from "../stats/random";

/** The metrics CBPE estimates for a binary classifier. */
export type EstimatedMetricName = "accuracy" | "precision" | "recall" | "f1" | "rocAuc";

export const ESTIMATED_METRICS: readonly EstimatedMetricName[] = ["accuracy", "precision", "recall", "f1", "rocAuc"];

/** One estimated metric with its sampling-error band. */
export interface EstimatedMetric {
  /** The expected value of the metric given the calibrated probabilities; `null` when undefined (e.g. no expected positive). */
  readonly value: number | null;
  /** Standard deviation of the metric over label draws from the calibrated probabilities. */
  readonly samplingError: number | null;
  /** value ± `BAND_SIGMAS` sampling errors, clipped to [0, 1]. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * Performance estimated without labels: by CBPE for a classifier (binary: accuracy, precision,
 * recall, F1, ROC AUC; multiclass: accuracy, macro precision, recall and F1, ROC AUC), by DLE for
 * a regression model (MAE, RMSE).
 */
export interface PerformanceEstimate {
  readonly method: "CBPE" | "DLE";
  /** Rows estimated (with a prediction and, for CBPE, a probability). */
  readonly rows: number;
  readonly metrics: Readonly<Partial<Record<MetricName, EstimatedMetric>>>;
}

/** The CBPE estimate of a binary classifier: every metric of `ESTIMATED_METRICS`. */
export interface BinaryEstimate extends PerformanceEstimate {
  readonly metrics: Readonly<Record<EstimatedMetricName, EstimatedMetric>>;
}

/** Width of a band in sampling errors (NannyML draws ±3σ). */
export const BAND_SIGMAS = 3;

export interface CbpeInput {
  /** The model's probability of the positive class per row (NaN = missing). */
  readonly probabilities: ArrayLike<number>;
  /** The model's predicted label codes (-1 = missing). */
  readonly predicted: Int32Array;
  /** Code of the positive class. */
  readonly positive: number;
  /** Isotonic calibration of the probabilities, fitted on the reference with its labels. */
  readonly calibration: IsotonicFit;
  /** Rows to estimate (default all). */
  readonly rows?: Int32Array;
  /** Label draws for the sampling error (default 200). */
  readonly draws?: number;
  /** Seed of the draws (default 0). */
  readonly seed?: number;
}

/**
 * Confidence-based performance estimation (CBPE, as NannyML): estimates a binary classifier's
 * accuracy, precision, recall, F1 and ROC AUC on rows without labels. Each probability is first
 * calibrated by the isotonic regression fitted on the reference (`fitIsotonic(scores, labels)`),
 * so that p̂ᵢ is the chance that row i is positive; the expected confusion counts are then
 * TP = Σ_{ŷ=1} p̂, FP = Σ_{ŷ=1} (1 − p̂), FN = Σ_{ŷ=0} p̂, TN = Σ_{ŷ=0} (1 − p̂), and ROC AUC is the
 * expected Mann–Whitney U over the expected P·N pairs, ranking rows by the model's own score.
 * The sampling error of each metric is its standard deviation over `draws` seeded label draws
 * yᵢ ~ Bernoulli(p̂ᵢ): how far the realised metric of these rows may fall from the estimate by
 * chance. The band is ± `BAND_SIGMAS` of it.
 * Reference: NannyML, "Confidence-based Performance Estimation" (docs, How it works).
 * It assumes P(y | score) is the same as in the reference: it follows covariate shift, not
 * concept drift (label flips) — validated on `simulateScenario("covariate-shift")`.
 * Cost: O(rows · draws) plus one sort.
 *
 * @example estimatePerformance({ probabilities, predicted, positive: 1, calibration: fitIsotonic(referenceScores, referenceLabels) }).metrics.accuracy
 * // { value: 0.84, samplingError: 0.008, lower: 0.816, upper: 0.864 }
 */
export function estimatePerformance(input: CbpeInput): BinaryEstimate {
  const m = input.rows ? input.rows.length : input.probabilities.length;
  const p = new Float64Array(m);
  const score = new Float64Array(m);
  const predictedPositive = new Uint8Array(m);
  let n = 0;
  for (let j = 0; j < m; j++) {
    const i = input.rows ? input.rows[j] : j;
    const s = input.probabilities[i];
    const c = input.predicted[i];
    if (Number.isNaN(s) || c < 0) continue;
    score[n] = s;
    p[n] = predictIsotonic(input.calibration, s);
    predictedPositive[n] = c === input.positive ? 1 : 0;
    n++;
  }
  const groups = tieGroups(score.subarray(0, n));
  const expected = expectedMetrics(p.subarray(0, n), predictedPositive, groups);
  const draws = input.draws ?? 200;
  const random = createRandom(input.seed ?? DEFAULT_SEED);
  const y = new Uint8Array(n);
  const samples: Record<EstimatedMetricName, number[]> = { accuracy: [], precision: [], recall: [], f1: [], rocAuc: [] };
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < n; i++) y[i] = random.next() < p[i] ? 1 : 0;
    const realised = realisedMetrics(y, predictedPositive, groups, n);
    for (const name of Object.keys(samples) as EstimatedMetricName[]) if (!Number.isNaN(realised[name])) samples[name].push(realised[name]);
  }
  const metrics = {} as Record<EstimatedMetricName, EstimatedMetric>;
  for (const name of Object.keys(samples) as EstimatedMetricName[]) {
    metrics[name] = estimatedMetric(expected[name], samples[name]);
  }
  return { method: "CBPE", rows: n, metrics };
}

/** Rows ordered by score, highest first, and where each group of equal scores ends. */
export interface TieGroups {
  readonly order: Int32Array;
  readonly ends: Int32Array;
}

/** Groups rows of equal score, highest score first (for the expected and realised ROC AUC). Cost: O(n log n). */
export function tieGroups(score: Float64Array): TieGroups {
  const n = score.length;
  const sorted = sortedCopy(score);
  // Distinct scores, highest first, and each row's group by binary search.
  const distinct: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (i === n - 1 || sorted[i] !== sorted[i + 1]) distinct.push(sorted[i]);
  const sizes = new Int32Array(distinct.length);
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] > score[i]) lo = mid + 1;
      else hi = mid;
    }
    groupOf[i] = lo;
    sizes[lo]++;
  }
  const ends = new Int32Array(distinct.length);
  let total = 0;
  for (let g = 0; g < sizes.length; g++) ends[g] = total += sizes[g];
  const filled = Int32Array.from({ length: distinct.length }, (_, g) => (g === 0 ? 0 : ends[g - 1]));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[filled[groupOf[i]]++] = i;
  return { order, ends };
}

function ratios(tp: number, fp: number, fn: number, tn: number): Omit<Record<EstimatedMetricName, number>, "rocAuc"> {
  const n = tp + fp + fn + tn;
  return {
    accuracy: n === 0 ? NaN : (tp + tn) / n,
    precision: tp + fp === 0 ? NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? NaN : tp / (tp + fn),
    f1: 2 * tp + fp + fn === 0 ? NaN : (2 * tp) / (2 * tp + fp + fn),
  };
}

function expectedMetrics(p: Float64Array, predictedPositive: Uint8Array, groups: TieGroups): Record<EstimatedMetricName, number> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < p.length; i++) {
    if (predictedPositive[i]) {
      tp += p[i];
      fp += 1 - p[i];
    } else {
      fn += p[i];
      tn += 1 - p[i];
    }
  }
  return { ...ratios(tp, fp, fn, tn), rocAuc: expectedRocAuc(p, groups) };
}

/**
 * The expected ROC AUC when row i is positive with probability p̂ᵢ, rows ranked by `groups`:
 * E[U] / E[P·N] with E[U] = Σ_{i ranked above j} p̂ᵢ(1 − p̂ⱼ) + ½ Σ_{i ≠ j tied} p̂ᵢ(1 − p̂ⱼ) and
 * E[P·N] = Σ_{i ≠ j} p̂ᵢ(1 − p̂ⱼ). NaN when no pair can be told apart. Cost: O(n).
 */
export function expectedRocAuc(p: Float64Array, groups: TieGroups): number {
  let above = 0;
  let area = 0;
  let self = 0;
  let positives = 0;
  let negatives = 0;
  let start = 0;
  for (const end of groups.ends) {
    let pg = 0;
    let ng = 0;
    let sg = 0;
    for (let r = start; r < end; r++) {
      const q = p[groups.order[r]];
      pg += q;
      ng += 1 - q;
      sg += q * (1 - q);
    }
    area += ng * above + (pg * ng - sg) / 2;
    above += pg;
    self += sg;
    positives += pg;
    negatives += ng;
    start = end;
  }
  const pairs = positives * negatives - self;
  return pairs > 0 ? area / pairs : NaN;
}

function realisedMetrics(y: Uint8Array, predictedPositive: Uint8Array, groups: TieGroups, n: number): Record<EstimatedMetricName, number> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    if (predictedPositive[i]) {
      if (y[i]) tp++;
      else fp++;
    } else if (y[i]) fn++;
  }
  const tn = n - tp - fp - fn;
  return { ...ratios(tp, fp, fn, tn), rocAuc: realisedRocAuc(y, groups, tp + fn, n - tp - fn) };
}

/** The ROC AUC of 0/1 labels `y` for rows ranked by `groups` (ties count one half); NaN with one class. Cost: O(n). */
export function realisedRocAuc(y: Uint8Array, groups: TieGroups, positives: number, negatives: number): number {
  let above = 0;
  let area = 0;
  let start = 0;
  for (const end of groups.ends) {
    let pg = 0;
    for (let r = start; r < end; r++) pg += y[groups.order[r]];
    const ng = end - start - pg;
    area += ng * (above + pg / 2);
    above += pg;
    start = end;
  }
  return positives > 0 && negatives > 0 ? area / (positives * negatives) : NaN;
}

/**
 * An estimated metric from its expected value and its values over simulated label draws: the
 * sampling error is their standard deviation, the band ± `BAND_SIGMAS` of it clipped to [0, 1]
 * (no band when the value is NaN or there are too few draws).
 */
export function estimatedMetric(value: number, draws: readonly number[]): EstimatedMetric {
  const error = standardDeviation(draws);
  return Number.isNaN(value) || error === null
    ? { value: Number.isNaN(value) ? null : value, samplingError: error, lower: null, upper: null }
    : { value, samplingError: error, lower: Math.max(0, value - BAND_SIGMAS * error), upper: Math.min(1, value + BAND_SIGMAS * error) };
}

/** Sample standard deviation (n − 1); `null` below two values. */
export function standardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let sum = 0;
  for (const v of values) sum += (v - mean) ** 2;
  return Math.sqrt(sum / (values.length - 1));
}
