import { pairwiseSum } from "../stats/pairwiseSum";

/** Precision, recall and F1 of one averaging. */
export interface PrecisionRecallF1 {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** How per-class scores are combined, as scikit-learn's `average`. */
export type Average = "binary" | "micro" | "macro" | "weighted";

/**
 * Precision, recall and F1 from confusion counts, exactly as scikit-learn 1.2.1's
 * `precision_recall_fscore_support` with `zero_division="warn"` (a 0/0 ratio counts as 0):
 * `binary` scores the class `positive`; `micro` pools the counts; `macro` and `weighted`
 * average over the classes present among labels or predictions (weighted by their support).
 * Cost: O(k²).
 *
 * @example precisionRecallF1FromCounts(Float64Array.of(5, 1, 2, 2), 2, "binary", 1) // { precision: 0.666…, recall: 0.5, f1: 0.571… }
 */
export function precisionRecallF1FromCounts(counts: Float64Array, k: number, average: Average, positive?: number): PrecisionRecallF1 {
  const tp = new Float64Array(k);
  const predictedSum = new Float64Array(k);
  const trueSum = new Float64Array(k);
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      const c = counts[t * k + p];
      trueSum[t] += c;
      predictedSum[p] += c;
    }
    tp[t] = counts[t * k + t];
  }
  if (average === "binary") return scores(tp[positive ?? k - 1], predictedSum[positive ?? k - 1], trueSum[positive ?? k - 1]);
  const present: number[] = [];
  for (let c = 0; c < k; c++) if (trueSum[c] > 0 || predictedSum[c] > 0) present.push(c);
  if (average === "micro") {
    const sum = (values: Float64Array) => pairwiseSum(present.map((c) => values[c]));
    return scores(sum(tp), sum(predictedSum), sum(trueSum));
  }
  const each = present.map((c) => scores(tp[c], predictedSum[c], trueSum[c]));
  if (average === "macro") {
    const mean = (key: keyof PrecisionRecallF1) => pairwiseSum(each.map((s) => s[key])) / each.length;
    return { precision: mean("precision"), recall: mean("recall"), f1: mean("f1") };
  }
  const weights = present.map((c) => trueSum[c]);
  const total = pairwiseSum(weights);
  const weighted = (key: keyof PrecisionRecallF1) => pairwiseSum(each.map((s, i) => s[key] * weights[i])) / total;
  return { precision: weighted("precision"), recall: weighted("recall"), f1: weighted("f1") };
}

function scores(tp: number, predicted: number, actual: number): PrecisionRecallF1 {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = actual === 0 ? 0 : tp / actual;
  const denominator = precision + recall;
  return { precision, recall, f1: (2 * precision * recall) / (denominator === 0 ? 1 : denominator) };
}
