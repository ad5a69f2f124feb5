import type { DatasetDriftResult } from "../drift/driftReport";
import { baselineMessages } from "./baselineMessages";
import type { AlertLevel, CheckColumnResult, ColumnProblem, DriftAlert, PredictionDrift } from "./checkReport";

/**
 * The dataset-level alert: CRITICAL when at least one column was tested and the drift score
 * (share of drifted columns) is ≥ `criticalThreshold`; WARNING when the dataset drifted (score ≥
 * its drift share) below that; none otherwise.
 *
 * @example datasetAlertLevel({ drifted: true, driftScore: 0.6, driftedColumns: 3, columns: 5, driftShare: 0.5 }, 0.5) // "CRITICAL"
 */
export function datasetAlertLevel(dataset: DatasetDriftResult, criticalThreshold: number): AlertLevel | undefined {
  if (dataset.columns === 0) return undefined;
  if (dataset.driftScore >= criticalThreshold) return "CRITICAL";
  return dataset.drifted ? "WARNING" : undefined;
}

/**
 * The alerts of a check, most urgent first:
 * - the dataset alert of `datasetAlertLevel` (CRITICAL at a drift score ≥ `criticalThreshold`);
 * - a WARNING per drifted feature of severity medium or high (low-severity drift is reported,
 *   not alerted);
 * - a WARNING per drifted prediction, predicted-probability or target column, whatever its
 *   severity — the model's output or the world it predicts moved;
 * - a WARNING per column the check could not test (missing, type changed, no values).
 */
export function driftAlerts(input: {
  readonly dataset: DatasetDriftResult;
  readonly features: readonly CheckColumnResult[];
  readonly target?: CheckColumnResult;
  readonly prediction?: PredictionDrift;
  readonly problems: readonly ColumnProblem[];
  readonly criticalThreshold: number;
}): DriftAlert[] {
  const alerts: DriftAlert[] = [];
  const level = datasetAlertLevel(input.dataset, input.criticalThreshold);
  if (level) alerts.push({ level, kind: "dataset-drift", message: baselineMessages.datasetAlert(input.dataset, level, input.criticalThreshold) });
  for (const column of input.features) {
    if (column.drifted && (column.severity === "high" || column.severity === "medium")) {
      alerts.push({ level: "WARNING", kind: "column-drift", column: column.column, message: baselineMessages.columnAlert(column) });
    }
  }
  for (const column of input.prediction?.columns ?? []) {
    if (column.drifted) alerts.push({ level: "WARNING", kind: "prediction-drift", column: column.column, message: baselineMessages.predictionAlert(column) });
  }
  if (input.target?.drifted) alerts.push({ level: "WARNING", kind: "target-drift", column: input.target.column, message: baselineMessages.targetAlert(input.target) });
  for (const problem of input.problems) alerts.push({ level: "WARNING", kind: "column-problem", column: problem.column, message: problem.message });
  return alerts;
}
