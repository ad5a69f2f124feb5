import { log1pmx } from "./log1pmx";
import { logGamma } from "./logGamma";
import { stirlingError } from "./stirlingError";

/**
 * The prefactor of the incomplete gamma functions, `xᵃ e⁻ˣ / Γ(a)`.
 *
 * Reference: C. Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000). For
 * a ≥ 10 it is evaluated as `√(a/2π) · exp(a·log1pmx((x - a)/a) - stirlingError(a))`, which avoids
 * subtracting `ln Γ(a)` from `a ln x` (scipy's cephes `igam_fac` uses a Lanczos form for the same
 * reason). For small a it multiplies `xᵃ`, `e⁻ˣ` and `1/Γ(a)` directly when that cannot overflow.
 *
 * Cost: O(1).
 *
 * @param a shape, > 0
 * @param x point, ≥ 0
 * @returns `xᵃ e⁻ˣ / Γ(a)` (0 when it underflows)
 * @example
 * gammaPowerTerm(1, 2); // => 0.2706705664732254 (2e⁻²)
 */
export function gammaPowerTerm(a: number, x: number): number {
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (a >= 10) {
    return Math.sqrt(a / (2 * Math.PI)) * Math.exp(a * log1pmx((x - a) / a) - stirlingError(a));
  }
  if (x < 700 && x > 1e-300) {
    return (Math.pow(x, a) * Math.exp(-x)) / Math.exp(logGamma(a));
  }
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}
