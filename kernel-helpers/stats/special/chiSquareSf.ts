import { regularizedGammaQ } from "./regularizedGammaQ";

/**
 * Survival function of the chi-square distribution, `P(χ²_df > x) = Q(df/2, x/2)`.
 *
 * Reference: DLMF 8.2.4 and Abramowitz & Stegun 26.4.2; evaluated by `regularizedGammaQ`, so small
 * tail probabilities keep ~1e-14 relative accuracy.
 *
 * Agrees with `scipy.stats.chi2.sf(x, df)` and `scipy.special.chdtrc(df, x)`.
 *
 * Cost: O(√df) at worst.
 *
 * @param x the statistic; x ≤ 0 gives 1
 * @param df degrees of freedom, > 0
 * @returns the upper-tail probability; NaN when df ≤ 0 or an argument is NaN
 * @example
 * chiSquareSf(3.841458820694124, 1); // => 0.05 (to 1e-15)
 */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
