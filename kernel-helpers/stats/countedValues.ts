import { ascendingValues } from "./ascendingValues";
import type { Sample } from "./statTest";

/** Distinct values in ascending order with how often each occurs: a numerical sample as counts. */
export interface CountedValues {
  readonly values: Float64Array;
  readonly counts: Float64Array;
  /** The sum of `counts`: the sample's size. */
  readonly total: number;
}

/**
 * A numerical sample as distinct ascending values and their counts: a counted sample's own
 * arrays (see `NumericalSample.counts`), or the runs of equal values of a plain one. The counted
 * variants of the rank and CDF tests (`ksTwoSampleCounted`, `cdfDistanceCounted`, …) walk these,
 * so a summary counted by a database and the rows it counts give the same numbers.
 *
 * Cost: O(1) for a counted sample; O(n) (after the sort `ascendingValues` may make) for a plain one.
 *
 * @param sample a numerical sample
 * @param testName the test asking, named in the error for a categorical sample
 * @throws {UsageError} when the sample is categorical
 * @example
 * countedValues({ type: "numerical", values: Float64Array.of(2, 1, 2) }, "ks")
 * // => { values: [1, 2], counts: [1, 2], total: 3 }
 */
export function countedValues(sample: Sample, testName: string): CountedValues {
  if (sample.type === "numerical" && sample.counts) {
    let total = 0;
    for (let i = 0; i < sample.counts.length; i++) total += sample.counts[i];
    return { values: sample.values, counts: sample.counts, total };
  }
  const sorted = ascendingValues(sample, testName);
  const values: number[] = [];
  const counts: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    const value = sorted[i];
    const start = i;
    while (i < sorted.length && sorted[i] === value) i++;
    values.push(value);
    counts.push(i - start);
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: sorted.length };
}

/** True when either sample is given as counts, so a test takes its counted path. */
export function eitherCounted(reference: Sample, current: Sample): boolean {
  return reference.counts !== undefined || current.counts !== undefined;
}
