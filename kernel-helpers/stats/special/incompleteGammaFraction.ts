const TINY = 1e-300;

/**
 * The continued-fraction part of the regularized upper incomplete gamma function:
 * `F(a, x) = 1/(x+1-a- 1·(1-a)/(x+3-a- 2·(2-a)/(x+5-a- …)))`, so that
 * `Q(a, x) = xᵃe⁻ˣ/Γ(a) · F(a, x)` (DLMF 8.9.2), evaluated with the modified Lentz method.
 *
 * Reference: Numerical Recipes §6.2 `gcf`; W. J. Lentz (1976). scipy's cephes `igamc` evaluates
 * the same fraction. Kept apart from the prefactor (see `gammaPowerTerm`) so that `erfc` can
 * supply an exact `e^(-x²)`. Converges fast for x > a + 1; `regularizedGammaQ` picks this or the series.
 *
 * Cost: O(√a) iterations near x ≈ a + 1, fewer further out.
 *
 * @param a shape, > 0
 * @param x point, > 0 (best above a + 1)
 * @returns `F(a, x)`
 * @example
 * incompleteGammaFraction(1, 3); // => 0.3333333333333333 (Q(1, 3) = 3e⁻³ · F = e⁻³)
 */
export function incompleteGammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}
