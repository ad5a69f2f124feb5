import { besselK } from "./besselK";
import { logGamma } from "./logGamma";

/**
 * CDF of the limiting (infinite-sample) distribution of the Cramér–von Mises statistic,
 * `Σ_k Γ(k+½)/(Γ(k+1) π^{3/2} √x) · √(4k+1) · e^{−q} · K_{1/4}(q)`, `q = (4k+1)²/(16x)`,
 * summing terms until one falls below 1e-7 (the stopping rule of SciPy).
 *
 * Agrees with SciPy's private `scipy.stats._hypotests._cdf_cvm_inf(x)` (SciPy 1.10), which the
 * two-sample test `cramervonmises_2samp` and Evidently's `cramer_von_mises` use for large samples.
 * Reference: Csörgő & Faraway, "The exact and asymptotic distributions of Cramér-von Mises
 * statistics", J. R. Stat. Soc. B 58 (1996) 221–234, eq. 1.2–1.3. Not accurate for x > 4, where
 * the CDF is within 1e-7 of 1.
 *
 * Cost: a few terms (each one `besselK`), more for large x.
 *
 * @param x the statistic, > 0
 * @example cramerVonMisesLimitCdf(0.461) // 0.94989287279824… (0.461 is the 5% critical value)
 */
export function cramerVonMisesLimitCdf(x: number): number {
  let total = 0;
  for (let k = 0; ; k++) {
    const u = Math.exp(logGamma(k + 0.5) - logGamma(k + 1)) / (Math.pow(Math.PI, 1.5) * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const term = u * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
    total += term;
    if (!(Math.abs(term) >= 1e-7)) return total;
  }
}
