import { UsageError } from "../errors";
import { messages } from "../messages";

/**
 * Checks `includeColumns` (identifier-like columns to test anyway) against the columns a build,
 * comparison or check has: each name must be one of `available`.
 *
 * @throws {UsageError} naming the unknown names once each, and the columns there are
 * @example checkIncludeColumns(["order_id"], ["transaction_id", "amount"]) // throws: 'order_id' … 'transaction_id', 'amount'
 */
export function checkIncludeColumns(include: readonly string[] | undefined, available: readonly string[]): void {
  const unknown = [...new Set(include ?? [])].filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new UsageError(messages.includeColumnUnknown(unknown, available));
}
