import { DataError } from "../errors";
import type { CountedValues } from "./countedValues";
import { sortedCopy } from "./sortedCopy";
import { kstwoSf } from "./special/kstwoSf";

/** Largest sample size for which scipy's method "auto" tries the exact distribution. */
const MAX_EXACT_N = 10000;

export interface KsTwoSampleResult {
  /** The KS statistic D = max |F₁(x) - F₂(x)| (in exact mode, rounded to a multiple of 1/lcm(n₁, n₂)). */
  readonly statistic: number;
  readonly pValue: number;
  /** Which of scipy's computations produced the p-value. */
  readonly method: "exact" | "asymptotic";
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** numpy `round`: half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** P(D ≥ h/n) for two samples of equal size n (Hodges 1958, Horner form as in scipy). */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * P(D ≥ h/lcm) for sizes m ≠ n: the share of lattice paths leaving the band |x/m - y/n| < h/lcm,
 * by the "inside method" of Hodges (1958) rewritten for 1 - p by Viehmann (arXiv:2102.08037).
 */
function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return A[maxj - minj - 1];
}

/**
 * Two-sample Kolmogorov–Smirnov test, two-sided: D = sup |F_ref(x) - F_cur(x)| and its p-value.
 *
 * Reference: N. Smirnov (1939); J. L. Hodges, "The significance probability of the Smirnov
 * two-sample test", Arkiv för Matematik 3 (1958); T. Viehmann, arXiv:2102.08037 (2021).
 * Like scipy's method "auto": when both sizes are ≤ 10 000 the exact null distribution of D is
 * used (lattice-path counting); otherwise, or if the exact sum fails, the one-sample
 * distribution `kstwo` at n = round(n₁n₂/(n₁+n₂)) (see `kstwoSf`).
 *
 * Agrees with `scipy.stats.ks_2samp(reference, current)` (scipy 1.10, alternative "two-sided",
 * method "auto"), statistic and p-value.
 *
 * Cost: O(n₁ + n₂) to sort (`sortedCopy`) and walk both samples, plus O(n₁·n₂/gcd) at worst for
 * the exact p-value.
 *
 * @param reference finite values (not modified)
 * @param current finite values (not modified)
 * @param sorted true when both arrays are already in ascending order (skips the sorted copies)
 * @throws {DataError} when either sample is empty
 * @example
 * ksTwoSample(new Float64Array([1, 2, 3]), new Float64Array([4, 5, 6]));
 * // => { statistic: 1, pValue: 0.09999999999999999, method: "exact" } (scipy: the same)
 */
export function ksTwoSample(reference: Float64Array, current: Float64Array, sorted = false): KsTwoSampleResult {
  const n1 = reference.length;
  const n2 = current.length;
  if (n1 === 0 || n2 === 0) {
    throw new DataError(`The KS test needs at least one value in each sample (reference has ${n1}, current has ${n2}).`);
  }
  const a = sorted ? reference : sortedCopy(reference);
  const b = sorted ? current : sortedCopy(current);
  let maxS = Number.NEGATIVE_INFINITY;
  let minS = Number.POSITIVE_INFINITY;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  minS = Math.min(Math.max(-minS, 0), 1);
  return ksSignificance(minS > maxS ? minS : maxS, n1, n2);
}

/**
 * The two-sample KS test on samples given as counts (distinct ascending values and how often
 * each occurs, see `countedValues`): the same walk as `ksTwoSample` with cumulative counts in
 * place of positions, so it gives bit-for-bit the same D and p-value as `ksTwoSample` on the
 * expanded values, whatever the number of rows behind the counts.
 *
 * Cost: O(k₁ + k₂) for k distinct values, plus the p-value as in `ksTwoSample`.
 *
 * @throws {DataError} when either sample is empty
 * @example
 * ksTwoSampleCounted({ values: Float64Array.of(1, 2), counts: Float64Array.of(1, 2), total: 3 },
 *                    { values: Float64Array.of(4), counts: Float64Array.of(3), total: 3 });
 * // => the same as ksTwoSample(Float64Array.of(1, 2, 2), Float64Array.of(4, 4, 4))
 */
export function ksTwoSampleCounted(reference: CountedValues, current: CountedValues): KsTwoSampleResult {
  const n1 = reference.total;
  const n2 = current.total;
  if (n1 === 0 || n2 === 0) {
    throw new DataError(`The KS test needs at least one value in each sample (reference has ${n1}, current has ${n2}).`);
  }
  const a = reference.values;
  const b = current.values;
  let maxS = Number.NEGATIVE_INFINITY;
  let minS = Number.POSITIVE_INFINITY;
  let i = 0;
  let j = 0;
  let below1 = 0;
  let below2 = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === v) below1 += reference.counts[i++];
    if (j < b.length && b[j] === v) below2 += current.counts[j++];
    const diff = below1 / n1 - below2 / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  minS = Math.min(Math.max(-minS, 0), 1);
  return ksSignificance(minS > maxS ? minS : maxS, n1, n2);
}

/** scipy's p-value for D with sizes n₁, n₂ (method "auto"), and D as scipy reports it. */
function ksSignificance(statistic: number, n1: number, n2: number): KsTwoSampleResult {
  let d = statistic;
  const g = gcd(n1, n2);
  if (Math.max(n1, n2) <= MAX_EXACT_N) {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: "exact" };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    if (prob >= 0 && prob <= 1) return { statistic: d, pValue: prob, method: "exact" };
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  const prob = kstwoSf(d, roundHalfEven(en));
  return { statistic: d, pValue: Math.min(Math.max(prob, 0), 1), method: "asymptotic" };
}
