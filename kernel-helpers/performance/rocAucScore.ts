import type { Label, LabelValues } from "./encodeLabels";
import { scoreMetric } from "./scoreMetric";

/**
 * Area under the ROC curve, as scikit-learn 1.2.1's `roc_auc_score`, ties counting one half.
 * Binary: `yScore` is the score of `positiveLabel` (default: the greater of the two classes, as
 * sklearn), any real numbers. Multiclass: one probability column per class in sorted class order
 * (rows adding up to 1), scored one-vs-rest and averaged (`multi_class="ovr"`, `average="macro"`).
 * Rows with a missing label or score are left out.
 * Cost: O(n · k) (radix sorts).
 *
 * @example rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75
 * @throws {DataError} when a class is missing (ROC AUC is undefined: the message says why), for
 *   different lengths, or for multiclass scores that are not probabilities
 */
export function rocAucScore(yTrue: LabelValues, yScore: ArrayLike<number> | readonly ArrayLike<number>[], options: { readonly positiveLabel?: Label; readonly labels?: readonly Label[] } = {}): number {
  return scoreMetric("rocAuc", yTrue, yScore, options);
}
