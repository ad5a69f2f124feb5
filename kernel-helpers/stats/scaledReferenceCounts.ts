import type { CategoryCounts } from "./categoryCounts";
import { pairwiseSum } from "./pairwiseSum";

/**
 * The expected counts of Evidently's chi-square and G-tests: each reference count scaled by
 * n_current / n_reference, so that they add up to the current sample's size.
 *
 * Reference: Evidently `chisquare_stattest.py` and `g_stattest.py`:
 * `k_norm = current.shape[0] / reference.shape[0]; f_exp = [ref_count[key] * k_norm for key in keys]`.
 *
 * Cost: O(k).
 *
 * @param counts category counts of both samples (see `categoryCounts`)
 * @returns expected counts, one per label
 * @example
 * scaledReferenceCounts({ labels: ["a", "b"], reference: new Float64Array([2, 2]), current: new Float64Array([1, 5]) });
 * // => Float64Array [3, 3]
 */
export function scaledReferenceCounts(counts: CategoryCounts): Float64Array {
  const scale = pairwiseSum(counts.current) / pairwiseSum(counts.reference);
  return counts.reference.map((count) => count * scale);
}
