import { normalCdf } from "./normalCdf";

/**
 * Survival function of the standard normal distribution, `1 - Φ(z) = Φ(-z)`.
 *
 * Reference: DLMF 7.2.2; by symmetry it is `normalCdf(-z)`, so small upper tails keep their
 * relative accuracy instead of being rounded away by `1 - Φ(z)`.
 *
 * Agrees with `scipy.stats.norm.sf`.
 *
 * Cost: O(1).
 *
 * @param z any number
 * @returns `P(Z > z)` in [0, 1]; NaN for NaN
 * @example
 * normalSf(5); // => 2.866515718791939e-7
 */
export function normalSf(z: number): number {
  return normalCdf(-z);
}
