import { DataError } from "../errors";
import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import type { CountedValues } from "./countedValues";
import { countedValues, eitherCounted } from "./countedValues";
import { sortedCopy } from "./sortedCopy";
import { cramerVonMisesLimitCdf } from "./special/cramerVonMisesLimitCdf";
import type { StatTest } from "./statTest";

/** What `cramerVonMises2Samp` returns, as `scipy.stats.cramervonmises_2samp`. */
export interface CramerVonMisesResult {
  /** The statistic T of Anderson (1962), eq. 9. */
  readonly statistic: number;
  readonly pValue: number;
  /** "exact" when both samples have at most 20 values, else "asymptotic" (SciPy's `auto`). */
  readonly method: "exact" | "asymptotic";
}

/** Above this sample size SciPy's `method="auto"` switches to the asymptotic p-value. */
const EXACT_MAX_SIZE = 20;

/**
 * The two-sample Cramér–von Mises test of the hypothesis that x and y come from one continuous
 * distribution. Ties get midranks. The p-value is exact (Xiao, Gordon & Yakovlev's recursion
 * over lattice paths) when both samples have at most 20 values, else the limiting distribution of
 * the normalized statistic (`cramerVonMisesLimitCdf`), 1 when that statistic is below 0.003.
 *
 * Agrees with `scipy.stats.cramervonmises_2samp(x, y, method="auto")` of SciPy 1.10, which
 * Evidently copies as `_cvm_2samp`. With every value tied (two constant equal samples) SciPy
 * and this function both give a p-value below 1 (0.0845 for 50 vs 40 values): the midrank
 * statistic is not 0 there.
 * References: T. W. Anderson, "On the Distribution of the Two-Sample Cramér-von Mises
 * Criterion", Ann. Math. Statist. 33 (1962) 1148–1159; Y. Xiao, A. Gordon, A. Yakovlev, "A C++
 * Program for the Cramér-Von Mises Two-Sample Test", J. Stat. Soft. 17(8) (2006).
 * Cost: O(n + m) after sorting for the asymptotic p-value; the exact one is a table of at most
 * 21 × 21 cells of value counts (milliseconds).
 *
 * @param x first sample, at least two values
 * @param y second sample, at least two values
 * @param sorted whether x and y are already ascending
 * @throws {DataError} when a sample has fewer than two values
 * @example cramerVonMises2Samp(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6)).pValue // 0.1
 */
export function cramerVonMises2Samp(x: Float64Array, y: Float64Array, sorted = false): CramerVonMisesResult {
  const xa = sorted ? x : sortedCopy(x);
  const ya = sorted ? y : sortedCopy(y);
  const nx = xa.length;
  const ny = ya.length;
  if (nx <= 1 || ny <= 1) throw new DataError(`the Cramér-von Mises test needs at least two values in each sample (got ${nx} and ${ny}).`);
  return cramerVonMisesSignificance(rankStatistic(xa, ya), nx, ny);
}

/**
 * The two-sample Cramér-von Mises test on samples given as counts (see `countedValues`). Each run
 * of equal values adds Σₜ (midrank − (before + t))² in closed form, c·(d − (c+1)/2)² + (c³ − c)/12,
 * which is exact in floating point for the half-integers involved below 2⁵³, so the statistic and
 * p-value equal `cramerVonMises2Samp` on the expanded values.
 *
 * Cost: O(k₁ + k₂) for k distinct values (the exact p-value as in `cramerVonMises2Samp`).
 *
 * @throws {DataError} when a sample has fewer than two values
 * @example
 * cramerVonMises2SampCounted({ values: Float64Array.of(1, 2), counts: Float64Array.of(2, 1), total: 3 },
 *   { values: Float64Array.of(3), counts: Float64Array.of(3), total: 3 });
 * // => the same as cramerVonMises2Samp(Float64Array.of(1, 1, 2), Float64Array.of(3, 3, 3))
 */
export function cramerVonMises2SampCounted(x: CountedValues, y: CountedValues): CramerVonMisesResult {
  const nx = x.total;
  const ny = y.total;
  if (nx <= 1 || ny <= 1) throw new DataError(`the Cramér-von Mises test needs at least two values in each sample (got ${nx} and ${ny}).`);
  let xSum = 0;
  let xCompensation = 0;
  let ySum = 0;
  let yCompensation = 0;
  let i = 0;
  let j = 0;
  let xBefore = 0;
  let yBefore = 0;
  while (i < x.values.length || j < y.values.length) {
    const value = j >= y.values.length || (i < x.values.length && x.values[i] <= y.values[j]) ? x.values[i] : y.values[j];
    const xTies = i < x.values.length && x.values[i] === value ? x.counts[i++] : 0;
    const yTies = j < y.values.length && y.values[j] === value ? y.counts[j++] : 0;
    const midrank = xBefore + yBefore + (xTies + yTies + 1) / 2;
    if (xTies > 0) [xSum, xCompensation] = neumaier(xSum, xCompensation, runSquares(midrank - xBefore, xTies));
    if (yTies > 0) [ySum, yCompensation] = neumaier(ySum, yCompensation, runSquares(midrank - yBefore, yTies));
    xBefore += xTies;
    yBefore += yTies;
  }
  return cramerVonMisesSignificance(nx * (xSum + xCompensation) + ny * (ySum + yCompensation), nx, ny);
}

/** Σₜ₌₁..c (d − t)²: c·(d − (c+1)/2)² + (c³ − c)/12. */
function runSquares(d: number, c: number): number {
  const centre = d - (c + 1) / 2;
  return c * centre * centre + ((c - 1) * c * (c + 1)) / 12;
}

/** The statistic T from the rank statistic U, and its p-value (exact for small samples, else the limit distribution). */
function cramerVonMisesSignificance(u: number, nx: number, ny: number): CramerVonMisesResult {
  const k = nx * ny;
  const N = nx + ny;
  const statistic = u / (k * N) - (4 * k - 1) / (6 * N);
  if (Math.max(nx, ny) <= EXACT_MAX_SIZE) return { statistic, pValue: exactPValue(u, nx, ny), method: "exact" };
  const expected = (1 + 1 / N) / 6;
  let variance = (N + 1) * (4 * k * N - 3 * (nx ** 2 + ny ** 2) - 2 * k);
  variance = variance / (45 * N ** 2 * 4 * k);
  const normalized = 1 / 6 + (statistic - expected) / Math.sqrt(45 * variance);
  const pValue = normalized < 0.003 ? 1 : Math.max(0, 1 - cramerVonMisesLimitCdf(normalized));
  return { statistic, pValue, method: "asymptotic" };
}

/**
 * U of Anderson (1962), eq. 10: `nx Σ (r_i − i)² + ny Σ (s_j − j)²` with r, s the pooled
 * midranks of the ascending samples. Each term is an exact multiple of ¼; the sums are
 * compensated (Neumaier) so that the cancellation in T does not magnify rounding.
 */
function rankStatistic(x: Float64Array, y: Float64Array): number {
  let xSum = 0;
  let xCompensation = 0;
  let ySum = 0;
  let yCompensation = 0;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const value = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
    let xTies = 0;
    let yTies = 0;
    while (i + xTies < x.length && x[i + xTies] === value) xTies++;
    while (j + yTies < y.length && y[j + yTies] === value) yTies++;
    const midrank = i + j + (xTies + yTies + 1) / 2;
    for (let t = 1; t <= xTies; t++) {
      const d = midrank - (i + t);
      [xSum, xCompensation] = neumaier(xSum, xCompensation, d * d);
    }
    for (let t = 1; t <= yTies; t++) {
      const d = midrank - (j + t);
      [ySum, yCompensation] = neumaier(ySum, yCompensation, d * d);
    }
    i += xTies;
    j += yTies;
  }
  return x.length * (xSum + xCompensation) + y.length * (ySum + yCompensation);
}

function neumaier(sum: number, compensation: number, value: number): [number, number] {
  const t = sum + value;
  const c = Math.abs(sum) >= Math.abs(value) ? compensation + (sum - t + value) : compensation + (value - t + sum);
  return [t, c];
}

/**
 * `_pval_cvm_2samp_exact`: P(U ≥ u) by counting lattice paths from (0, 0) to (m, n) grouped by
 * `Σ (a·v − b·w)²` along the path (Xiao et al., Algorithm 1), with a = lcm/m, b = lcm/n.
 */
function exactPValue(s: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm ** 2 * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn ** 2));
  let rows: Map<number, number>[] = Array.from({ length: m + 1 }, (_, v) => (v === 0 ? new Map([[0, 1]]) : new Map()));
  for (let w = 0; w <= n; w++) {
    const next: Map<number, number>[] = [];
    let carried = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const cell = new Map(carried);
      for (const [value, count] of rows[v]) cell.set(value, (cell.get(value) ?? 0) + count);
      const step = (a * v - b * w) ** 2;
      carried = new Map();
      for (const [value, count] of cell) carried.set(value + step, count);
      next.push(carried);
    }
    rows = next;
  }
  let atLeast = 0;
  let paths = 0;
  for (const [value, count] of rows[m]) {
    paths += count;
    if (value >= zeta) atLeast += count;
  }
  return atLeast / paths;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Evidently's `cramer_von_mises`: the p-value of `cramerVonMises2Samp(reference, current)`.
 * A p-value test: drift when p ≤ threshold (default 0.1; Evidently compares with `<=`).
 * Numerical columns only.
 *
 * @throws {DataError} when a sample has fewer than two values (SciPy raises there too)
 */
export const cramerVonMisesStatTest: StatTest = {
  name: "cramer_von_mises",
  title: "Cramer-von Mises",
  columnTypes: ["numerical"],
  defaultThreshold: 0.1,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("cramer_von_mises", reference, current);
    const result = eitherCounted(reference, current)
      ? cramerVonMises2SampCounted(countedValues(reference, "cramer_von_mises"), countedValues(current, "cramer_von_mises"))
      : cramerVonMises2Samp(ascendingValues(reference, "cramer_von_mises"), ascendingValues(current, "cramer_von_mises"), true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score <= threshold,
};
