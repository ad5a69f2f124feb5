import { classificationMetrics } from "./classificationMetrics";
import type { MetricSet } from "./metricNames";
import type { PerformanceData } from "./performanceData";
import { regressionMetrics } from "./regressionMetrics";

/**
 * The metrics of a model over its labelled rows (all, or `rows`): `classificationMetrics` or
 * `regressionMetrics` by the task.
 * Cost: that of the task's function.
 *
 * @example performanceMetrics(performanceData(table, roles)).values.accuracy // 0.91
 */
export function performanceMetrics(data: PerformanceData, rows?: Int32Array): MetricSet {
  return data.task === "classification" ? classificationMetrics(data.classification, rows) : regressionMetrics(data.truth, data.predicted, rows);
}

/** Rows with a label (and, for regression, a finite target). */
export function labelledRows(data: PerformanceData, rows?: Int32Array): number {
  const m = rows ? rows.length : data.rowCount;
  let count = 0;
  if (data.task === "classification") {
    const truth = data.classification.truth;
    for (let j = 0; j < m; j++) if (truth[rows ? rows[j] : j] >= 0) count++;
  } else {
    for (let j = 0; j < m; j++) if (Number.isFinite(data.truth[rows ? rows[j] : j])) count++;
  }
  return count;
}
