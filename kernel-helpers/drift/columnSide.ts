import type { CategoricalColumn, NumericalColumn } from "../data/table";
import { sortedCopy } from "../stats/sortedCopy";
import type { ColumnSideSummary } from "./driftReport";
import type { LabelCounts } from "../data/columnSource";
import { identifierReason, labelsIdentifierReason } from "./identifierReason";

/** One side of a numerical column, ready to be paired: its finite values in ascending order. */
export interface NumericalSide {
  readonly type: "numerical";
  readonly name: string;
  /** The finite values, ascending (NaN, missing, and ±Infinity dropped and counted in `summary`). */
  readonly values: Float64Array;
  readonly summary: ColumnSideSummary;
  /** Why the column looks like an identifier (`identifierReason`), when asked for and it does. */
  readonly identifier?: string;
}

/** One side of a categorical column, ready to be paired: how many rows hold each of its labels. */
export interface CategoricalSide {
  readonly type: "categorical";
  readonly name: string;
  /** The column's labels, as it codes them. */
  readonly dictionary: readonly string[];
  /** `counts[k]`: the rows holding `dictionary[k]` (0 for a label no row holds). */
  readonly counts: Float64Array;
  readonly summary: ColumnSideSummary;
  readonly identifier?: string;
}

/**
 * What a column test needs of one side, computed from that side alone, so that it can be done as
 * soon as the side is read, while the other side is still being parsed (see `compareSources`).
 */
export type ColumnSide = NumericalSide | CategoricalSide;

/**
 * One side of a numerical or categorical column, ready to be paired with the other
 * (`numericalPairOfSides`, `categoricalPairOfSides`): a numerical column's finite values sorted,
 * with its missing and non-finite cells counted (NaN is missing; ±Infinity is dropped too and
 * counted apart, as Evidently replaces it with NaN before testing); a categorical column's rows
 * counted per label, its missing cells counted. With `identify`, also why the column looks like
 * an identifier (`identifierReason`), which decides from one side, the reference. With `owned`,
 * the caller gives the column's values up (a worker's copy): they may be sorted in place.
 * Cost: one radix or counting sort of a numerical column (`sortedCopy`); O(n) for a categorical one.
 *
 * @example columnSide({ name: "age", type: "numerical", values: Float64Array.of(3, NaN, 1) }, false) // values [1, 3], summary { count: 2, missing: 1, nonFinite: 0 }
 */
export function columnSide(column: NumericalColumn | CategoricalColumn, identify: boolean, owned = false): ColumnSide {
  if (column.type === "numerical") {
    const identifier = identify ? identifierReason(column) : undefined;
    const [values, summary] = finiteSorted(column.values, owned);
    return { type: "numerical", name: column.name, values, summary, ...(identifier === undefined ? {} : { identifier }) };
  }
  // Counted once; the identifier check then reads the counts, not the codes again.
  const counts = new Float64Array(column.dictionary.length);
  const codes = column.codes;
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) missing++;
    else counts[code]++;
  }
  return countedSide({ name: column.name, dictionary: column.dictionary, counts, missing }, identify);
}

/**
 * `columnSide` of a categorical column counted per label (`ColumnSource.countLabels`): the same
 * side as from its codes, without reading them.
 *
 * @example countedSide({ name: "plan", dictionary: ["a", "b"], counts: Float64Array.of(3, 1), missing: 2 }, false).summary // { count: 4, missing: 2, nonFinite: 0 }
 */
export function countedSide(labels: LabelCounts, identify: boolean): CategoricalSide {
  let present = 0;
  let distinct = 0;
  for (const count of labels.counts) {
    present += count;
    if (count > 0) distinct++;
  }
  const identifier = identify ? labelsIdentifierReason(labels.name, present, distinct) : undefined;
  return {
    type: "categorical",
    name: labels.name,
    dictionary: labels.dictionary,
    counts: labels.counts,
    summary: { count: present, missing: labels.missing, nonFinite: 0 },
    ...(identifier === undefined ? {} : { identifier }),
  };
}

/** The buffers a side holds (to move it between threads without a copy). */
export function sideBuffers(side: ColumnSide): ArrayBuffer[] {
  const array = side.type === "numerical" ? side.values : side.counts;
  return array.buffer instanceof ArrayBuffer && array.byteLength === array.buffer.byteLength ? [array.buffer] : [];
}

function finiteSorted(values: Float64Array, owned: boolean): [Float64Array, ColumnSideSummary] {
  let missing = 0;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) missing++;
    else if (value === Infinity || value === -Infinity) nonFinite++;
  }
  let finite = values;
  if (missing + nonFinite > 0) {
    finite = new Float64Array(values.length - missing - nonFinite);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      if (Number.isFinite(values[i])) finite[at++] = values[i];
    }
  }
  // The finite values' own copy, or values the caller gave up, are sorted in place.
  return [sortedCopy(finite, owned || finite !== values), { count: finite.length, missing, nonFinite }];
}
