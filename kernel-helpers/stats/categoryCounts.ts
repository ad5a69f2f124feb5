import { UsageError } from "../errors";
import type { CategoricalSample, Sample } from "./statTest";

export interface CategoryCounts {
  /** Labels of the values present in either sample (for numerical samples, `String(value)`). */
  readonly labels: readonly string[];
  /** How often each label occurs in the reference sample. */
  readonly reference: Float64Array;
  /** How often each label occurs in the current sample. */
  readonly current: Float64Array;
}

/**
 * Adds how often each code occurs in a categorical sample to `counts` (indexed by code), one per
 * row or, for a sample given as counts, each code's count. Cost: O(n).
 */
export function addCodeCounts(counts: Float64Array, sample: CategoricalSample): void {
  const { codes, counts: given } = sample;
  if (given) for (let i = 0; i < codes.length; i++) counts[codes[i]] += given[i];
  else for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
}

function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Counts of each distinct value in a reference and a current sample, over the values present in
 * either (a category that occurs in neither sample is left out), in ascending order: numerically
 * for numerical samples and for categorical labels that all read as numbers, otherwise by code point.
 *
 * Reference: Evidently `get_unique_not_nan_values_list_from_series` and `value_counts`, which the
 * chi-square, G- and z-tests start from. Evidently walks a Python set (arbitrary order); the
 * order here is fixed so that results are reproducible (it changes only the last bits of a sum).
 *
 * Samples given as counts (see `NumericalSample.counts`) add their counts.
 *
 * Cost: O(n + k log k) for n values and k distinct values.
 *
 * @param reference a sample
 * @param current a sample of the same type (categorical samples share `categories`)
 * @throws {UsageError} when the two samples are of different types
 * @example
 * categoryCounts(
 *   { type: "categorical", codes: new Int32Array([0, 0, 1]), categories: ["a", "b", "c"] },
 *   { type: "categorical", codes: new Int32Array([1, 1]), categories: ["a", "b", "c"] },
 * ); // => { labels: ["a", "b"], reference: [2, 1], current: [0, 2] }
 */
export function categoryCounts(reference: Sample, current: Sample): CategoryCounts {
  if (reference.type === "categorical" && current.type === "categorical") {
    const size = reference.categories.length;
    const ref = new Float64Array(size);
    const cur = new Float64Array(size);
    addCodeCounts(ref, reference);
    addCodeCounts(cur, current);
    const present: number[] = [];
    for (let k = 0; k < size; k++) if (ref[k] > 0 || cur[k] > 0) present.push(k);
    const labels = present.map((k) => reference.categories[k]);
    const numeric = labels.every((label) => label.trim() !== "" && Number.isFinite(Number(label)));
    present.sort((p, q) =>
      numeric ? Number(reference.categories[p]) - Number(reference.categories[q]) : compareLabels(reference.categories[p], reference.categories[q]),
    );
    return {
      labels: present.map((k) => reference.categories[k]),
      reference: Float64Array.from(present, (k) => ref[k]),
      current: Float64Array.from(present, (k) => cur[k]),
    };
  }
  if (reference.type === "numerical" && current.type === "numerical") {
    const counts = new Map<number, [number, number]>();
    for (const [side, sample] of [[0, reference], [1, current]] as const) {
      const { values, counts: given } = sample;
      for (let i = 0; i < values.length; i++) {
        const entry = counts.get(values[i]) ?? [0, 0];
        entry[side] += given ? given[i] : 1;
        counts.set(values[i], entry);
      }
    }
    const values = [...counts.keys()].sort((p, q) => p - q);
    return {
      labels: values.map((v) => String(v)),
      reference: Float64Array.from(values, (v) => (counts.get(v) as [number, number])[0]),
      current: Float64Array.from(values, (v) => (counts.get(v) as [number, number])[1]),
    };
  }
  throw new UsageError(`Cannot compare a ${reference.type} reference sample with a ${current.type} current sample.`);
}
