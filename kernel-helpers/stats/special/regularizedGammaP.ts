import { gammaPowerTerm } from "./gammaPowerTerm";
import { incompleteGammaFraction } from "./incompleteGammaFraction";
import { incompleteGammaSeries } from "./incompleteGammaSeries";

/**
 * The regularized lower incomplete gamma function `P(a, x) = γ(a, x) / Γ(a)`.
 *
 * Reference: DLMF 8.2.4; Numerical Recipes §6.2 `gammp`. Uses the power series for x < a + 1 and
 * `1 - Q(a, x)` by continued fraction otherwise, so the returned value never loses more than a
 * few ulps of its own magnitude when it is the smaller of P and Q.
 *
 * Agrees with `scipy.special.gammainc(a, x)`.
 *
 * Cost: O(√a) for x near a, O(1)-ish elsewhere.
 *
 * @param a shape, > 0
 * @param x point, ≥ 0
 * @returns `P(a, x)` in [0, 1]; NaN for a ≤ 0 or x < 0
 * @example
 * regularizedGammaP(2, 1); // => 0.2642411176571153
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (a === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return gammaPowerTerm(a, x) * incompleteGammaSeries(a, x);
  return 1 - gammaPowerTerm(a, x) * incompleteGammaFraction(a, x);
}
