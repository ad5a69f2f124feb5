import { argumentError } from "./argumentError";

/**
 * Checks that `value` can be data for `toTable` at all (a path or an object of some kind) before
 * it is read, so that null, a number or a Symbol is named with the argument it was given as.
 *
 * @example checkTableInputArgument(current, "checkDrift", "current")
 * @throws {UsageError} naming the function and the argument
 */
export function checkTableInputArgument(value: unknown, fn: string, argument: string): void {
  if (typeof value === "string" || (typeof value === "object" && value !== null)) return;
  throw argumentError(fn, argument, "a file path, a Table, an array of records, an object of column arrays, an apache-arrow Table or a danfo DataFrame", value);
}
