import { assertNonEmpty } from "./assertNonEmpty";
import { binnedShares } from "./binnedShares";
import type { StatTest } from "./statTest";

/**
 * Population stability index of two share vectors: `Σ (r − c) · ln(r / c)`. Every share must be
 * positive (Evidently fills empty bins first, see `binnedShares`).
 *
 * Reference: Yurdakul, "Statistical properties of population stability index" (2018).
 * Agrees with Evidently's `_psi` on the output of `get_binned_data`.
 * Cost: O(bins).
 *
 * @param reference shares of the reference sample
 * @param current shares of the current sample, same bins
 * @example populationStabilityIndex(Float64Array.of(0.5, 0.5), Float64Array.of(0.25, 0.75)) // 0.2746530721670274
 */
export function populationStabilityIndex(reference: Float64Array, current: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < reference.length; k++) sum += (reference[k] - current[k]) * Math.log(reference[k] / current[k]);
  return sum;
}

/**
 * Evidently's `psi`: the population stability index over `binnedShares` with empty bins filled.
 * A distance: drift when PSI ≥ threshold (default 0.1). Numerical and categorical columns.
 * Empty samples throw `DataError` (Evidently returns NaN).
 */
export const psiStatTest: StatTest = {
  name: "psi",
  title: "PSI",
  columnTypes: ["categorical", "numerical"],
  defaultThreshold: 0.1,
  kind: "distance",
  run(reference, current) {
    assertNonEmpty("psi", reference, current);
    const shares = binnedShares(reference, current, true);
    return { score: populationStabilityIndex(shares.reference, shares.current) };
  },
  drifted: (score, threshold) => score >= threshold,
};
