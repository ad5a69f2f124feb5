import { normalSf } from "./normalSf";
import { regularizedBeta } from "./regularizedBeta";

/**
 * Survival function of Student's t distribution, `P(T_ν > t)`.
 *
 * Reference: Abramowitz & Stegun 26.7.1 and DLMF 8.17.2: for t ≥ 0 it is
 * `½ I_{ν/(ν+t²)}(ν/2, ½)`, with the complement `t²/(ν+t²)` passed to `regularizedBeta` so that
 * neither argument is rounded by `1 - x`; negative t uses symmetry. ν = ∞ is the normal law.
 *
 * Agrees with `scipy.stats.t.sf(t, df)` (`scipy.special.stdtr(df, -t)`), for non-integer ν too.
 * Relative error ≈ 2e-16·ν/t² when ν ≫ t² (the limit of `regularizedBeta` near x = 1): about 1e-12
 * at ν = 1e4, 2e-11 at ν = 1e6, 4e-10 at ν = 1e7 for t = 2; scipy (cdflib's TOMS 708 `bratio`)
 * keeps full precision there with an asymptotic expansion that is not ported here.
 *
 * Cost: O(√ν) at worst.
 *
 * @param t the statistic
 * @param df degrees of freedom ν, > 0 (may be non-integer, as in Welch's test)
 * @returns the upper-tail probability; NaN when df ≤ 0 or an argument is NaN
 * @example
 * studentTSf(2.0, 10); // => 0.03669401738537021
 */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalSf(t);
  if (t < 0) return 1 - studentTSf(-t, df);
  if (t === Number.POSITIVE_INFINITY) return 0;
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return 0.5 * regularizedBeta(x, df / 2, 0.5, y);
}
