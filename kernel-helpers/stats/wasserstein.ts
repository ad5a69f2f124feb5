import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { cdfDistanceCounted, cdfDistanceSorted } from "./cdfDistanceSorted";
import type { CountedValues } from "./countedValues";
import { countedValues, eitherCounted } from "./countedValues";
import { sortedCopy } from "./sortedCopy";
import type { StatTest } from "./statTest";

/**
 * First Wasserstein (earth mover's) distance between two samples of ascending values: the area
 * between their empirical CDFs.
 *
 * Agrees with `scipy.stats.wasserstein_distance(u, v)` (unweighted).
 * Reference: Ramdas, Garcia, Cuturi, "On Wasserstein Two Sample Testing and Related Families of
 * Nonparametric Tests" (2015), arXiv:1509.02237.
 * Cost: O(n + m); use this when the drift layer already holds sorted samples.
 *
 * @throws {DataError} when a sample is empty
 * @example wassersteinDistanceSorted(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)) // 5
 */
export function wassersteinDistanceSorted(u: Float64Array, v: Float64Array): number {
  return cdfDistanceSorted(u, v, 1);
}

/**
 * First Wasserstein distance between two samples in any order (sorted copies are made).
 * Agrees with `scipy.stats.wasserstein_distance(u, v)`. Cost: O(n + m) after sorting.
 *
 * @throws {DataError} when a sample is empty
 * @example wassersteinDistance(Float64Array.of(3, 0, 1), Float64Array.of(5, 6, 8)) // 5
 */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  return wassersteinDistanceSorted(sortedCopy(u), sortedCopy(v));
}

/**
 * Population standard deviation (ddof = 0), two passes as `numpy.std`. Where numpy's sums
 * overflow (values beyond ~1e150) it rescales instead of returning Infinity.
 */
function populationStd(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  let mean = sum / n;
  if (!Number.isFinite(mean)) {
    mean = 0;
    for (let i = 0; i < n; i++) mean += values[i] / n;
  }
  let squares = 0;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    squares += d * d;
    largest = Math.max(largest, Math.abs(d));
  }
  if (Number.isFinite(squares)) return Math.sqrt(squares / n);
  let scaled = 0;
  for (let i = 0; i < n; i++) {
    const r = (values[i] - mean) / largest;
    scaled += r * r;
  }
  return largest * Math.sqrt(scaled / n);
}

/** `populationStd` of a sample given as counts: the same two passes, each value weighted by its count. */
function countedPopulationStd(sample: CountedValues): number {
  const { values, counts, total: n } = sample;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * counts[i];
  let mean = sum / n;
  if (!Number.isFinite(mean)) {
    mean = 0;
    for (let i = 0; i < values.length; i++) mean += (values[i] / n) * counts[i];
  }
  let squares = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    squares += d * d * counts[i];
    largest = Math.max(largest, Math.abs(d));
  }
  if (Number.isFinite(squares)) return Math.sqrt(squares / n);
  let scaled = 0;
  for (let i = 0; i < values.length; i++) {
    const r = (values[i] - mean) / largest;
    scaled += r * r * counts[i];
  }
  return largest * Math.sqrt(scaled / n);
}

/**
 * Evidently's `wasserstein` (normed): the Wasserstein distance divided by
 * `max(std(reference, ddof=0), 0.001)`, so that it reads in reference standard deviations.
 * A distance: drift when ≥ threshold (default 0.1). Numerical columns only. Two constant equal
 * samples give 0; an empty sample throws `DataError`.
 */
export const wassersteinStatTest: StatTest = {
  name: "wasserstein",
  title: "Wasserstein distance (normed)",
  columnTypes: ["numerical"],
  defaultThreshold: 0.1,
  kind: "distance",
  run(reference, current, context) {
    assertNonEmpty("wasserstein", reference, current);
    if (eitherCounted(reference, current)) {
      const r = countedValues(reference, "wasserstein");
      const distance = cdfDistanceCounted(r, countedValues(current, "wasserstein"), 1);
      return { score: distance / Math.max(countedPopulationStd(r), 0.001), statistic: distance };
    }
    const r = ascendingValues(reference, "wasserstein");
    const c = ascendingValues(current, "wasserstein");
    const distance = context.firstWasserstein ?? wassersteinDistanceSorted(r, c);
    return { score: distance / Math.max(populationStd(r), 0.001), statistic: distance };
  },
  drifted: (score, threshold) => score >= threshold,
};
