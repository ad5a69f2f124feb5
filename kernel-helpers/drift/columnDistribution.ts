import { addCodeCounts } from "../stats/categoryCounts";
import type { CountedValues } from "../stats/countedValues";
import { countedValues, eitherCounted } from "../stats/countedValues";
import { histogramCounts, histogramCountsCounted } from "../stats/histogramCounts";
import type { CategoricalSample } from "../stats/statTest";
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
    return categoryDistribution(pair.reference, pair.current, pair.reference.categories);
  }
  if (eitherCounted(pair.reference, pair.current)) {
    const reference = countedValues(pair.reference, "distribution");
    const current = countedValues(pair.current, "distribution");
    return pair.uniqueValues <= DISTRIBUTION_MAX_CATEGORIES ? countedValueDistribution(reference, current) : histogramDistribution(countedSide(reference), countedSide(current));
  }
  const reference = (pair as NumericalPair).reference.values;
  const current = (pair as NumericalPair).current.values;
  if (pair.uniqueValues <= DISTRIBUTION_MAX_CATEGORIES) return valueDistribution(reference, current);
  return histogramDistribution(plainSide(reference), plainSide(current));
}

/**
 * One side of a histogram: its ascending values (each distinct value once, for a sample given as
 * counts) and the rows they stand for, so that both kinds of sample get the same edges and counts.
 */
interface HistogramSide {
  readonly values: Float64Array;
  readonly total: number;
  /** The value at 0-based position `rank` of the expanded ascending sample. */
  valueAtRank(rank: number): number;
  /** How many rows the first `index` entries of `values` stand for. */
  rowsBelow(index: number): number;
  counts(edges: Float64Array): Float64Array;
}

function plainSide(values: Float64Array): HistogramSide {
  return { values, total: values.length, valueAtRank: (rank) => values[rank], rowsBelow: (index) => index, counts: (edges) => histogramCounts(values, edges) };
}

function countedSide(sample: CountedValues): HistogramSide {
  return {
    values: sample.values,
    total: sample.total,
    valueAtRank: (rank) => valueAtRank(sample, rank),
    rowsBelow: (index) => countBelow(sample, index),
    counts: (edges) => histogramCountsCounted(sample, edges),
  };
}

function histogramDistribution(reference: HistogramSide, current: HistogramSide): HistogramDistribution {
  const first = (side: HistogramSide) => side.values[0];
  const last = (side: HistogramSide) => side.values[side.values.length - 1];
  // The values below which (above which) at most `TAIL_SHARE` of a side's rows lie.
  const lower = (side: HistogramSide) => side.valueAtRank(Math.floor(TAIL_SHARE * (side.total - 1)));
  const upper = (side: HistogramSide) => side.valueAtRank(Math.ceil((1 - TAIL_SHARE) * (side.total - 1)));
  let lo = Math.min(lower(reference), lower(current));
  let hi = Math.max(upper(reference), upper(current));
  if (!(hi > lo)) {
    lo = Math.min(first(reference), first(current));
    hi = Math.max(last(reference), last(current));
  }
  const edges = niceEdges(lo, hi, isIntegerValued(reference.values) && isIntegerValued(current.values));
  const edgeArray = Float64Array.from(edges);
  const outside = (side: HistogramSide): [number, number] => [
    side.rowsBelow(searchSorted(side.values, edges[0], "left")),
    side.total - side.rowsBelow(searchSorted(side.values, edges[edges.length - 1], "right")),
  ];
  return {
    kind: "histogram",
    edges,
    reference: Array.from(reference.counts(edgeArray)),
    current: Array.from(current.counts(edgeArray)),
    referenceOutside: outside(reference),
    currentOutside: outside(current),
  };
}

/** The value at 0-based position `rank` of the expanded ascending sample. */
function valueAtRank(sample: CountedValues, rank: number): number {
  let below = 0;
  for (let i = 0; i < sample.values.length; i++) {
    below += sample.counts[i];
    if (below > rank) return sample.values[i];
  }
  return sample.values[sample.values.length - 1];
}

/** How many rows the first `distinct` values of a counted sample stand for. */
function countBelow(sample: CountedValues, distinct: number): number {
  let total = 0;
  for (let i = 0; i < distinct; i++) total += sample.counts[i];
  return total;
}

/** `valueDistribution` of two samples given as counts. */
function countedValueDistribution(reference: CountedValues, current: CountedValues): CategoryDistribution {
  const labels: string[] = [];
  const referenceCounts: number[] = [];
  const currentCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < reference.values.length || j < current.values.length) {
    const value = j >= current.values.length || (i < reference.values.length && reference.values[i] <= current.values[j]) ? reference.values[i] : current.values[j];
    labels.push(String(value));
    referenceCounts.push(i < reference.values.length && reference.values[i] === value ? reference.counts[i++] : 0);
    currentCounts.push(j < current.values.length && current.values[j] === value ? current.counts[j++] : 0);
  }
  return { kind: "categories", labels, reference: referenceCounts, current: currentCounts, referenceOther: 0, currentOther: 0 };
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
function categoryDistribution(referenceSample: CategoricalSample, currentSample: CategoricalSample, categories: readonly string[]): CategoryDistribution {
  const reference = new Float64Array(categories.length);
  const current = new Float64Array(categories.length);
  addCodeCounts(reference, referenceSample);
  addCodeCounts(current, currentSample);
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
