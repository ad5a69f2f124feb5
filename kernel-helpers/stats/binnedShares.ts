import { DataError, UsageError } from "../errors";
import { ascendingValues } from "./ascendingValues";
import { categoryCounts } from "./categoryCounts";
import type { CountedValues } from "./countedValues";
import { countedValues, eitherCounted } from "./countedValues";
import { histogramCounts, histogramCountsCounted } from "./histogramCounts";
import type { Sample } from "./statTest";
import { sturgesBinEdges } from "./sturgesBinEdges";

/** Shares of the reference and current samples over the same bins (or values, or categories). */
export interface BinnedShares {
  readonly reference: Float64Array;
  readonly current: Float64Array;
}

/** More than this many distinct reference values make a numerical column binned by Sturges. */
const MAX_VALUES_COUNTED_ONE_BY_ONE = 20;

/**
 * The share of each sample in each bin, as Evidently's `get_binned_data` computes it for PSI,
 * KL divergence and Jensen–Shannon distance:
 *
 * - a numerical sample whose reference has more than 20 distinct values is cut into
 *   `numpy.histogram_bin_edges(reference ∪ current, bins="sturges")` bins (see `sturgesBinEdges`;
 *   each bin half-open, the last one closed);
 * - otherwise (fewer distinct values, or a categorical sample) each value or category that occurs
 *   in either sample is its own bin, in ascending value order (categories in `categoryCounts`
 *   order);
 * - with `fillZeroes`, an empty bin gets (smallest non-zero share) / 1e6 when that share is at
 *   most 1e-4, else 1e-4, for each sample separately (Evidently's `feel_zeroes=True`), so that
 *   logarithms stay finite. The shares then sum to slightly more than 1, as in Evidently.
 *
 * Evidently keeps the bins of a few-valued column in set order; the order does not change any
 * distance built on them beyond rounding.
 *
 * Cost: O(bins · log n) for binned numerical samples marked `sorted`, O(n) otherwise (plus a
 * sort of unsorted numerical samples).
 *
 * @throws {DataError} when either sample is empty
 * @throws {UsageError} when one sample is numerical and the other categorical
 * @example
 * binnedShares({ type: "numerical", values: Float64Array.of(1, 1, 2) }, { type: "numerical", values: Float64Array.of(2, 3) }, false)
 * // { reference: [2/3, 1/3, 0], current: [0, 0.5, 0.5] }
 */
export function binnedShares(reference: Sample, current: Sample, fillZeroes: boolean): BinnedShares {
  const [referenceCounts, currentCounts] = binCounts(reference, current);
  const referenceShares = shares(referenceCounts, fillZeroes);
  const currentShares = shares(currentCounts, fillZeroes);
  return { reference: referenceShares, current: currentShares };
}

function binCounts(reference: Sample, current: Sample): [Float64Array, Float64Array] {
  const referenceSize = reference.type === "numerical" ? reference.values.length : reference.codes.length;
  const currentSize = current.type === "numerical" ? current.values.length : current.codes.length;
  if (referenceSize === 0 || currentSize === 0) {
    throw new DataError(`cannot bin an empty sample (reference has ${referenceSize} values, current ${currentSize}); drop the column or supply data on both sides.`);
  }
  if (reference.type === "numerical" && current.type === "numerical") {
    if (reference.sturges && current.sturges) return [reference.sturges.counts, current.sturges.counts];
    if (eitherCounted(reference, current)) return countedBinCounts(countedValues(reference, "binning"), countedValues(current, "binning"));
    const r = ascendingValues(reference, "binning");
    const c = ascendingValues(current, "binning");
    if (distinctCountAbove(r, MAX_VALUES_COUNTED_ONE_BY_ONE)) {
      const edges = sturgesBinEdges(Math.min(r[0], c[0]), Math.max(r[r.length - 1], c[c.length - 1]), r.length + c.length);
      return [histogramCounts(r, edges), histogramCounts(c, edges)];
    }
    return valueCounts(r, c);
  }
  if (reference.type === "categorical" && current.type === "categorical") {
    const counts = categoryCounts(reference, current);
    return [counts.reference, counts.current];
  }
  throw new UsageError(`cannot bin a ${reference.type} reference against a ${current.type} current sample; give both sides the same column type.`);
}

/** True when the ascending `sorted` has more than `limit` distinct values (stops early). */
/** `binCounts` of two samples given as counts: the same bins or values, each weighted by its count. */
function countedBinCounts(r: CountedValues, c: CountedValues): [Float64Array, Float64Array] {
  const merged = mergedCounts(r, c);
  if (merged.values.length > MAX_VALUES_COUNTED_ONE_BY_ONE) {
    const edges = sturgesBinEdges(Math.min(r.values[0], c.values[0]), Math.max(r.values[r.values.length - 1], c.values[c.values.length - 1]), r.total + c.total);
    return [histogramCountsCounted(r, edges), histogramCountsCounted(c, edges)];
  }
  return [merged.reference, merged.current];
}

/** Each distinct value of two counted samples with its count on either side (0 where absent), by one merge. */
function mergedCounts(r: CountedValues, c: CountedValues): { values: number[]; reference: Float64Array; current: Float64Array } {
  const values: number[] = [];
  const referenceCounts: number[] = [];
  const currentCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < r.values.length || j < c.values.length) {
    const value = j >= c.values.length || (i < r.values.length && r.values[i] <= c.values[j]) ? r.values[i] : c.values[j];
    values.push(value);
    referenceCounts.push(i < r.values.length && r.values[i] === value ? r.counts[i++] : 0);
    currentCounts.push(j < c.values.length && c.values[j] === value ? c.counts[j++] : 0);
  }
  return { values, reference: Float64Array.from(referenceCounts), current: Float64Array.from(currentCounts) };
}

function distinctCountAbove(sorted: Float64Array, limit: number): boolean {
  let distinct = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] !== sorted[i - 1] && ++distinct > limit) return true;
  }
  return false;
}

/**
 * Counts of every distinct value of either ascending array, in ascending value order: one merge
 * pass, no hashing (`categoryCounts` hashes unsorted values; the drift layer hands sorted ones).
 */
function valueCounts(r: Float64Array, c: Float64Array): [Float64Array, Float64Array] {
  const referenceCounts: number[] = [];
  const currentCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < r.length || j < c.length) {
    const value = j >= c.length || (i < r.length && r[i] <= c[j]) ? r[i] : c[j];
    let inReference = 0;
    let inCurrent = 0;
    while (i < r.length && r[i] === value) {
      i++;
      inReference++;
    }
    while (j < c.length && c[j] === value) {
      j++;
      inCurrent++;
    }
    referenceCounts.push(inReference);
    currentCounts.push(inCurrent);
  }
  return [Float64Array.from(referenceCounts), Float64Array.from(currentCounts)];
}

function shares(counts: Float64Array, fillZeroes: boolean): Float64Array {
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k];
  const result = new Float64Array(counts.length);
  let smallest = Infinity;
  for (let k = 0; k < counts.length; k++) {
    result[k] = counts[k] / total;
    if (result[k] !== 0 && result[k] < smallest) smallest = result[k];
  }
  if (fillZeroes) {
    const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
    for (let k = 0; k < result.length; k++) if (result[k] === 0) result[k] = fill;
  }
  return result;
}
