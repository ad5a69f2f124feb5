import { UsageError } from "../errors";
import { sortedCopy } from "./sortedCopy";
import type { Sample } from "./statTest";

/**
 * The values of a numerical sample in ascending order: the sample's own array when the drift
 * layer marked it `sorted`, else a sorted copy (the sample is never modified).
 *
 * Cost: O(1) for a sorted sample, else that of `sortedCopy`, O(n).
 *
 * @param sample a numerical sample
 * @param testName the test asking, named in the error for a categorical sample
 * @throws {UsageError} when the sample is categorical
 * @example ascendingValues({ type: "numerical", values: Float64Array.of(2, 1) }, "ed") // Float64Array [1, 2]
 */
export function ascendingValues(sample: Sample, testName: string): Float64Array {
  if (sample.type !== "numerical") {
    throw new UsageError(`'${testName}' works on numerical columns only; choose a categorical test such as 'jensenshannon' or 'chisquare' for this column.`);
  }
  return sample.sorted ? sample.values : sortedCopy(sample.values);
}
