import type { ColumnRole } from "../baseline/baselineInfo";
import type { CheckColumnResult, PredictionDrift } from "./checkReport";

/** A check's column results by the role of their column in the baseline. */
export interface ResultsByRole {
  readonly features: CheckColumnResult[];
  readonly target?: CheckColumnResult;
  readonly prediction?: PredictionDrift;
}

/**
 * Splits a check's column results by role — features, the target, the prediction columns (labels
 * and probabilities, drifted when any of them is) — for both check paths (rows and summaries).
 * Results of other roles are left out.
 * Cost: O(results).
 *
 * @example resultsByRole(results, (column) => roles.get(column)).features.length // 8
 */
export function resultsByRole(results: readonly CheckColumnResult[], roleOf: (column: string) => ColumnRole | undefined): ResultsByRole {
  const features = results.filter((result) => roleOf(result.column) === "feature");
  const target = results.find((result) => roleOf(result.column) === "target");
  const predictionColumns = results.filter((result) => roleOf(result.column) === "prediction" || roleOf(result.column) === "predictionProba");
  const prediction: PredictionDrift | undefined = predictionColumns.length > 0 ? { columns: predictionColumns, drifted: predictionColumns.some((c) => c.drifted) } : undefined;
  return { features, ...(target ? { target } : {}), ...(prediction ? { prediction } : {}) };
}
