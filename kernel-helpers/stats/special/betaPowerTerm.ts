import { log1pmx } from "./log1pmx";
import { stirlingError } from "./stirlingError";

/**
 * The prefactor of the incomplete beta function, `xᵃ yᵇ / B(a, b)` with `y = 1 - x`.
 *
 * Reference: C. Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000). With
 * `p = a/(a+b)`, `q = b/(a+b)` and `δ = x - p`, it is evaluated as
 * `√(ab / (2π(a+b))) · exp(a·log1pmx(δ/p) + b·log1pmx(-δ/q) - s(a) - s(b) + s(a+b))` where `s` is
 * `stirlingError`. Both logarithmic terms are ≤ 0, so nothing large cancels even for a, b ~ 1e6.
 *
 * Cost: O(1).
 *
 * @param a first shape, > 0
 * @param b second shape, > 0
 * @param x point in [0, 1]
 * @param y `1 - x`, passed separately when the caller knows it more precisely
 * @returns `xᵃ (1-x)ᵇ / B(a, b)`
 * @example
 * betaPowerTerm(2, 3, 0.5, 0.5); // => 0.375 (0.5² · 0.5³ · 12)
 */
export function betaPowerTerm(a: number, b: number, x: number, y: number = 1 - x): number {
  if (x === 0 || y === 0) return 0;
  const total = a + b;
  const p = a / total;
  const q = b / total;
  const delta = x < 0.5 ? x - p : q - y;
  // a·log1pmx(δ/p) = a·(ln(x/p) - δ/p); the logarithm is taken directly when x ≪ p (δ/p ≈ -1).
  const tx = delta / p;
  const ty = -delta / q;
  const termX = tx < -0.5 ? a * (Math.log(x / p) - tx) : a * log1pmx(tx);
  const termY = ty < -0.5 ? b * (Math.log(y / q) - ty) : b * log1pmx(ty);
  const exponent = termX + termY - stirlingError(a) - stirlingError(b) + stirlingError(total);
  return Math.sqrt((a * b) / (2 * Math.PI * total)) * Math.exp(exponent);
}
