import type { CategoryCounts } from "./categoryCounts";
import { pairwiseSum } from "./pairwiseSum";
import { normalSf } from "./special/normalSf";

export interface ProportionsZTestResult {
  /** z = (p₁ - p₂) / √(P(1-P)(1/n₁ + 1/n₂)), p the share of values other than the first label. */
  readonly statistic: number;
  /** Two-sided p-value, 2·(1 - Φ(|z|)). */
  readonly pValue: number;
}

/**
 * Two-proportion z-test as Evidently runs it: the first label in sorted order against all the
 * others, two-sided.
 *
 * Reference: Evidently `z_stattest.py` (`proportions_diff_z_stat_ind`, `proportions_diff_z_test`);
 * NIST/SEMATECH e-Handbook §7.3.3 (pooled two-proportion test). When both samples hold one and
 * the same value Evidently sets p = 1 (z is 0/0); so does this function, with z = 0.
 *
 * The p-value is computed as `2·normalSf(|z|)`, which equals Evidently's `2·(1 - norm.cdf(|z|))`
 * except that small p-values are not rounded to multiples of 2⁻⁵³ (Evidently's value is 0 for
 * |z| > 8.3; this one keeps its digits down to ~1e-300).
 *
 * Cost: O(k) on the counts.
 *
 * @param counts category counts of both samples, labels sorted (see `categoryCounts`)
 * @returns z and the two-sided p-value
 * @example
 * proportionsZTest({ labels: ["no", "yes"], reference: new Float64Array([50, 50]), current: new Float64Array([30, 70]) });
 * // => { statistic: -2.886751345948129, pValue: 0.0038924171227786 }
 */
export function proportionsZTest(counts: CategoryCounts): ProportionsZTestResult {
  if (counts.labels.length === 1) return { statistic: 0, pValue: 1 };
  const n1 = pairwiseSum(counts.reference);
  const n2 = pairwiseSum(counts.current);
  const p1 = (n1 - counts.reference[0]) / n1;
  const p2 = (n2 - counts.current[0]) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
  return { statistic: z, pValue: 2 * normalSf(Math.abs(z)) };
}
