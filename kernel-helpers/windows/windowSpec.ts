import { UsageError } from "../errors";
import { windowMessages } from "./windowMessages";
import { formatCount } from "../formatCount";

/** Windows of a fixed length in hours (aligned to UTC: hours on the hour, days at midnight), or of N consecutive rows. */
export type WindowSpec = { readonly hours: number } | { readonly rows: number };

/**
 * Parses a window as written on the command line: `1h` (hourly), `1d` (daily), any `<n>h` or
 * `<n>d`, or a whole number of rows.
 *
 * @example parseWindowSpec("1d") // { hours: 24 }
 * @example parseWindowSpec("5000") // { rows: 5000 }
 * @throws {UsageError} for anything else, with examples
 */
export function parseWindowSpec(text: string): WindowSpec {
  const match = /^\s*(\d+)\s*([hd]?)\s*$/i.exec(text);
  const amount = match ? Number(match[1]) : NaN;
  if (!match || !(amount >= 1)) throw new UsageError(windowMessages.windowInvalid(text));
  const unit = match[2].toLowerCase();
  if (unit === "") return { rows: amount };
  return { hours: unit === "d" ? amount * 24 : amount };
}

/** The short name of a window spec: "1h", "1d", "6h", "5,000 rows". */
export function windowLabel(spec: WindowSpec): string {
  if ("rows" in spec) return `${formatCount(spec.rows)} rows`;
  return spec.hours % 24 === 0 ? `${spec.hours / 24}d` : `${spec.hours}h`;
}
