import type { CategoricalColumn, NumericalColumn } from "../data/table";
import type { CategoricalSample, NumericalSample } from "../stats/statTest";
import { sortedCopy } from "../stats/sortedCopy";
import type { ColumnSideSummary } from "./driftReport";

export interface NumericalPair {
  readonly reference: NumericalSample;
  readonly current: NumericalSample;
  readonly referenceSummary: ColumnSideSummary;
  readonly currentSummary: ColumnSideSummary;
  readonly uniqueValues: number;
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
 * non-finite counts and the number of distinct values over both. NaN is missing; ±Infinity is
 * dropped too and counted apart, as Evidently replaces it with NaN before testing.
 * Cost: O(n) plus one radix sort per side.
 */
export function numericalPair(reference: NumericalColumn, current: NumericalColumn): NumericalPair {
  const [referenceValues, referenceSummary] = finiteSorted(reference.values);
  const [currentValues, currentSummary] = finiteSorted(current.values);
  return {
    reference: { type: "numerical", values: referenceValues, sorted: true },
    current: { type: "numerical", values: currentValues, sorted: true },
    referenceSummary,
    currentSummary,
    uniqueValues: distinctInSorted(referenceValues, currentValues),
  };
}

/**
 * Two categorical columns recoded onto one shared, sorted list of the categories that occur in
 * either (so code k means the same value on both sides), missing values dropped and counted.
 * Cost: O(n + k log k) for n rows and k categories.
 */
export function categoricalPair(reference: CategoricalColumn, current: CategoricalColumn): CategoricalPair {
  const referencePresent = presentCodes(reference);
  const currentPresent = presentCodes(current);
  const labels = new Set<string>();
  referencePresent.forEach((code) => labels.add(reference.dictionary[code]));
  currentPresent.forEach((code) => labels.add(current.dictionary[code]));
  const categories = [...labels].sort();
  const index = new Map(categories.map((label, i) => [label, i]));
  const [referenceCodes, referenceSummary] = recode(reference, index);
  const [currentCodes, currentSummary] = recode(current, index);
  return {
    reference: { type: "categorical", codes: referenceCodes, categories },
    current: { type: "categorical", codes: currentCodes, categories },
    referenceSummary,
    currentSummary,
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

function finiteSorted(values: Float64Array): [Float64Array, ColumnSideSummary] {
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
  return [sortedCopy(finite), { count: finite.length, missing, nonFinite }];
}

/** Distinct values over two ascending arrays, by a merge. */
function distinctInSorted(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  let last = NaN;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (next !== last) {
      distinct++;
      last = next;
    }
  }
  return distinct;
}

function distinctValues(a: Float64Array, b: Float64Array): number[] {
  const values = new Set<number>();
  a.forEach((value) => values.add(value));
  b.forEach((value) => values.add(value));
  return [...values].sort((x, y) => x - y);
}

function presentCodes(column: CategoricalColumn): number[] {
  const seen = new Uint8Array(column.dictionary.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) seen[codes[i]] = 1;
  const present: number[] = [];
  seen.forEach((flag, code) => {
    if (flag) present.push(code);
  });
  return present;
}

function recode(column: CategoricalColumn, index: ReadonlyMap<string, number>): [Int32Array, ColumnSideSummary] {
  const mapping = Int32Array.from(column.dictionary, (label) => index.get(label) ?? -1);
  const codes = column.codes;
  let missing = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  const recoded = new Int32Array(codes.length - missing);
  let at = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) recoded[at++] = mapping[codes[i]];
  return [recoded, { count: recoded.length, missing, nonFinite: 0 }];
}
