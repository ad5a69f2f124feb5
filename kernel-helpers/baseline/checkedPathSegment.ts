import { UsageError } from "../errors";
import { baselineMessages } from "./baselineMessages";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Returns `value` when it can be one folder name of the baselines layout on every platform:
 * 1–100 characters, letters, digits, `.`, `_` and `-`, not starting with `.`, `_` or `-`.
 *
 * @param what "name" or "version", for the message
 * @throws {UsageError} otherwise, with a valid example
 * @example checkedPathSegment("credit-v1.2", "version") // "credit-v1.2"
 */
export function checkedPathSegment(value: string, what: "name" | "version"): string {
  if (typeof value !== "string" || !SEGMENT.test(value)) throw new UsageError(baselineMessages.segmentInvalid(what, value));
  return value;
}
