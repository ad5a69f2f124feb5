import type { CategoricalColumn, NumericalColumn } from "../data/table";
import type { CategoricalSample, NumericalSample } from "../stats/statTest";
import { cdfMerge } from "../stats/cdfDistanceSorted";
import { distinctInSorted } from "../stats/distinctInSorted";
import { columnSide } from "./columnSide";
import type { CategoricalSide, NumericalSide } from "./columnSide";
import type { ColumnSideSummary } from "./driftReport";

export interface NumericalPair {
  readonly reference: NumericalSample;
  readonly current: NumericalSample;
  readonly referenceSummary: ColumnSideSummary;
  readonly currentSummary: ColumnSideSummary;
  readonly uniqueValues: number;
  /**
   * The first Wasserstein distance between the two sorted samples, from the merge that counted
   * `uniqueValues` (see `cdfMerge`); absent when a side has no values.
   */
  readonly firstWasserstein?: number;
}

export interface CategoricalPair {
  readonly reference: CategoricalSample;
  readonly current: CategoricalSample;
  readonly referenceSummary: ColumnSideSummary;
  readonly currentSummary: ColumnSideSummary;
  readonly uniqueValues: number;
}

/**
 * The finite values of two numerical columns, each sorted ascending, with their missing and
 * non-finite counts and the number of distinct values over both (see `columnSide`).
 * Cost: O(n) plus one radix or counting sort per side.
 */
export function numericalPair(reference: NumericalColumn, current: NumericalColumn): NumericalPair {
  return numericalPairOfSides(columnSide(reference, false) as NumericalSide, columnSide(current, false) as NumericalSide);
}

/**
 * `numericalPair` of two sides prepared apart (`columnSide`). Cost: one merge of both sides, which
 * counts their distinct values and measures the first Wasserstein distance at once (`cdfMerge`).
 */
export function numericalPairOfSides(reference: NumericalSide, current: NumericalSide): NumericalPair {
  const bothHaveValues = reference.values.length > 0 && current.values.length > 0;
  const merged = bothHaveValues ? cdfMerge(reference.values, current.values, 1) : undefined;
  return {
    reference: { type: "numerical", values: reference.values, sorted: true },
    current: { type: "numerical", values: current.values, sorted: true },
    referenceSummary: reference.summary,
    currentSummary: current.summary,
    uniqueValues: merged ? merged.distinct : distinctInSorted(reference.values, current.values),
    ...(merged ? { firstWasserstein: merged.distance } : {}),
  };
}

/**
 * Two categorical columns as samples given as counts over one shared, sorted list of the
 * categories that occur in either (so code k means the same value on both sides), missing values
 * dropped and counted.
 * Cost: O(n + k log k) for n rows and k categories.
 */
export function categoricalPair(reference: CategoricalColumn, current: CategoricalColumn): CategoricalPair {
  return categoricalPairOfSides(columnSide(reference, false) as CategoricalSide, columnSide(current, false) as CategoricalSide);
}

/** `categoricalPair` of two sides prepared apart (`columnSide`). Cost: O(k log k) for k categories. */
export function categoricalPairOfSides(reference: CategoricalSide, current: CategoricalSide): CategoricalPair {
  const labels = new Set<string>();
  for (const side of [reference, current]) side.counts.forEach((count, code) => count > 0 && labels.add(side.dictionary[code]));
  const categories = [...labels].sort();
  const index = new Map(categories.map((label, i) => [label, i]));
  return {
    reference: { type: "categorical", ...countedCodes(reference, index), categories },
    current: { type: "categorical", ...countedCodes(current, index), categories },
    referenceSummary: reference.summary,
    currentSummary: current.summary,
    uniqueValues: categories.length,
  };
}

/**
 * A numerical pair seen as categories (for `chisquare`, `z` and other categorical tests on a
 * numerical column with few values): categories in numeric order, labelled by `String(value)`.
 * A sample given as counts stays one (each distinct value's code with its count).
 */
export function numericalAsCategorical(pair: NumericalPair): CategoricalPair {
  const distinct = distinctValues(pair.reference.values, pair.current.values);
  const index = new Map<number, number>();
  distinct.forEach((value, i) => index.set(value, i));
  const categories = distinct.map((value) => String(value));
  const toCodes = (values: Float64Array): Int32Array => Int32Array.from(values, (value) => index.get(value) ?? -1);
  const counted = (sample: NumericalSample) => (sample.counts ? { counts: sample.counts } : {});
  return {
    reference: { type: "categorical", codes: toCodes(pair.reference.values), categories, ...counted(pair.reference) },
    current: { type: "categorical", codes: toCodes(pair.current.values), categories, ...counted(pair.current) },
    referenceSummary: pair.referenceSummary,
    currentSummary: pair.currentSummary,
    uniqueValues: categories.length,
  };
}

function distinctValues(a: Float64Array, b: Float64Array): number[] {
  const values = new Set<number>();
  a.forEach((value) => values.add(value));
  b.forEach((value) => values.add(value));
  return [...values].sort((x, y) => x - y);
}

/** A side's present labels as codes into the shared categories, with the rows holding each. */
function countedCodes(side: CategoricalSide, index: ReadonlyMap<string, number>): { codes: Int32Array; counts: Float64Array } {
  const present: number[] = [];
  side.counts.forEach((count, code) => count > 0 && present.push(code));
  return { codes: Int32Array.from(present, (code) => index.get(side.dictionary[code]) as number), counts: Float64Array.from(present, (code) => side.counts[code]) };
}
