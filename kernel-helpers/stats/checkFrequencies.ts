import { UsageError } from "../errors";
import { pairwiseSum } from "./pairwiseSum";

/**
 * The checks scipy's `power_divergence` makes before a goodness-of-fit test: the observed and
 * expected counts have the same, non-zero length and the same total to a relative 1e-8.
 *
 * Cost: O(k).
 *
 * @param observed observed counts
 * @param expected expected counts
 * @throws {UsageError} when a check fails, with both numbers in the message
 * @example
 * checkFrequencies(new Float64Array([1, 2]), new Float64Array([1.5, 1.5])); // returns
 */
export function checkFrequencies(observed: Float64Array, expected: Float64Array): void {
  if (observed.length !== expected.length || observed.length === 0) {
    throw new UsageError(`Observed and expected counts must be non-empty and of equal length (got ${observed.length} and ${expected.length}).`);
  }
  const totalObserved = pairwiseSum(observed);
  const totalExpected = pairwiseSum(expected);
  if (Math.abs(totalObserved - totalExpected) / Math.min(totalObserved, totalExpected) > 1e-8) {
    throw new UsageError(`Observed and expected counts must have the same total (got ${totalObserved} and ${totalExpected}).`);
  }
}
