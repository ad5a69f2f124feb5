/**
 * `e^(-x²)` without the error of rounding x² first.
 *
 * Reference: the splitting trick of Dekker (1971): with `x = h + l` where h has 24 significant
 * bits, `h²` is exact, so `e^(-x²) = e^(-h²) · e^(-(2h + l)·l)` loses nothing. Rounding x² would
 * cost a relative error of about x²·2⁻⁵³ (1e-13 at x = 26).
 *
 * Cost: O(1).
 *
 * @param x any finite number
 * @returns `e^(-x²)`
 * @example
 * expMinusSquare(10); // => 3.720075976020836e-44
 */
export function expMinusSquare(x: number): number {
  const ax = Math.abs(x);
  if (ax > 27.3) return 0;
  const high = Math.fround(ax);
  const low = ax - high;
  return Math.exp(-high * high) * Math.exp(-(2 * high + low) * low);
}
