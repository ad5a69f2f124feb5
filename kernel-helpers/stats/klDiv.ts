import { assertNonEmpty } from "./assertNonEmpty";
import { binnedShares } from "./binnedShares";
import type { StatTest } from "./statTest";

/**
 * Kullback–Leibler divergence `Σ p · ln(p / q)` (natural log) of two non-negative weight vectors,
 * each first divided by its sum. A term with p = 0 counts 0; p > 0 against q = 0 gives Infinity.
 *
 * Agrees with `scipy.stats.entropy(p, q)` (its `rel_entr` terms).
 * Reference: Kullback & Leibler, "On information and sufficiency", Ann. Math. Statist. 22 (1951).
 * Cost: O(k).
 *
 * @param p weights of the first distribution
 * @param q weights of the second distribution, same length
 * @example klDivergence(Float64Array.of(0.5, 0.5), Float64Array.of(0.25, 0.75)) // 0.14384103622589042
 */
export function klDivergence(p: Float64Array, q: Float64Array): number {
  const pSum = sum(p);
  const qSum = sum(q);
  let total = 0;
  for (let k = 0; k < p.length; k++) total += relativeEntropyTerm(p[k] / pSum, q[k] / qSum);
  return total;
}

/** `scipy.special.rel_entr(x, y)`. */
function relativeEntropyTerm(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k];
  return total;
}

/**
 * Evidently's `kl_div`: `scipy.stats.entropy(reference shares, current shares)` over
 * `binnedShares` with empty bins filled. A distance: drift when KL ≥ threshold (default 0.1).
 * Numerical and categorical columns. Empty samples throw `DataError`.
 */
export const klDivStatTest: StatTest = {
  name: "kl_div",
  title: "Kullback-Leibler divergence",
  columnTypes: ["categorical", "numerical"],
  defaultThreshold: 0.1,
  kind: "distance",
  run(reference, current) {
    assertNonEmpty("kl_div", reference, current);
    const shares = binnedShares(reference, current, true);
    return { score: klDivergence(shares.reference, shares.current) };
  },
  drifted: (score, threshold) => score >= threshold,
};
