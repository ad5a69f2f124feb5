import { UsageError } from "../errors";
import { describeValue } from "./describeValue";

/**
 * The error for an argument of a library function that is not what the function takes: it names
 * the function, the argument, what it takes and what it got.
 *
 * @example throw argumentError("checkDrift", "baseline", "a Baseline from buildBaseline or loadBaseline", null)
 * // UsageError("checkDrift: the argument 'baseline' must be a Baseline from buildBaseline or loadBaseline, but it is null.")
 */
export function argumentError(fn: string, argument: string, takes: string, got: unknown): UsageError {
  return new UsageError(`${fn}: the argument '${argument}' must be ${takes}, but it is ${describeValue(got)}.`);
}
