import { log1pmx } from "./log1pmx";

/**
 * The error of Stirling's formula: `stirlingError(z) = ln Γ(z) - [(z - ½) ln z - z + ½ ln 2π]`.
 *
 * Reference: C. Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000),
 * function `stirlerr`; the asymptotic series is DLMF 5.11.1. It lets `ln Γ`, `ln B` and
 * probability prefactors such as `xᵃe⁻ˣ/Γ(a)` be evaluated without subtracting large logarithms.
 *
 * For z ≥ 10 the Bernoulli series is summed (7 terms, error < 1e-17); below that the upward
 * recurrence `s(z) = s(z + 1) + (z + ½)·ln(1 + 1/z) - 1` carries the value from z + n ≥ 10. The
 * result is accurate to ~1e-15 in absolute terms, which is what its uses (exponents) need.
 *
 * Cost: O(1).
 *
 * @param z a positive number
 * @returns the Stirling error; Infinity at z = 0, NaN for z < 0
 * @example
 * stirlingError(10); // => 0.008330563433362871
 */
export function stirlingError(z: number): number {
  if (!(z >= 0)) return Number.NaN;
  if (z === 0) return Number.POSITIVE_INFINITY;
  if (z >= 10) {
    const r = 1 / z;
    const r2 = r * r;
    return (
      r *
      (1 / 12 +
        r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156 - r2 * (3617 / 122400))))))))
    );
  }
  // Each step adds (w + ½)·ln(1 + 1/w) - 1, written as (w + ½)·log1pmx(1/w) + 1/(2w) for w ≥ 1.
  let steps = 0;
  let w = z;
  let sum = 0;
  while (w < 10) {
    const inv = 1 / w;
    sum += w < 1 ? (w + 0.5) * Math.log1p(inv) - 1 : (w + 0.5) * log1pmx(inv) + 0.5 * inv;
    w = z + ++steps;
  }
  return sum + stirlingError(w);
}
