/**
 * The power-series part of the regularized lower incomplete gamma function:
 * `S(a, x) = Σₙ₌₀ xⁿ / (a(a+1)…(a+n))`, so that `P(a, x) = xᵃe⁻ˣ/Γ(a) · S(a, x)` (DLMF 8.11.4).
 *
 * Reference: Numerical Recipes §6.2 `gser`; scipy's cephes `igam` sums the same series. Kept apart
 * from the prefactor `xᵃe⁻ˣ/Γ(a)` (see `gammaPowerTerm`) so that `erf` can supply an exact `e^(-x²)`.
 * Converges fast for x < a + 1; `regularizedGammaP` picks this or the continued fraction.
 *
 * Cost: O(√a + x) terms.
 *
 * @param a shape, > 0
 * @param x point, ≥ 0 (best below a + 1)
 * @returns `S(a, x)`
 * @example
 * incompleteGammaSeries(1, 0.5) * 0.5 * Math.exp(-0.5); // => 0.3934693402873665 (P(1, 0.5) = 1 - e^-0.5)
 */
export function incompleteGammaSeries(a: number, x: number): number {
  let denominator = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10_000_000; n++) {
    denominator += 1;
    term *= x / denominator;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}
