import type { Baseline } from "../baseline/baselineInfo";
import type { CheckReport } from "./checkReport";

/**
 * What a check report says of the baseline it checked against: the reference side
 * (`baseline name/version` and its rows) and the baseline's name, version, creation time, rows
 * and, for a saved one, its folder. The same for both check paths (rows and summaries).
 *
 * @example baselineOrigin(baseline).reference.source // "baseline credit/v1"
 */
export function baselineOrigin(baseline: Baseline): Pick<CheckReport, "reference" | "baseline"> {
  const { info } = baseline;
  return {
    reference: { source: `baseline ${info.name}/${info.version}`, rows: info.rows },
    baseline: { name: info.name, version: info.version, created: info.created, rows: info.rows, ...(baseline.path ? { path: baseline.path } : {}) },
  };
}
