import { stirlingError } from "./stirlingError";

const LOG_2PI = 1.8378770664093453;

/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic, `P(D⁺ₙ ≥ d)`,
 * computed exactly.
 *
 * Reference: Z. W. Birnbaum & F. H. Tingey, "One-sided confidence contours for probability
 * distribution functions", Ann. Math. Statist. 22 (1951):
 * `P(D⁺ₙ ≥ d) = d Σ_{v=0}^{⌊n(1-d)⌋} C(n, v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v)`.
 * Every term is positive; each is evaluated in logarithms as
 * `v·ln(1 + d/p) + (n-v)·ln(1 - d/q) - ln(d + p) - ½ ln(2π n p q) + s(n) - s(v) - s(n-v)` with
 * `p = v/n`, `q = 1 - p` and `s = stirlingError`, so no large logarithms cancel.
 *
 * Agrees with `scipy.special.smirnov(n, d)`.
 *
 * Cost: O(n(1 - d)).
 *
 * @param n sample size, a positive integer
 * @param d the statistic, in [0, 1]
 * @returns `P(D⁺ₙ ≥ d)`; NaN for arguments out of range
 * @example
 * smirnovSf(5, 0.3); // => 0.34282000000000007 (scipy: 0.34282)
 */
export function smirnovSf(n: number, d: number): number {
  if (!(n > 0) || !(d >= 0) || !(d <= 1)) return Number.NaN;
  if (d === 0) return 1;
  if (d === 1) return 0;
  const last = Math.floor(n * (1 - d));
  // v = 0: C(n, 0) d^(-1) (1 - d)^n, times the leading d.
  let sum = Math.exp(n * Math.log1p(-d)) / d;
  const logFront = stirlingError(n);
  for (let v = 1; v <= last; v++) {
    const j = n - v;
    const p = v / n;
    const q = j / n;
    const rest = q - d;
    if (rest <= 0) continue;
    const ratioDown = -d / q;
    const logTerm =
      v * Math.log1p(d / p) +
      j * (ratioDown < -0.5 ? Math.log(rest / q) : Math.log1p(ratioDown)) -
      Math.log(d + p) -
      0.5 * (LOG_2PI + Math.log(n * p * q)) +
      logFront -
      stirlingError(v) -
      stirlingError(j);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, d * sum);
}
