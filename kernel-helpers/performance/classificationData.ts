import { DataError } from "../errors";
import type { EncodedLabels, Label, LabelValues } from "./encodeLabels";
import { encodeLabels, sortedLabels } from "./encodeLabels";
import { performanceMessages } from "./performanceMessages";

/** Labels, predictions and probabilities of a classifier, checked and encoded once, scored by `classificationMetrics`. */
export interface ClassificationData extends EncodedLabels {
  /** Probability columns, each one value per row (`NaN` = missing): one for the positive class of a binary model, or one per class in `labels` order. */
  readonly probabilities?: readonly Float64Array[];
  /** Code in `labels` of the positive class when there are at most two classes. */
  readonly positive?: number;
}

export interface ClassificationInput {
  /** The true labels (missing ones are left out of every metric). */
  readonly truth: LabelValues;
  /** The predicted labels. */
  readonly predicted: LabelValues;
  /** The positive-class probability (binary), or one probability column per class. */
  readonly probabilities?: ArrayLike<number> | readonly ArrayLike<number>[];
  /** The class of each probability column, when there are several (default: the sorted classes, as `predict_proba`). */
  readonly probabilityLabels?: readonly Label[];
  /** The positive class of a binary model. Default: the greater of the two labels (1 of 0/1, "yes" of no/yes), as `roc_auc_score` takes it. */
  readonly positiveLabel?: Label;
  /** Classes to know even when absent from the data (e.g. the baseline's). */
  readonly labels?: readonly Label[];
  /** How messages name the columns. Default y_true, y_pred, y_proba. */
  readonly names?: { readonly truth: string; readonly predicted: string; readonly probabilities?: readonly string[] };
}

/**
 * Checks and encodes a classifier's outputs: same lengths, labels and predictions of one kind,
 * probabilities within [0, 1], class probabilities that add up to 1 (as `np.allclose`), one
 * probability column per class or one for the positive class.
 * Cost: O(rows · classes).
 *
 * @example classificationData({ truth: [0, 1, 1], predicted: [0, 1, 0], probabilities: [0.2, 0.9, 0.4] }).positive // 1
 * @throws {DataError} naming the column and row of the first problem, and what to do
 */
export function classificationData(input: ClassificationInput): ClassificationData {
  const names = input.names ?? { truth: "y_true", predicted: "y_pred" };
  const known = [...(input.labels ?? []), ...(input.positiveLabel === undefined ? [] : [input.positiveLabel])];
  const encoded = encodeLabels(input.truth, input.predicted, names, known);
  const { labels } = encoded;
  if (input.positiveLabel !== undefined && labels.length > 2) throw new DataError(performanceMessages.positiveNeedsBinary(input.positiveLabel, labels));
  const positive = labels.length > 2 ? undefined : input.positiveLabel !== undefined ? labels.indexOf(input.positiveLabel) : labels.length - 1;
  const probabilities = input.probabilities === undefined ? undefined : checkedProbabilities(input, labels, encoded.truth.length, names);
  return { ...encoded, ...(probabilities ? { probabilities } : {}), ...(positive === undefined ? {} : { positive }) };
}

function checkedProbabilities(input: ClassificationInput, labels: readonly unknown[], rows: number, names: NonNullable<ClassificationInput["names"]>): Float64Array[] {
  const given = input.probabilities as ArrayLike<number> | readonly ArrayLike<number>[];
  const columns = isColumnList(given) ? [...given] : [given];
  const columnNames = names.probabilities ?? (columns.length === 1 ? ["y_proba"] : columns.map((_, i) => `y_proba[:, ${i}]`));
  columns.forEach((column, c) => {
    if (column.length !== rows) throw new DataError(performanceMessages.lengthMismatch(names.truth, rows, columnNames[c], column.length));
  });
  let order = columns.map((_, c) => c);
  if (columns.length > 1) {
    const classes = input.probabilityLabels ?? labels;
    if (columns.length !== labels.length || classes.length !== columns.length || sortedLabels([...classes] as (string | number)[]).some((label, i) => label !== labels[i])) {
      throw new DataError(performanceMessages.probabilityColumnsDoNotFit(columnNames, labels));
    }
    order = labels.map((label) => classes.indexOf(label as string | number));
  } else if (labels.length > 2) {
    throw new DataError(performanceMessages.probabilityColumnsDoNotFit(columnNames, labels));
  }
  const out = order.map((c) => {
    const column = columns[c];
    const values = column instanceof Float64Array ? column : Float64Array.from(column, (v) => (v === null || v === undefined ? NaN : v));
    for (let i = 0; i < rows; i++) {
      const v = values[i];
      if (v < 0 || v > 1 || v === Infinity) throw new DataError(performanceMessages.probabilityOutOfRange(columnNames[c], i, v));
    }
    return values;
  });
  if (out.length > 1) {
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      for (const column of out) sum += column[i];
      if (!Number.isNaN(sum) && !(Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) throw new DataError(performanceMessages.probabilitiesDoNotSum(columnNames, i, sum));
    }
  }
  return out;
}

function isColumnList(value: ArrayLike<number> | readonly ArrayLike<number>[]): value is readonly ArrayLike<number>[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === "object" && value[0] !== null;
}
