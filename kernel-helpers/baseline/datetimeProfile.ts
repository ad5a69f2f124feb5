import type { DatetimeProfile } from "./baselineInfo";

/**
 * The profile of a datetime column (epoch milliseconds, NaN missing): count, missing, and the
 * first and last time as ISO 8601. Cost: O(n).
 *
 * @example datetimeProfile(Float64Array.of(0, NaN)) // { count: 1, missing: 1, min: "1970-01-01T00:00:00.000Z", max: "1970-01-01T00:00:00.000Z" }
 */
export function datetimeProfile(values: Float64Array): DatetimeProfile {
  let min = Infinity;
  let max = -Infinity;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) {
      missing++;
      continue;
    }
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);
  return { count: values.length - missing, missing, min: iso(min), max: iso(max) };
}
