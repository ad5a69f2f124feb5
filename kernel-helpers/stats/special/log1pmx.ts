/**
 * `log1pmx(t) = ln(1 + t) - t`, computed without the cancellation that the direct formula
 * suffers for small `t`.
 *
 * Reference: C. Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000), the
 * `bd0` deviance term; scipy's `scipy.special.log1pmx` (cephes `log1pmx`) computes the same value.
 * For |t| < 0.5 the series `ln(1+t) - t = -t·u + 2(u³/3 + u⁵/5 + …)` with `u = t / (2 + t)`
 * has only negative terms, so every digit of the result is kept.
 *
 * Cost: O(1) (at most ~40 series terms).
 *
 * @param t a number > -1
 * @returns `ln(1 + t) - t`; -Infinity at t = -1, NaN below
 * @example
 * log1pmx(1e-10); // => -5.0e-21 (ln(1+t) - t would give 0 or garbage)
 * log1pmx(1); // => -0.30685281944005466 (ln 2 - 1)
 */
export function log1pmx(t: number): number {
  if (Math.abs(t) >= 0.5) return Math.log1p(t) - t;
  const u = t / (2 + t);
  const u2 = u * u;
  let power = u * u2;
  let sum = 0;
  for (let k = 3; k < 200; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * 1e-17) break;
    power *= u2;
  }
  return 2 * sum - t * u;
}
