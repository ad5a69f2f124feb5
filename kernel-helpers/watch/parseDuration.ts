import { UsageError } from "../errors";
import { watchMessages } from "./watchMessages";

const UNIT_MS: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parses a duration as written on the command line — a number with `s`, `m`, `h` or `d`, or a
 * bare number in `bareUnit` — and returns milliseconds.
 *
 * @param flag the flag it came from, for the message
 * @example parseDuration("24h", "--since", "h") // 86400000
 * @example parseDuration("300", "--every", "s") // 300000
 * @throws {UsageError} for anything else, or a duration that is not > 0
 */
export function parseDuration(text: string, flag: string, bareUnit: "s" | "h"): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[(match[2] || bareUnit).toLowerCase()] : NaN;
  if (!(ms > 0 && Number.isFinite(ms))) throw new UsageError(watchMessages.durationInvalid(flag, text, bareUnit));
  return ms;
}
