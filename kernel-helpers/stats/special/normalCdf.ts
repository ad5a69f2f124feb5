import { erfc } from "./erfc";

/**
 * Cumulative distribution function of the standard normal distribution, `Φ(z)`.
 *
 * Reference: DLMF 7.2.2, `Φ(z) = ½ erfc(-z/√2)`; the lower tail keeps full relative accuracy
 * (down to underflow near z = -38) because it is never computed as `1 - something`.
 *
 * Agrees with `scipy.stats.norm.cdf` (`scipy.special.ndtr`).
 *
 * Cost: O(1).
 *
 * @param z any number
 * @returns `Φ(z)` in [0, 1]; NaN for NaN
 * @example
 * normalCdf(-1.959963984540054); // => 0.025 (to 1e-16)
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}
