import { DataError } from "../errors";
import { averagePrecisionOfSplit, rocAucOfSplit, splitScores } from "./binaryRanking";
import { classificationData } from "./classificationData";
import { classificationMetrics } from "./classificationMetrics";
import type { Label, LabelValues } from "./encodeLabels";
import { encodeLabels } from "./encodeLabels";
import { METRICS } from "./metricNames";
import { metricValue } from "./metricValue";
import { performanceMessages } from "./performanceMessages";

/**
 * One score-based metric (ROC AUC, PR AUC or log loss) from labels and scores. Binary ROC AUC and
 * PR AUC take any real scores, as scikit-learn does; the rest goes through the checks of
 * `classificationData` (probabilities in [0, 1], one column per class). Labels stand in for the
 * predictions, which these metrics do not use.
 */
export function scoreMetric(
  name: "rocAuc" | "prAuc" | "logLoss",
  yTrue: LabelValues,
  yScore: ArrayLike<number> | readonly ArrayLike<number>[],
  options: { readonly positiveLabel?: Label; readonly labels?: readonly Label[] },
): number {
  const columns = Array.isArray(yScore) && yScore.length > 0 && typeof yScore[0] === "object" ? (yScore as readonly ArrayLike<number>[]) : undefined;
  if (name !== "logLoss" && (columns === undefined || columns.length === 1)) {
    const scores = columns ? columns[0] : (yScore as ArrayLike<number>);
    const known = [...(options.labels ?? []), ...(options.positiveLabel === undefined ? [] : [options.positiveLabel])];
    const { labels, truth } = encodeLabels(yTrue, yTrue, { truth: "y_true", predicted: "y_true" }, known);
    if (scores.length !== truth.length) throw new DataError(performanceMessages.lengthMismatch("y_true", truth.length, "y_score", scores.length));
    if (labels.length > 2) throw new DataError(performanceMessages.probabilityColumnsDoNotFit(["y_score"], labels));
    const positive = options.positiveLabel === undefined ? labels.length - 1 : labels.indexOf(options.positiveLabel);
    const split = splitScores(truth, positive, scores);
    const scored = split.positives.length + split.negatives.length;
    if (scored === 0) throw new DataError(performanceMessages.noLabelledRows("y_true"));
    if (split.positives.length === 0 || split.negatives.length === 0) {
      const only = split.positives.length > 0 ? labels[positive] : labels.find((_, c) => c !== positive) ?? labels[0];
      throw new DataError(performanceMessages.singleClass(METRICS[name].title, only, scored));
    }
    return name === "rocAuc" ? rocAucOfSplit(split) : averagePrecisionOfSplit(split);
  }
  const data = classificationData({ truth: yTrue, predicted: yTrue, probabilities: yScore, ...options, names: { truth: "y_true", predicted: "y_true", ...(columns && columns.length > 1 ? {} : { probabilities: ["y_proba"] }) } });
  return metricValue(classificationMetrics(data), name);
}
