import type { Baseline } from "../baseline/baselineInfo";
import { argumentError } from "./argumentError";

/**
 * Checks that `value` is a `Baseline` (from buildBaseline or loadBaseline): its `info` with a name,
 * a version and columns, and its `sample` (a Table, or null when loaded without it).
 *
 * @example checkBaselineArgument(baseline, "checkDrift", "baseline")
 * @throws {UsageError} naming the function and the argument, for anything else
 */
export function checkBaselineArgument(value: unknown, fn: string, argument: string): asserts value is Baseline {
  const baseline = value as Partial<Baseline> | null;
  const info = baseline?.info as Partial<Baseline["info"]> | undefined;
  const ok =
    baseline !== null &&
    typeof baseline === "object" &&
    info !== null &&
    typeof info === "object" &&
    typeof info.name === "string" &&
    typeof info.version === "string" &&
    Array.isArray(info.columns) &&
    (baseline.sample === null || (typeof baseline.sample === "object" && Array.isArray(baseline.sample?.columns)));
  if (!ok) throw argumentError(fn, argument, "a Baseline (from buildBaseline, or loadBaseline for a saved one)", value);
}
