import { assertNonEmpty } from "./assertNonEmpty";
import { binnedShares } from "./binnedShares";
import type { StatTest } from "./statTest";

/**
 * Jensen–Shannon distance (natural log) of two non-negative weight vectors, each first divided by
 * its sum: `sqrt((KL(p‖m) + KL(q‖m)) / 2)` with `m = (p + q) / 2`. Between 0 and √ln 2.
 *
 * Agrees with `scipy.spatial.distance.jensenshannon(p, q)`, except that a sum that rounds below
 * zero gives 0 where SciPy would return NaN.
 * Reference: Endres & Schindelin, "A new metric for probability distributions", IEEE Trans.
 * Inf. Theory 49 (2003) 1858–1860.
 * Cost: O(k).
 *
 * @param p weights of the first distribution
 * @param q weights of the second distribution, same length
 * @example jensenShannonDistance(Float64Array.of(1, 0), Float64Array.of(0, 1)) // 0.8325546111576977
 */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  let pSum = 0;
  let qSum = 0;
  for (let k = 0; k < p.length; k++) {
    pSum += p[k];
    qSum += q[k];
  }
  let left = 0;
  let right = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] / pSum;
    const qk = q[k] / qSum;
    const m = (pk + qk) / 2;
    if (pk > 0) left += pk * Math.log(pk / m);
    if (qk > 0) right += qk * Math.log(qk / m);
  }
  const js = left + right;
  return js > 0 ? Math.sqrt(js / 2) : 0;
}

/**
 * Evidently's `jensenshannon`: the Jensen–Shannon distance (natural log) over `binnedShares`
 * without filling empty bins. A distance: drift when JS ≥ threshold (default 0.1).
 * Numerical and categorical columns. Empty samples throw `DataError` (Evidently returns NaN).
 */
export const jensenShannonStatTest: StatTest = {
  name: "jensenshannon",
  title: "Jensen-Shannon distance",
  columnTypes: ["categorical", "numerical"],
  defaultThreshold: 0.1,
  kind: "distance",
  run(reference, current) {
    assertNonEmpty("jensenshannon", reference, current);
    const shares = binnedShares(reference, current, false);
    return { score: jensenShannonDistance(shares.reference, shares.current) };
  },
  drifted: (score, threshold) => score >= threshold,
};
