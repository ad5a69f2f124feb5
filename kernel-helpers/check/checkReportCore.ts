import type { Baseline } from "../baseline/baselineInfo";
import type { DriftReport } from "../drift/driftReport";
import type { CheckReport } from "./checkReport";

/** What each check path has decided when it writes its report: the verdict and the results by role. */
export interface CheckReportParts {
  readonly dataset: CheckReport["dataset"];
  readonly features: CheckReport["columns"];
  readonly target?: CheckReport["target"];
  readonly prediction?: CheckReport["prediction"];
  /** Columns left out before the comparison (missing, not in the baseline, …), listed before the comparison's own. */
  readonly skipped: CheckReport["skipped"];
}

/**
 * The part of a check report both check paths (rows and summaries) write the same way: the
 * comparison's report as a check of `baseline` — the reference side (`baseline name/version` and
 * its rows), the baseline's name, version, creation time, rows and, for a saved one, its folder —
 * with the dataset verdict, the feature results as its columns and the target and prediction apart.
 *
 * @example checkReportCore(base, baseline, { dataset, features, skipped: [] }).reference.source // "baseline credit/v1"
 */
export function checkReportCore(base: DriftReport, baseline: Baseline, parts: CheckReportParts) {
  const { info } = baseline;
  return {
    ...base,
    kind: "check" as const,
    reference: { source: `baseline ${info.name}/${info.version}`, rows: info.rows },
    dataset: parts.dataset,
    columns: parts.features,
    skipped: [...parts.skipped, ...base.skipped],
    baseline: { name: info.name, version: info.version, created: info.created, rows: info.rows, ...(baseline.path ? { path: baseline.path } : {}) },
    ...(parts.target ? { target: parts.target } : {}),
    ...(parts.prediction ? { prediction: parts.prediction } : {}),
  };
}
