import { DataError } from "../errors";
import type { CountedValues } from "./countedValues";
import { sortedCopy } from "./sortedCopy";
import { normalSf } from "./special/normalSf";

export type Alternative = "two-sided" | "less" | "greater";

export interface MannWhitneyUResult {
  /** U of the first sample: the number of pairs (x, y) with x > y, ties counting ½. */
  readonly statistic: number;
  readonly pValue: number;
  /** "exact" when a sample has ≤ 8 values and there are no ties, as scipy's method "auto". */
  readonly method: "exact" | "asymptotic";
}

/** scipy `special.binom(n, k)` for integers with k < 20 after symmetry: the product formula. */
function binomialProduct(n: number, k0: number): number {
  const k = k0 > n / 2 ? n - k0 : k0;
  let numerator = 1;
  let denominator = 1;
  for (let i = 1; i <= k; i++) {
    numerator *= i + n - k;
    denominator *= i;
    if (Math.abs(numerator) > 1e50) {
      numerator /= denominator;
      denominator = 1;
    }
  }
  return numerator / denominator;
}

/**
 * P(U ≥ u) under the null hypothesis for sample sizes m and n without ties. The number of
 * arrangements giving U = k is the coefficient of qᵏ in the Gaussian binomial
 * [m+n choose m]_q = ∏ᵢ (1 - q^(n'+i)) / (1 - q^i), i = 1 … min(m, n), n' = max(m, n)
 * (Di Bucchianico 1999); by symmetry P(U ≥ u) = P(U ≤ mn - u), so only coefficients up to mn - u
 * are needed. The counts equal scipy's f(m, n, k) recursion; they are divided by C(m+n, m) and
 * summed in the same order as scipy.
 */
function exactSf(u: number, m: number, n: number): number {
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const top = m * n - u;
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  for (let i = 1; i <= small; i++) {
    for (let k = top; k >= large + i; k--) counts[k] -= counts[k - large - i];
    for (let k = i; k <= top; k++) counts[k] += counts[k - i];
  }
  const total = binomialProduct(m + n, m);
  let cdf = 0;
  for (let k = 0; k <= top; k++) cdf += counts[k] / total;
  return cdf;
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples.
 *
 * Reference: H. B. Mann & D. R. Whitney, Ann. Math. Statist. 18 (1947); A. Di Bucchianico,
 * J. Statist. Plann. Inference 79 (1999) for the exact distribution. As scipy's method "auto":
 * the exact null distribution when either sample has ≤ 8 values and no value is tied; otherwise
 * the normal approximation with tie correction and continuity correction ½.
 *
 * Agrees with `scipy.stats.mannwhitneyu(x, y, alternative=alternative)` (scipy 1.10, method
 * "auto", use_continuity=True), statistic and p-value.
 *
 * Ranks come from one walk over both sorted samples (a tied run gets the mean of the ranks it
 * spans, as `scipy.stats.rankdata`); their sum is exact, so the walk order does not matter.
 *
 * Cost: O(m + n) to sort (`sortedCopy`) and walk; the exact branch adds O(m·n·min(m, n)) (one
 * side has ≤ 8 values).
 *
 * @param x first sample (reference), finite values (not modified)
 * @param y second sample (current), finite values (not modified)
 * @param alternative "two-sided" (default), "less" (x stochastically smaller) or "greater"
 * @param sorted true when both arrays are already in ascending order (skips the sorted copies)
 * @throws {DataError} when either sample is empty
 * @example
 * mannWhitneyU(new Float64Array([19, 22, 16, 29, 24]), new Float64Array([20, 11, 17, 12]));
 * // => { statistic: 17, pValue: 0.1111111111111111, method: "exact" }
 */
export function mannWhitneyU(x: Float64Array, y: Float64Array, alternative: Alternative = "two-sided", sorted = false): MannWhitneyUResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) {
    throw new DataError(`The Mann-Whitney U test needs at least one value in each sample (reference has ${n1}, current has ${n2}).`);
  }
  const a = sorted ? x : sortedCopy(x);
  const b = sorted ? y : sortedCopy(y);
  // Walk both sorted samples: each run of equal values gets the mean of the ranks it spans.
  let r1 = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  let rank = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    const i0 = i;
    const j0 = j;
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const t = i - i0 + (j - j0);
    r1 += (i - i0) * (rank + (t + 1) / 2);
    tieTerm += t * t * t - t;
    rank += t;
  }
  return mannWhitneySignificance(r1, tieTerm, n1, n2, alternative);
}

/**
 * The Mann-Whitney U test on samples given as counts (see `countedValues`): the same midrank walk
 * as `mannWhitneyU` over runs of equal values, with the counts as run lengths, so the same U, tie
 * term and p-value as on the expanded values. Cost: O(k₁ + k₂) for k distinct values.
 *
 * @throws {DataError} when either sample is empty
 * @example
 * mannWhitneyUCounted({ values: Float64Array.of(1), counts: Float64Array.of(3), total: 3 },
 *                     { values: Float64Array.of(2), counts: Float64Array.of(3), total: 3 }, "less")
 * // => the same as mannWhitneyU(Float64Array.of(1, 1, 1), Float64Array.of(2, 2, 2), "less")
 */
export function mannWhitneyUCounted(x: CountedValues, y: CountedValues, alternative: Alternative = "two-sided"): MannWhitneyUResult {
  const n1 = x.total;
  const n2 = y.total;
  if (n1 === 0 || n2 === 0) {
    throw new DataError(`The Mann-Whitney U test needs at least one value in each sample (reference has ${n1}, current has ${n2}).`);
  }
  const a = x.values;
  const b = y.values;
  let r1 = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  let rank = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    const inX = i < a.length && a[i] === v ? x.counts[i++] : 0;
    const inY = j < b.length && b[j] === v ? y.counts[j++] : 0;
    const t = inX + inY;
    r1 += inX * (rank + (t + 1) / 2);
    tieTerm += t * t * t - t;
    rank += t;
  }
  return mannWhitneySignificance(r1, tieTerm, n1, n2, alternative);
}

/** U₁ from the reference's rank sum, and scipy's p-value (exact for small untied samples). */
function mannWhitneySignificance(r1: number, tieTerm: number, n1: number, n2: number, alternative: Alternative): MannWhitneyUResult {
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = alternative === "greater" ? u1 : alternative === "less" ? u2 : Math.max(u1, u2);
  const factor = alternative === "two-sided" ? 2 : 1;
  const method = (n1 <= 8 || n2 <= 8) && tieTerm === 0 ? "exact" : "asymptotic";
  let p: number;
  if (method === "exact") {
    p = exactSf(Math.trunc(u), n1, n2);
  } else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    p = normalSf((u - (n1 * n2) / 2 - 0.5) / s);
  }
  return { statistic: u1, pValue: Math.min(Math.max(p * factor, 0), 1), method };
}
