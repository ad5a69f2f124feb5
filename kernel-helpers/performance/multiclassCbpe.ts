import { DEFAULT_SEED, createRandom } from "../stats/random";
import type { EstimatedMetric, PerformanceEstimate } from "./cbpe";
import { estimatedMetric, expectedRocAuc, realisedRocAuc, tieGroups } from "./cbpe";
import type { TieGroups } from "./cbpe";
import type { IsotonicFit } from "./isotonicRegression";
import { predictIsotonic } from "./isotonicRegression";

/** The metrics CBPE estimates for a multiclass classifier. */
export const MULTICLASS_ESTIMATED_METRICS = ["accuracy", "precisionMacro", "recallMacro", "f1Macro", "rocAuc"] as const;
type MulticlassMetric = (typeof MULTICLASS_ESTIMATED_METRICS)[number];

export interface MulticlassCbpeInput {
  /** The model's probability of each class (in the order of `calibrations`), one value per row (NaN = missing). */
  readonly probabilities: readonly ArrayLike<number>[];
  /** The model's predicted class codes (-1 = missing), codes in the same order. */
  readonly predicted: Int32Array;
  /** One-vs-rest isotonic calibration of each class' probability, fitted on the reference with its labels. */
  readonly calibrations: readonly IsotonicFit[];
  /** Rows to estimate (default all). */
  readonly rows?: Int32Array;
  /** Label draws for the sampling error (default 200). */
  readonly draws?: number;
  /** Seed of the draws (default 0). */
  readonly seed?: number;
}

/**
 * CBPE for a multiclass classifier, as NannyML: each class' probability is calibrated
 * one-vs-rest by the isotonic regression fitted on the reference, and the calibrated
 * probabilities of a row are rescaled to add up to 1, so p̂ᵢ꜀ is the chance that row i belongs to
 * class c. Per class, the expected one-vs-rest confusion counts are TP꜀ = Σ_{ŷ=c} p̂꜀,
 * FP꜀ = Σ_{ŷ=c} (1 − p̂꜀), FN꜀ = Σ_{ŷ≠c} p̂꜀; precision, recall and F1 are their macro averages,
 * accuracy is Σ꜀ TP꜀ / n, and ROC AUC the macro average of each class' expected one-vs-rest AUC
 * (rows ranked by the model's score for the class) — sklearn's `roc_auc_score(multi_class="ovr")`.
 * The sampling error of each metric is its standard deviation over seeded label draws
 * yᵢ ~ Categorical(p̂ᵢ); the band is ± `BAND_SIGMAS` of it.
 * Reference: NannyML, "Estimating Performance for Multiclass Classification" (docs).
 * Cost: O(rows · classes · draws) plus one sort per class.
 *
 * @example estimateMulticlassPerformance({ probabilities, predicted, calibrations }).metrics.f1Macro // { value: 0.71, samplingError: 0.01, lower: 0.68, upper: 0.74 }
 */
export function estimateMulticlassPerformance(input: MulticlassCbpeInput): PerformanceEstimate {
  const k = input.calibrations.length;
  const m = input.rows ? input.rows.length : input.predicted.length;
  const kept: number[] = [];
  for (let j = 0; j < m; j++) {
    const i = input.rows ? input.rows[j] : j;
    if (input.predicted[i] < 0) continue;
    let complete = true;
    for (let c = 0; c < k; c++) if (Number.isNaN(input.probabilities[c][i])) complete = false;
    if (complete) kept.push(i);
  }
  const n = kept.length;
  const p = Array.from({ length: k }, () => new Float64Array(n));
  const scores = Array.from({ length: k }, () => new Float64Array(n));
  const predicted = new Int32Array(n);
  kept.forEach((i, r) => {
    let sum = 0;
    for (let c = 0; c < k; c++) {
      scores[c][r] = input.probabilities[c][i];
      p[c][r] = predictIsotonic(input.calibrations[c], scores[c][r]);
      sum += p[c][r];
    }
    for (let c = 0; c < k; c++) p[c][r] = sum > 0 ? p[c][r] / sum : 1 / k;
    predicted[r] = input.predicted[i];
  });
  const groups = scores.map((score) => tieGroups(score));
  const expected = expectedMetrics(p, predicted, groups);
  const draws = input.draws ?? 200;
  const random = createRandom(input.seed ?? DEFAULT_SEED);
  const truth = new Int32Array(n);
  const samples = Object.fromEntries(MULTICLASS_ESTIMATED_METRICS.map((name) => [name, [] as number[]])) as Record<MulticlassMetric, number[]>;
  for (let d = 0; d < draws; d++) {
    for (let r = 0; r < n; r++) {
      let u = random.next();
      let c = 0;
      while (c < k - 1 && u >= p[c][r]) u -= p[c++][r];
      truth[r] = c;
    }
    const realised = realisedMetrics(truth, predicted, groups, k);
    for (const name of MULTICLASS_ESTIMATED_METRICS) if (!Number.isNaN(realised[name])) samples[name].push(realised[name]);
  }
  const metrics: Partial<Record<MulticlassMetric, EstimatedMetric>> = {};
  for (const name of MULTICLASS_ESTIMATED_METRICS) {
    metrics[name] = estimatedMetric(expected[name], samples[name]);
  }
  return { method: "CBPE", rows: n, metrics };
}

/** Macro averages of per-class ratios; NaN when a class' ratio is undefined everywhere, as sklearn's zero_division warning. */
function averages(tp: Float64Array, fp: Float64Array, fn: Float64Array, n: number): Omit<Record<MulticlassMetric, number>, "rocAuc"> {
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  let correct = 0;
  const k = tp.length;
  for (let c = 0; c < k; c++) {
    precision += tp[c] + fp[c] > 0 ? tp[c] / (tp[c] + fp[c]) : 0;
    recall += tp[c] + fn[c] > 0 ? tp[c] / (tp[c] + fn[c]) : 0;
    f1 += 2 * tp[c] + fp[c] + fn[c] > 0 ? (2 * tp[c]) / (2 * tp[c] + fp[c] + fn[c]) : 0;
    correct += tp[c];
  }
  return { accuracy: n > 0 ? correct / n : NaN, precisionMacro: precision / k, recallMacro: recall / k, f1Macro: f1 / k };
}

function expectedMetrics(p: readonly Float64Array[], predicted: Int32Array, groups: readonly TieGroups[]): Record<MulticlassMetric, number> {
  const k = p.length;
  const n = predicted.length;
  const tp = new Float64Array(k);
  const fp = new Float64Array(k);
  const fn = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < k; c++) {
      if (predicted[r] === c) {
        tp[c] += p[c][r];
        fp[c] += 1 - p[c][r];
      } else fn[c] += p[c][r];
    }
  }
  let auc = 0;
  for (let c = 0; c < k; c++) auc += expectedRocAuc(p[c], groups[c]);
  return { ...averages(tp, fp, fn, n), rocAuc: auc / k };
}

function realisedMetrics(truth: Int32Array, predicted: Int32Array, groups: readonly TieGroups[], k: number): Record<MulticlassMetric, number> {
  const n = truth.length;
  const tp = new Float64Array(k);
  const fp = new Float64Array(k);
  const fn = new Float64Array(k);
  const counts = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    counts[truth[r]]++;
    if (truth[r] === predicted[r]) tp[truth[r]]++;
    else {
      fp[predicted[r]]++;
      fn[truth[r]]++;
    }
  }
  let auc = 0;
  const y = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    for (let r = 0; r < n; r++) y[r] = truth[r] === c ? 1 : 0;
    auc += realisedRocAuc(y, groups[c], counts[c], n - counts[c]);
  }
  return { ...averages(tp, fp, fn, n), rocAuc: auc / k };
}
