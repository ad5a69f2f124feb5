import { histogramCounts } from "../stats/histogramCounts";
import { searchSorted } from "../stats/searchSorted";
import type { CategoricalPair, NumericalPair } from "./columnSamples";

/** Most bins of a numerical distribution (a few more when the nice edges need them). */
export const DISTRIBUTION_MAX_BINS = 30;
/** Most categories (or distinct numbers) listed one by one; the rest are counted together. */
export const DISTRIBUTION_MAX_CATEGORIES = 20;
/** Share of each side's values in each tail that may fall outside the plotted range. */
const TAIL_SHARE = 0.005;

/**
 * Binned counts of a numerical column, reference and current over the same bins: bin `i` is
 * `[edges[i], edges[i+1])`, the last one closed. The range covers both sides but for their 0.5%
 * tails; values beyond it are counted in `…Outside` as `[below, above]`.
 */
export interface HistogramDistribution {
  readonly kind: "histogram";
  readonly edges: readonly number[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  readonly referenceOutside: readonly [number, number];
  readonly currentOutside: readonly [number, number];
}

/**
 * Counts per category (or per distinct number, for a numerical column with few values) on both
 * sides: the most frequent over both sides first (numbers in ascending order), the rest in `…Other`.
 */
export interface CategoryDistribution {
  readonly kind: "categories";
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  readonly referenceOther: number;
  readonly currentOther: number;
}

/** What a distribution overlay draws: small and bounded whatever the number of rows. */
export type ColumnDistribution = HistogramDistribution | CategoryDistribution;

/**
 * The bounded summary of a column's two samples that a report keeps for plotting — at most
 * `DISTRIBUTION_MAX_BINS` bins with "nice" edges (steps of 1, 2 or 5 × 10^k; whole steps centred
 * on the integers for integer-valued columns) or `DISTRIBUTION_MAX_CATEGORIES` categories — so
 * that a report of 1,000,000-row datasets stays a few kilobytes per column. Numerical columns
 * with at most `DISTRIBUTION_MAX_CATEGORIES` distinct values are counted value by value.
 * Cost: O(n) for the integer check and the category counts, O(bins · log n) for the bins (the
 * drift layer hands sorted numbers).
 *
 * @example
 * columnDistribution(numericalPair(reference, current)).kind // "histogram"
 */
export function columnDistribution(pair: NumericalPair | CategoricalPair): ColumnDistribution {
  if (pair.reference.type === "categorical" && pair.current.type === "categorical") {
    return categoryDistribution(pair.reference.codes, pair.current.codes, pair.reference.categories);
  }
  const reference = (pair as NumericalPair).reference.values;
  const current = (pair as NumericalPair).current.values;
  if (pair.uniqueValues <= DISTRIBUTION_MAX_CATEGORIES) return valueDistribution(reference, current);
  return histogramDistribution(reference, current);
}

function histogramDistribution(reference: Float64Array, current: Float64Array): HistogramDistribution {
  const last = (values: Float64Array) => values[values.length - 1];
  let lo = Math.min(lowerQuantile(reference), lowerQuantile(current));
  let hi = Math.max(upperQuantile(reference), upperQuantile(current));
  if (!(hi > lo)) {
    lo = Math.min(reference[0], current[0]);
    hi = Math.max(last(reference), last(current));
  }
  const edges = niceEdges(lo, hi, isIntegerValued(reference) && isIntegerValued(current));
  const edgeArray = Float64Array.from(edges);
  const outside = (values: Float64Array): [number, number] => [
    searchSorted(values, edges[0], "left"),
    values.length - searchSorted(values, edges[edges.length - 1], "right"),
  ];
  return {
    kind: "histogram",
    edges,
    reference: Array.from(histogramCounts(reference, edgeArray)),
    current: Array.from(histogramCounts(current, edgeArray)),
    referenceOutside: outside(reference),
    currentOutside: outside(current),
  };
}

/** The value below which at most `TAIL_SHARE` of the ascending `values` lie. */
function lowerQuantile(values: Float64Array): number {
  return values[Math.floor(TAIL_SHARE * (values.length - 1))];
}

function upperQuantile(values: Float64Array): number {
  return values[Math.ceil((1 - TAIL_SHARE) * (values.length - 1))];
}

function isIntegerValued(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isInteger(values[i])) return false;
  return true;
}

/**
 * Edges every `step` (the smallest of 1, 2, 5 × 10^k giving at most `DISTRIBUTION_MAX_BINS` bins
 * over `[lo, hi]`), starting at a multiple of the step — shifted by −0.5 for integer values, so
 * each bar is centred on whole numbers. Falls back to one bin when the magnitude leaves no room
 * for distinct edges.
 */
function niceEdges(lo: number, hi: number, integer: boolean): number[] {
  const raw = hi / DISTRIBUTION_MAX_BINS - lo / DISTRIBUTION_MAX_BINS;
  let step = niceStep(raw);
  if (integer) step = Math.max(1, step);
  const shift = integer ? 0.5 : 0;
  const start = Math.floor((lo + shift) / step) * step - shift;
  const bins = Math.max(1, Math.ceil(hi / step - start / step));
  if (!(bins <= DISTRIBUTION_MAX_BINS + 2)) return [lo, hi];
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(Number((start + i * step).toPrecision(12)));
  const increasing = edges.every((edge, i) => i === 0 || edge > edges[i - 1]);
  return increasing && Number.isFinite(edges[0]) && Number.isFinite(edges[bins]) && edges[0] <= lo && edges[bins] >= hi ? edges : [lo, hi];
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** Each distinct number of two ascending arrays, counted by one merge. */
function valueDistribution(reference: Float64Array, current: Float64Array): CategoryDistribution {
  const labels: string[] = [];
  const referenceCounts: number[] = [];
  const currentCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < reference.length || j < current.length) {
    const value = j >= current.length || (i < reference.length && reference[i] <= current[j]) ? reference[i] : current[j];
    const from = [i, j];
    while (i < reference.length && reference[i] === value) i++;
    while (j < current.length && current[j] === value) j++;
    labels.push(String(value));
    referenceCounts.push(i - from[0]);
    currentCounts.push(j - from[1]);
  }
  return { kind: "categories", labels, reference: referenceCounts, current: currentCounts, referenceOther: 0, currentOther: 0 };
}

/** The most frequent categories over both sides (ties by label), the rest counted as other. */
function categoryDistribution(referenceCodes: Int32Array, currentCodes: Int32Array, categories: readonly string[]): CategoryDistribution {
  const reference = new Float64Array(categories.length);
  const current = new Float64Array(categories.length);
  for (let i = 0; i < referenceCodes.length; i++) reference[referenceCodes[i]]++;
  for (let i = 0; i < currentCodes.length; i++) current[currentCodes[i]]++;
  const order = categories.map((_, k) => k).filter((k) => reference[k] + current[k] > 0).sort((p, q) => reference[q] + current[q] - (reference[p] + current[p]) || p - q);
  const kept = order.slice(0, DISTRIBUTION_MAX_CATEGORIES);
  const sum = (counts: Float64Array, codes: readonly number[]) => codes.reduce((total, k) => total + counts[k], 0);
  const rest = order.slice(DISTRIBUTION_MAX_CATEGORIES);
  return {
    kind: "categories",
    labels: kept.map((k) => categories[k]),
    reference: kept.map((k) => reference[k]),
    current: kept.map((k) => current[k]),
    referenceOther: sum(reference, rest),
    currentOther: sum(current, rest),
  };
}
