import type { ClassificationData } from "./classificationData";
import { averagePrecisionOfSplit, rocAucOfSplit, splitScores } from "./binaryRanking";
import { confusionCounts } from "./confusionCounts";
import { precisionRecallF1FromCounts } from "./labelScores";
import { logLossOf } from "./logLossOf";
import type { ClassificationMetricName, MetricSet } from "./metricNames";
import { METRICS } from "./metricNames";
import { performanceMessages } from "./performanceMessages";
import { pairwiseSum } from "../stats/pairwiseSum";

/**
 * Every classification metric over the labelled rows (all, or `rows`), equal to scikit-learn
 * 1.2.1's on the same rows (to 1e-12, see test/fixtures/scripts/performance_metrics.py):
 * - always `accuracy` (`accuracy_score`);
 * - two classes: `precision`, `recall`, `f1` of the positive class (`average="binary"`);
 *   more: their `macro`, `micro` and `weighted` averages (`zero_division` 0, as sklearn's "warn");
 * - with probabilities: `rocAuc` (`roc_auc_score`; multiclass one-vs-rest, macro), `prAuc`
 *   (`average_precision_score`; multiclass over `label_binarize(y)`, macro) and `logLoss`
 *   (`log_loss` with every known class).
 * A metric that is undefined on these rows (ROC AUC or PR AUC with one class, a probability
 * metric without probabilities) is `null` with the reason in `reasons`, never NaN.
 * Cost: O(rows · classes) plus O(rows) radix sorts per class for the AUCs.
 *
 * @example classificationMetrics(classificationData({ truth: [0, 1, 1, 0], predicted: [0, 1, 0, 0], probabilities: [0.1, 0.8, 0.4, 0.3] })).values
 * // { accuracy: 0.75, precision: 1, recall: 0.5, f1: 0.666…, rocAuc: 1, prAuc: 1, logLoss: 0.4003… }
 */
export function classificationMetrics(data: ClassificationData, rows?: Int32Array): MetricSet {
  const k = data.labels.length;
  const confusion = confusionCounts(data.truth, data.predicted, k, rows);
  const values: Partial<Record<ClassificationMetricName, number | null>> = {};
  const reasons: Partial<Record<ClassificationMetricName, string>> = {};
  const undefinedMetric = (name: ClassificationMetricName, reason: string) => {
    values[name] = null;
    reasons[name] = reason;
  };
  if (confusion.rows === 0) {
    for (const name of metricNamesFor(data)) undefinedMetric(name, performanceMessages.noLabelledRows("these rows"));
    return { rows: 0, values, reasons };
  }
  let correct = 0;
  for (let c = 0; c < k; c++) correct += confusion.counts[c * k + c];
  values.accuracy = correct / confusion.rows;
  if (data.positive !== undefined) {
    const binary = precisionRecallF1FromCounts(confusion.counts, k, "binary", data.positive);
    values.precision = binary.precision;
    values.recall = binary.recall;
    values.f1 = binary.f1;
  } else {
    for (const average of ["macro", "micro", "weighted"] as const) {
      const scores = precisionRecallF1FromCounts(confusion.counts, k, average);
      const suffix = average === "macro" ? "Macro" : average === "micro" ? "Micro" : "Weighted";
      values[`precision${suffix}`] = scores.precision;
      values[`recall${suffix}`] = scores.recall;
      values[`f1${suffix}`] = scores.f1;
    }
  }
  const probabilities = data.probabilities;
  if (!probabilities) {
    for (const name of ["rocAuc", "prAuc", "logLoss"] as const) undefinedMetric(name, performanceMessages.noProbabilities(METRICS[name].title));
    return { rows: confusion.rows, values, reasons };
  }
  const support = new Float64Array(k);
  for (let t = 0; t < k; t++) for (let p = 0; p < k; p++) support[t] += confusion.counts[t * k + p];
  if (data.positive !== undefined) {
    const splits = splitScores(data.truth, data.positive, probabilities.length === 1 ? probabilities[0] : probabilities[data.positive], rows);
    if (splits.positives.length === 0 && splits.negatives.length === 0) {
      for (const name of ["rocAuc", "prAuc"] as const) undefinedMetric(name, performanceMessages.noProbabilities(METRICS[name].title));
    } else if (splits.positives.length === 0 || splits.negatives.length === 0) {
      const only = data.labels[support.findIndex((count) => count > 0)];
      const scored = splits.positives.length + splits.negatives.length;
      for (const name of ["rocAuc", "prAuc"] as const) undefinedMetric(name, performanceMessages.singleClass(METRICS[name].title, only, scored));
    } else {
      values.rocAuc = rocAucOfSplit(splits);
      values.prAuc = averagePrecisionOfSplit(splits);
    }
  } else {
    const absent = data.labels.filter((_, c) => support[c] === 0);
    if (absent.length > 0) {
      undefinedMetric("rocAuc", performanceMessages.classAbsent(METRICS.rocAuc.title, absent, confusion.rows));
      undefinedMetric("prAuc", performanceMessages.classAbsent(METRICS.prAuc.title, absent, confusion.rows));
    } else {
      const splits = data.labels.map((_, c) => splitScores(data.truth, c, probabilities[c], rows));
      values.rocAuc = pairwiseSum(splits.map(rocAucOfSplit)) / k;
      values.prAuc = pairwiseSum(splits.map(averagePrecisionOfSplit)) / k;
    }
  }
  if (k < 2) {
    undefinedMetric("logLoss", performanceMessages.singleClass(METRICS.logLoss.title, data.labels[0], confusion.rows));
  } else {
    const columns = probabilities.length === 1 && data.positive === 0 ? [Float64Array.from(probabilities[0], (p) => 1 - p)] : probabilities;
    values.logLoss = logLossOf(data.truth, columns, rows);
  }
  return { rows: confusion.rows, values, ...(Object.keys(reasons).length > 0 ? { reasons } : {}) };
}

/** The metrics `classificationMetrics` reports for this data (binary or multiclass). */
export function metricNamesFor(data: Pick<ClassificationData, "positive">): ClassificationMetricName[] {
  const labelMetrics: ClassificationMetricName[] =
    data.positive !== undefined
      ? ["accuracy", "precision", "recall", "f1"]
      : ["accuracy", "precisionMacro", "recallMacro", "f1Macro", "precisionMicro", "recallMicro", "f1Micro", "precisionWeighted", "recallWeighted", "f1Weighted"];
  return [...labelMetrics, "rocAuc", "prAuc", "logLoss"];
}
