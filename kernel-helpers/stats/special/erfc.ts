import { expMinusSquare } from "./expMinusSquare";
import { incompleteGammaFraction } from "./incompleteGammaFraction";
import { incompleteGammaSeries } from "./incompleteGammaSeries";

const ONE_OVER_SQRT_PI = 0.5641895835477563;

/**
 * The complementary error function, `erfc(x) = 1 - erf(x) = 2/√π ∫ₓ^∞ e^(-t²) dt`.
 *
 * Reference: DLMF 7.2.2 and 7.11.2: `erfc(x) = Q(½, x²)`, evaluated for x ≥ 1.25 by the
 * continued fraction `x e^(-x²)/√π · F(½, x²)` (modified Lentz) with `e^(-x²)` computed without
 * rounding x²; `1 - P(½, x²)` by power series below, and `2 - erfc(-x)` for negative x. Relative error ~1e-15
 * down to the underflow near x = 27.
 *
 * Agrees with `scipy.special.erfc`.
 *
 * Cost: O(1) (≤ ~60 fraction steps).
 *
 * @param x any number
 * @returns `erfc(x)` in [0, 2]; NaN for NaN
 * @example
 * erfc(3); // => 0.000022090496998585448
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  // erfc(x) = Q(½, x²) = 1 - P(½, x²), with x^(2a) e^(-x²)/Γ(a) = x e^(-x²)/√π at a = ½.
  if (x < 1.25) return 1 - ONE_OVER_SQRT_PI * x * expMinusSquare(x) * incompleteGammaSeries(0.5, x * x);
  if (x > 27.3) return 0;
  return ONE_OVER_SQRT_PI * x * expMinusSquare(x) * incompleteGammaFraction(0.5, x * x);
}
