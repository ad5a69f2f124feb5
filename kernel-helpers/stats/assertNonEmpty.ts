import { DataError } from "../errors";
import type { Sample } from "./statTest";

function size(sample: Sample): number {
  return sample.type === "numerical" ? sample.values.length : sample.codes.length;
}

/**
 * Throws when either sample of a comparison holds no values: no statistical test can say
 * anything about drift from an empty sample (scipy answers NaN or raises).
 *
 * Cost: O(1).
 *
 * @param testName the test's registry name, for the message
 * @param reference the reference sample
 * @param current the current sample
 * @throws {DataError} naming the empty side(s)
 * @example
 * assertNonEmpty("chisquare", reference, current); // returns, or throws DataError
 */
export function assertNonEmpty(testName: string, reference: Sample, current: Sample): void {
  const empty = [size(reference) === 0 ? "reference" : "", size(current) === 0 ? "current" : ""].filter(Boolean);
  if (empty.length > 0) {
    throw new DataError(
      `The '${testName}' test needs at least one non-missing value in each sample, but the ${empty.join(" and ")} sample ${empty.length > 1 ? "are" : "is"} empty: check the column's values or drop the column from the comparison.`,
    );
  }
}
