import { DataError } from "../errors";
import type { Label, LabelValues } from "./encodeLabels";
import { encodeLabels } from "./encodeLabels";
import { confusionCounts } from "./confusionCounts";
import type { Average, PrecisionRecallF1 } from "./labelScores";
import { precisionRecallF1FromCounts } from "./labelScores";
import { performanceMessages } from "./performanceMessages";

/**
 * Precision, recall and F1, as scikit-learn 1.2.1's `precision_recall_fscore_support` (and
 * `precision_score`, `recall_score`, `f1_score`) with `zero_division="warn"`, whose value for
 * 0/0 is 0. `average`: `binary` (default) scores `positiveLabel` (default: the greater of the two
 * classes); `micro` pools every class's counts; `macro` is the plain mean over the classes present;
 * `weighted` weighs each class by its support.
 * Cost: O(n + k²).
 *
 * @example precisionRecallF1([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], { average: "macro" }) // { precision: 0.2222…, recall: 0.3333…, f1: 0.2666… }
 * @throws {DataError} for different lengths, mixed label kinds, `binary` with more than two classes, or no row with both values
 */
export function precisionRecallF1(yTrue: LabelValues, yPred: LabelValues, options: { readonly average?: Average; readonly positiveLabel?: Label } = {}): PrecisionRecallF1 {
  const average = options.average ?? "binary";
  const encoded = encodeLabels(yTrue, yPred, undefined, options.positiveLabel === undefined ? [] : [options.positiveLabel]);
  const k = encoded.labels.length;
  if (average === "binary" && k > 2) throw new DataError(performanceMessages.averageNeedsBinary(encoded.labels));
  const confusion = confusionCounts(encoded.truth, encoded.predicted, k);
  if (confusion.rows === 0) throw new DataError(performanceMessages.noLabelledRows("y_true"));
  const positive = options.positiveLabel === undefined ? k - 1 : encoded.labels.indexOf(options.positiveLabel);
  return precisionRecallF1FromCounts(confusion.counts, k, average, positive);
}
