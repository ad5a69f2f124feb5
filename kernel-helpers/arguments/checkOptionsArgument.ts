import { argumentError } from "./argumentError";

/**
 * Checks that the options argument of a library function is an object (or was left out), so a
 * string or a number given in its place is named instead of being read as "no options".
 *
 * @example checkOptionsArgument(options, "compareDatasets")
 * @throws {UsageError} naming the function, for anything else
 */
export function checkOptionsArgument(options: unknown, fn: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw argumentError(fn, "options", "an object of options (or left out)", options);
}
