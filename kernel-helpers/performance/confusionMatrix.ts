import type { Label, LabelValues } from "./encodeLabels";
import { encodeLabels } from "./encodeLabels";
import { confusionCounts } from "./confusionCounts";

/**
 * The confusion matrix, as scikit-learn's `confusion_matrix`: `matrix[i][j]` counts rows whose
 * label is `labels[i]` and whose prediction is `labels[j]`; `labels` are the classes of both sides
 * (plus any given) in sklearn's sorted order. Rows with a missing value are left out.
 * Cost: O(n + k²).
 *
 * @example confusionMatrix(["cat", "ant", "cat", "cat", "ant", "bird"], ["ant", "ant", "cat", "cat", "ant", "cat"])
 * // { labels: ["ant", "bird", "cat"], matrix: [[2, 0, 0], [0, 0, 1], [1, 0, 2]] }
 * @throws {DataError} for different lengths or mixed label kinds
 */
export function confusionMatrix(yTrue: LabelValues, yPred: LabelValues, options: { readonly labels?: readonly Label[] } = {}): { labels: Label[]; matrix: number[][] } {
  const encoded = encodeLabels(yTrue, yPred, undefined, options.labels);
  const k = encoded.labels.length;
  const { counts } = confusionCounts(encoded.truth, encoded.predicted, k);
  return { labels: [...encoded.labels], matrix: Array.from({ length: k }, (_, t) => Array.from(counts.subarray(t * k, t * k + k))) };
}
