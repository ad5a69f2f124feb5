import type { Label, LabelValues } from "./encodeLabels";
import { scoreMetric } from "./scoreMetric";

/**
 * Average precision (the area under the precision–recall curve as a step function), as
 * scikit-learn 1.2.1's `average_precision_score`. Binary: `yScore` is the score of
 * `positiveLabel` (default: the greater class). Multiclass: one probability column per class in
 * sorted class order, scored as sklearn scores `label_binarize(y_true, classes)` with
 * `average="macro"`.
 * Cost: O(n · k).
 *
 * @example averagePrecisionScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.8333333333333333
 * @throws {DataError} when a class is missing, for different lengths, or for multiclass scores that are not probabilities
 */
export function averagePrecisionScore(yTrue: LabelValues, yScore: ArrayLike<number> | readonly ArrayLike<number>[], options: { readonly positiveLabel?: Label; readonly labels?: readonly Label[] } = {}): number {
  return scoreMetric("prAuc", yTrue, yScore, options);
}
