import { UsageError } from "../errors";
import type { Sample } from "./statTest";

/**
 * The values of a numerical sample, for tests that only accept numerical columns.
 *
 * Cost: O(1).
 *
 * @param testName the test's registry name, for the message
 * @param sample the sample handed to the test
 * @returns `sample.values`
 * @throws {UsageError} when the sample is categorical
 * @example
 * numericalValues("ks", { type: "numerical", values: new Float64Array([1, 2]) }); // => Float64Array [1, 2]
 */
export function numericalValues(testName: string, sample: Sample): Float64Array {
  if (sample.type !== "numerical") {
    throw new UsageError(`The '${testName}' test only accepts numerical columns; this column is categorical (choose 'chisquare', 'z', 'g_test' or 'fisher_exact').`);
  }
  return sample.values;
}
