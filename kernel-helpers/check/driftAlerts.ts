import type { DatasetDriftResult } from "../drift/driftReport";
import { checkMessages } from "./checkMessages";
import type { AlertLevel, CheckColumnResult, ColumnProblem, DriftAlert, PredictionDrift } from "./checkReport";

/**
 * The dataset-level drift alert: CRITICAL when the verdict is not NOT CHECKED and the drift score
 * (share of drifted columns) is ≥ `criticalThreshold`; WARNING when the dataset drifted (score ≥
 * its drift share) below that; none otherwise (a NOT CHECKED report has its own alert, see
 * `driftAlerts`).
 *
 * @example datasetAlertLevel({ drifted: true, driftScore: 0.6, driftedColumns: 3, columns: 5, driftShare: 0.5 }, 0.5) // "CRITICAL"
 */
export function datasetAlertLevel(dataset: DatasetDriftResult, criticalThreshold: number): AlertLevel | undefined {
  if (dataset.columns === 0 || dataset.verdict === "NOT CHECKED") return undefined;
  if (dataset.driftScore >= criticalThreshold) return "CRITICAL";
  return dataset.drifted ? "WARNING" : undefined;
}

/**
 * The alerts of a check, most urgent first:
 * - a CRITICAL `not-checked` alert when the verdict is NOT CHECKED (too few columns could be
 *   tested): a check that says nothing about drift must never pass for a quiet one;
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
  if (input.dataset.verdict === "NOT CHECKED") alerts.push({ level: "CRITICAL", kind: "not-checked", message: checkMessages.notCheckedAlert(input.dataset) });
  const level = datasetAlertLevel(input.dataset, input.criticalThreshold);
  if (level) alerts.push({ level, kind: "dataset-drift", message: checkMessages.datasetAlert(input.dataset, level, input.criticalThreshold) });
  for (const column of input.features) {
    if (column.drifted && (column.severity === "high" || column.severity === "medium")) {
      alerts.push({ level: "WARNING", kind: "column-drift", column: column.column, message: checkMessages.columnAlert(column) });
    }
  }
  for (const column of input.prediction?.columns ?? []) {
    if (column.drifted) alerts.push({ level: "WARNING", kind: "prediction-drift", column: column.column, message: checkMessages.predictionAlert(column) });
  }
  if (input.target?.drifted) alerts.push({ level: "WARNING", kind: "target-drift", column: input.target.column, message: checkMessages.targetAlert(input.target) });
  for (const problem of input.problems) alerts.push({ level: "WARNING", kind: "column-problem", column: problem.column, message: problem.message });
  return alerts;
}
