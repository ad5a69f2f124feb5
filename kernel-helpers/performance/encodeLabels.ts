import { compareCodePoints } from "../data/compareCodePoints";
import type { Column } from "../data/table";
import { DataError } from "../errors";
import { performanceMessages } from "./performanceMessages";

/** A class label: a number or a string (booleans are read as "true" / "false"). */
export type Label = string | number;

/**
 * Labels or predictions, one per row: numbers (a typed array, `NaN` = missing), or an array of
 * numbers, strings or booleans (`null`, `undefined` and `NaN` = missing), or a categorical
 * column's codes and dictionary (`-1` = missing).
 */
export type LabelValues =
  | ArrayLike<number>
  | readonly (string | number | boolean | null | undefined)[]
  | { readonly codes: Int32Array; readonly dictionary: readonly string[] };

/** Labels and predictions as codes into one sorted list of classes. */
export interface EncodedLabels {
  /** Every class seen on either side (and any given), sorted as scikit-learn's `unique_labels`: numbers ascending, strings by code point. */
  readonly labels: readonly Label[];
  /** Code of each row's label into `labels`; -1 where it is missing. */
  readonly truth: Int32Array;
  /** Code of each row's prediction into `labels`; -1 where it is missing. */
  readonly predicted: Int32Array;
}

interface LocalCodes {
  readonly codes: Int32Array;
  readonly labels: Label[];
  readonly kind: "numbers" | "strings" | "none";
}

/**
 * Encodes labels and predictions into codes of one sorted class list, as scikit-learn's
 * `unique_labels(y_true, y_pred)` orders them, checking that both sides have one length and one
 * kind (numbers or strings).
 * Cost: O(rows) plus a sort of the distinct classes.
 *
 * @param names how messages name the two sides, e.g. "column 'default'"
 * @param known classes to include even when absent (e.g. the baseline's), so codes stay stable
 * @example encodeLabels(["b", "a", null], ["a", "a", "b"]).labels // ["a", "b"]
 * @throws {DataError} for different lengths, numbers mixed with strings on a side, or numeric labels with string predictions (and the reverse)
 */
export function encodeLabels(
  truth: LabelValues,
  predicted: LabelValues,
  names: { readonly truth: string; readonly predicted: string } = { truth: "y_true", predicted: "y_pred" },
  known: readonly Label[] = [],
): EncodedLabels {
  const truthLength = lengthOf(truth);
  const predictedLength = lengthOf(predicted);
  if (truthLength !== predictedLength) throw new DataError(performanceMessages.lengthMismatch(names.truth, truthLength, names.predicted, predictedLength));
  const a = localCodes(truth, names.truth);
  const b = localCodes(predicted, names.predicted);
  if (a.kind !== "none" && b.kind !== "none" && a.kind !== b.kind) {
    throw new DataError(performanceMessages.kindMismatch(names.truth, a.kind, names.predicted, b.kind, a.labels[0], b.labels[0]));
  }
  const labels = sortedLabels([...known, ...a.labels, ...b.labels]);
  const index = new Map<Label, number>(labels.map((label, i) => [label, i]));
  return { labels, truth: recode(a, index), predicted: recode(b, index) };
}

/** The distinct labels sorted as numpy's `np.unique`: numbers ascending, strings by code point. */
export function sortedLabels(values: readonly Label[]): Label[] {
  const unique = [...new Set(values)];
  const numbers = unique.filter((v): v is number => typeof v === "number");
  const strings = unique.filter((v): v is string => typeof v === "string");
  if (numbers.length > 0 && strings.length > 0) throw new DataError(performanceMessages.mixedKinds("the classes", { number: numbers[0], string: strings[0] }));
  return numbers.length > 0 ? numbers.sort((x, y) => x - y) : strings.sort(compareCodePoints);
}

/**
 * The values of a table column as labels: a numerical column's numbers, a categorical column's
 * codes and dictionary.
 *
 * @throws {DataError} for a text or datetime column
 */
export function columnLabels(column: Column): LabelValues {
  if (column.type === "numerical") return column.values;
  if (column.type === "categorical") return { codes: column.codes, dictionary: column.dictionary };
  throw new DataError(performanceMessages.notLabels(column.name, column.type));
}

function lengthOf(values: LabelValues): number {
  return "codes" in values ? values.codes.length : values.length;
}

function localCodes(values: LabelValues, name: string): LocalCodes {
  if ("codes" in values) {
    const used = new Int32Array(values.dictionary.length).fill(-1);
    const labels: Label[] = [];
    const codes = new Int32Array(values.codes.length);
    for (let i = 0; i < codes.length; i++) {
      const c = values.codes[i];
      if (c < 0) {
        codes[i] = -1;
        continue;
      }
      if (used[c] < 0) {
        used[c] = labels.length;
        labels.push(values.dictionary[c]);
      }
      codes[i] = used[c];
    }
    return { codes, labels, kind: labels.length > 0 ? "strings" : "none" };
  }
  const seen = new Map<Label, number>();
  const labels: Label[] = [];
  const codes = new Int32Array(values.length);
  let firstNumber: number | undefined;
  let firstString: string | undefined;
  for (let i = 0; i < values.length; i++) {
    let value = values[i] as string | number | boolean | null | undefined;
    if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) {
      codes[i] = -1;
      continue;
    }
    if (typeof value === "boolean") value = value ? "true" : "false";
    let code = seen.get(value);
    if (code === undefined) {
      code = labels.length;
      seen.set(value, code);
      labels.push(value);
      if (typeof value === "number") firstNumber ??= value;
      else firstString ??= value;
    }
    codes[i] = code;
  }
  if (firstNumber !== undefined && firstString !== undefined) throw new DataError(performanceMessages.mixedKinds(name, { number: firstNumber, string: firstString }));
  return { codes, labels, kind: firstNumber !== undefined ? "numbers" : firstString !== undefined ? "strings" : "none" };
}

function recode(local: LocalCodes, index: Map<Label, number>): Int32Array {
  const map = Int32Array.from(local.labels, (label) => index.get(label) as number);
  const out = new Int32Array(local.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = local.codes[i];
    out[i] = c < 0 ? -1 : map[c];
  }
  return out;
}
