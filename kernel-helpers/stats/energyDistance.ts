import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { cdfDistanceCounted, cdfDistanceSorted } from "./cdfDistanceSorted";
import { countedValues, eitherCounted } from "./countedValues";
import { sortedCopy } from "./sortedCopy";
import type { StatTest } from "./statTest";

/**
 * Energy distance between two samples of ascending values:
 * `sqrt(2 E|X−Y| − E|X−X'| − E|Y−Y'|)`, computed as `√2` times the L² distance between the
 * empirical CDFs.
 *
 * Agrees with `scipy.stats.energy_distance(u, v)` (unweighted).
 * Reference: Székely & Rizzo, "Energy statistics: A class of statistics based on distances",
 * J. Stat. Planning and Inference 143 (2013) 1249–1272.
 * Cost: O(n + m); use this when the drift layer already holds sorted samples.
 *
 * @throws {DataError} when a sample is empty
 * @example energyDistanceSorted(Float64Array.of(0), Float64Array.of(1)) // 1.4142135623730951
 */
export function energyDistanceSorted(u: Float64Array, v: Float64Array): number {
  return Math.SQRT2 * cdfDistanceSorted(u, v, 2);
}

/**
 * Energy distance between two samples in any order (sorted copies are made).
 * Agrees with `scipy.stats.energy_distance(u, v)`. Cost: O(n + m) after sorting.
 *
 * @throws {DataError} when a sample is empty
 * @example energyDistance(Float64Array.of(2, 0), Float64Array.of(1)) // 1.0000000000000002
 */
export function energyDistance(u: Float64Array, v: Float64Array): number {
  return energyDistanceSorted(sortedCopy(u), sortedCopy(v));
}

/**
 * Evidently's `ed`: the energy distance of the raw values (not normed). A distance: drift when
 * the distance is strictly greater than the threshold (default 0.1), as in Evidently.
 * Numerical columns only. An empty sample throws `DataError`.
 */
export const energyDistanceStatTest: StatTest = {
  name: "ed",
  title: "Energy-distance",
  columnTypes: ["numerical"],
  defaultThreshold: 0.1,
  kind: "distance",
  run(reference, current) {
    assertNonEmpty("ed", reference, current);
    if (eitherCounted(reference, current)) return { score: Math.SQRT2 * cdfDistanceCounted(countedValues(reference, "ed"), countedValues(current, "ed"), 2) };
    return { score: energyDistanceSorted(ascendingValues(reference, "ed"), ascendingValues(current, "ed")) };
  },
  drifted: (score, threshold) => score > threshold,
};
