import type { DriftAlert } from "./checkReport";
import type { DataQuality } from "../quality/dataQuality";

/** An alert per failed data-quality test, at the test's severity. */
export function qualityAlerts(quality: DataQuality | undefined): DriftAlert[] {
  if (quality === undefined) return [];
  return quality.tests
    .filter((test) => test.status === "fail")
    .map((test) => ({ level: test.severity, kind: "data-quality" as const, ...(test.column !== undefined ? { column: test.column } : {}), message: `${test.test} failed — ${test.description}` }));
}
