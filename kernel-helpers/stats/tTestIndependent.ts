import { DataError } from "../errors";
import type { CountedValues } from "./countedValues";
import { pairwiseSum } from "./pairwiseSum";
import { studentTSf } from "./special/studentTSf";

export interface TTestResult {
  /** t = (mean₁ - mean₂) / √(s²_pooled (1/n₁ + 1/n₂)); NaN only when n₁ = n₂ = 1. */
  readonly statistic: number;
  /** Two-sided p-value. */
  readonly pValue: number;
  /** Degrees of freedom, n₁ + n₂ - 2. */
  readonly df: number;
}

/** Mean and Σ(x - mean)² with numpy's rounding: `np.mean(x)` and `n·np.mean((x - mean)²)`. */
function meanAndSquares(values: Float64Array): { mean: number; squares: number } {
  const n = values.length;
  const mean = pairwiseSum(values) / n;
  const deviations = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    deviations[i] = d * d;
  }
  return { mean, squares: pairwiseSum(deviations) / n };
}

/**
 * Student's two-sample t-test with pooled variance (equal variances assumed), two-sided.
 *
 * Reference: "Student" (W. S. Gosset), Biometrika 6 (1908); NIST/SEMATECH e-Handbook §1.3.5.3.
 * Means and variances are summed in numpy's pairwise order (`pairwiseSum`) so that data with
 * large offsets (1e12 ± 1) give the same rounding as scipy.
 *
 * Agrees with `scipy.stats.ttest_ind(reference, current)` (equal_var=True, two-sided), which is
 * what Evidently's "t_test" calls. Where scipy answers NaN this function answers instead:
 * a sample of one value contributes no variance (scipy computes 0·∞ = NaN for it); when both
 * samples are constant and equal, t = 0 and p = 1; when they are constant and differ, t = ±∞ and
 * p = 0 (as scipy); when both samples have one value (df = 0), t = NaN and p = 1 (no evidence).
 *
 * Cost: O(n₁ + n₂).
 *
 * @param reference finite values
 * @param current finite values
 * @throws {DataError} when either sample is empty
 * @example
 * tTestIndependent(new Float64Array([1, 2, 3, 4]), new Float64Array([3, 4, 5, 6]));
 * // => { statistic: -2.1908902300206643, pValue: 0.07098765432098772, df: 6 }
 */
export function tTestIndependent(reference: Float64Array, current: Float64Array): TTestResult {
  return tTestFromMoments(meanAndSquares(reference), meanAndSquares(current), reference.length, current.length);
}

/**
 * The independent two-sample t-test on samples given as counts (see `countedValues`): the mean and
 * the mean squared deviation from pairwise sums of value × count, then as `tTestIndependent`.
 * Agrees with `tTestIndependent` on the expanded values to rounding (≤ 1e-12 relative).
 *
 * Cost: O(k₁ + k₂) for k distinct values.
 *
 * @throws {DataError} when either sample is empty
 * @example
 * tTestIndependentCounted({ values: Float64Array.of(1, 2), counts: Float64Array.of(2, 1), total: 3 },
 *   { values: Float64Array.of(3), counts: Float64Array.of(2), total: 2 });
 * // => about tTestIndependent(Float64Array.of(1, 1, 2), Float64Array.of(3, 3))
 */
export function tTestIndependentCounted(reference: CountedValues, current: CountedValues): TTestResult {
  return tTestFromMoments(countedMeanAndSquares(reference), countedMeanAndSquares(current), reference.total, current.total);
}

function countedMeanAndSquares(sample: CountedValues): { mean: number; squares: number } {
  const { values, counts, total: n } = sample;
  const mean = pairwiseSum(Float64Array.from(values, (value, i) => value * counts[i])) / n;
  const deviations = Float64Array.from(values, (value, i) => (value - mean) * (value - mean) * counts[i]);
  return { mean, squares: pairwiseSum(deviations) / n };
}

/**
 * Student's t with pooled variance from each side's size, mean and mean squared deviation
 * (ddof 0), as scipy `ttest_ind`: what `tTestIndependent` computes after its two passes.
 *
 * @throws {DataError} when either side has no values
 * @example tTestFromMoments({ mean: 1, squares: 0.5 }, { mean: 2, squares: 0.5 }, 10, 10) // => t ≈ −3, df 18
 */
export function tTestFromMoments(a: { mean: number; squares: number }, b: { mean: number; squares: number }, n1: number, n2: number): TTestResult {
  if (n1 === 0 || n2 === 0) {
    throw new DataError(`The t-test needs at least one value in each sample (reference has ${n1}, current has ${n2}).`);
  }
  const df = n1 + n2 - 2;
  if (df === 0) return { statistic: Number.NaN, pValue: 1, df };
  // scipy: var = mean((x - mean)²) · n/(n - 1), then (n - 1)·var; a single value adds nothing.
  const part1 = n1 > 1 ? (n1 - 1) * (a.squares * (n1 / (n1 - 1))) : 0;
  const part2 = n2 > 1 ? (n2 - 1) * (b.squares * (n2 / (n2 - 1))) : 0;
  const pooled = (part1 + part2) / df;
  const denominator = Math.sqrt(pooled * (1 / n1 + 1 / n2));
  const difference = a.mean - b.mean;
  if (denominator === 0 && difference === 0) return { statistic: 0, pValue: 1, df };
  const t = difference / denominator;
  return { statistic: t, pValue: 2 * studentTSf(Math.abs(t), df), df };
}
