import { DataError } from "../errors";
import { encodeLabels } from "./encodeLabels";
import type { LabelValues } from "./encodeLabels";
import { confusionCounts } from "./confusionCounts";
import { performanceMessages } from "./performanceMessages";

/**
 * Accuracy: the share of rows whose prediction equals the label, as scikit-learn's
 * `accuracy_score`. Rows with a missing label or prediction are left out.
 * Cost: O(n).
 *
 * @example accuracyScore([0, 1, 2, 3], [0, 2, 1, 3]) // 0.5
 * @throws {DataError} for different lengths, mixed label kinds, or no row with both values
 */
export function accuracyScore(yTrue: LabelValues, yPred: LabelValues): number {
  const { labels, truth, predicted } = encodeLabels(yTrue, yPred);
  const k = labels.length;
  const confusion = confusionCounts(truth, predicted, k);
  if (confusion.rows === 0) throw new DataError(performanceMessages.noLabelledRows("y_true"));
  let correct = 0;
  for (let c = 0; c < k; c++) correct += confusion.counts[c * k + c];
  return correct / confusion.rows;
}
