import type { Label, LabelValues } from "./encodeLabels";
import { scoreMetric } from "./scoreMetric";

/**
 * Log loss (cross-entropy, natural log), as scikit-learn 1.2.1's `log_loss`: binary with the
 * probability of the greater class (or of `positiveLabel`), or one probability column per class
 * in sorted class order; probabilities clipped to [ε, 1 − ε] and rows renormalised. Give `labels`
 * when `yTrue` holds only one of the classes.
 * Cost: O(n · k).
 *
 * @example logLoss(["spam", "ham", "ham", "spam"], [[0.1, 0.9, 0.8, 0.35], [0.9, 0.1, 0.2, 0.65]]) // 0.21616187468057912
 * @throws {DataError} for probabilities outside [0, 1], columns that do not fit the classes, or different lengths
 */
export function logLoss(yTrue: LabelValues, yProba: ArrayLike<number> | readonly ArrayLike<number>[], options: { readonly positiveLabel?: Label; readonly labels?: readonly Label[] } = {}): number {
  return scoreMetric("logLoss", yTrue, yProba, options);
}
