/**
 * Modified Bessel function of the second kind `K_ν(x)` for real order ν and x > 0, from the
 * integral `K_ν(x) = ∫₀^∞ exp(−x cosh t) cosh(νt) dt` (DLMF 10.32.9). The integrand is analytic
 * and decays double-exponentially, so the trapezoidal rule with step min(0.1, 0.7/√x) converges
 * to full double precision (Trefethen & Weideman, "The exponentially convergent trapezoidal
 * rule", SIAM Review 56 (2014)); `exp(−x)` is factored out (`cosh t − 1 = 2 sinh²(t/2)`).
 *
 * Agrees with `scipy.special.kv(nu, x)` to about 1e-14 relative (closer to the exact value than
 * SciPy's AMOS routine, checked with mpmath); underflows to 0 beyond x ≈ 745 like SciPy.
 *
 * Cost: O(log(1/x) / h) integrand evaluations, about 10–120.
 *
 * @param nu the order (any real; K_{−ν} = K_ν)
 * @param x the argument, > 0
 * @returns K_ν(x); Infinity at x = 0; NaN for x < 0 or NaN input
 * @example besselK(0.5, 1) // 0.46106850444789454 (exactly sqrt(π/2) / e = 0.461068504447894…)
 */
export function besselK(nu: number, x: number): number {
  if (Number.isNaN(nu) || Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Infinity;
  return Math.exp(-x) * scaledBesselK(nu, x);
}

/** `exp(x) K_ν(x)` by the trapezoidal rule on [0, ∞). */
function scaledBesselK(nu: number, x: number): number {
  const h = Math.min(0.1, 0.7 / Math.sqrt(x));
  let sum = 0.5;
  for (let k = 1; ; k++) {
    const t = k * h;
    const s = Math.sinh(t / 2);
    const f = Math.exp(-2 * x * s * s) * Math.cosh(nu * t);
    sum += f;
    if (f < 1e-17 * sum) break;
  }
  return h * sum;
}
