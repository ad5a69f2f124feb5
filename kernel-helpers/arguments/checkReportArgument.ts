import type { AnyDriftReport } from "../report/anyDriftReport";
import { argumentError } from "./argumentError";

/**
 * Checks that `value` is a drift report (from compareDatasets, checkDrift, checkTextDrift or
 * checkImageDrift, or one read back from its JSON) before a renderer draws it.
 *
 * @example checkReportArgument(report, "reportHtml", "report")
 * @throws {UsageError} naming the function and the argument, for anything else
 */
export function checkReportArgument(
  value: unknown,
  fn: string,
  argument: string,
  takes = "a drift report (from compareDatasets, checkDrift, checkTextDrift or checkImageDrift, or its JSON read back)",
): asserts value is AnyDriftReport {
  const report = value as Partial<Record<keyof AnyDriftReport, unknown>> | null;
  const ok =
    report !== null &&
    typeof report === "object" &&
    typeof report.schemaVersion === "number" &&
    typeof report.kind === "string" &&
    Array.isArray(report.columns) &&
    report.dataset !== null &&
    typeof report.dataset === "object" &&
    report.reference !== null &&
    typeof report.reference === "object" &&
    report.current !== null &&
    typeof report.current === "object";
  if (!ok) throw argumentError(fn, argument, takes, value);
}
