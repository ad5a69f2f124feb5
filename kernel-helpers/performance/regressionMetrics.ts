import { DataError } from "../errors";
import { pairwiseSum } from "../stats/pairwiseSum";
import type { MetricSet, RegressionMetricName } from "./metricNames";
import { performanceMessages } from "./performanceMessages";

const EPS = 2.220446049250313e-16;

/**
 * Regression metrics over the rows (all, or `rows`) where both the target and the prediction are
 * numbers, equal to scikit-learn 1.2.1's on the same rows (to 1e-12):
 * `mae` (`mean_absolute_error`), `rmse` (`mean_squared_error(squared=False)`), `mape`
 * (`mean_absolute_percentage_error`: |ŷ − y| / max(|y|, ε), a share, not a percent) and `r2`
 * (`r2_score`: 1 for a perfect fit of a constant target, 0 for an imperfect one; undefined below
 * two rows). Sums are added in numpy's pairwise order.
 * Cost: O(rows).
 *
 * @example regressionMetrics(Float64Array.of(3, -0.5, 2, 7), Float64Array.of(2.5, 0, 2, 8)).values
 * // { mae: 0.5, rmse: 0.6123724356957945, mape: 0.3273809523809524, r2: 0.9486081370449679 }
 * @throws {DataError} for inputs of different lengths
 */
export function regressionMetrics(truth: ArrayLike<number>, predicted: ArrayLike<number>, rows?: Int32Array, names = { truth: "y_true", predicted: "y_pred" }): MetricSet {
  if (truth.length !== predicted.length) throw new DataError(performanceMessages.lengthMismatch(names.truth, truth.length, names.predicted, predicted.length));
  const m = rows ? rows.length : truth.length;
  const y = new Float64Array(m);
  const yHat = new Float64Array(m);
  let n = 0;
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j] : j;
    const t = truth[i];
    const p = predicted[i];
    if (!Number.isFinite(t) || !Number.isFinite(p)) continue;
    y[n] = t;
    yHat[n] = p;
    n++;
  }
  const values: Partial<Record<RegressionMetricName, number | null>> = {};
  if (n === 0) {
    const reason = performanceMessages.noLabelledRows("these rows");
    return { rows: 0, values: { mae: null, rmse: null, mape: null, r2: null }, reasons: { mae: reason, rmse: reason, mape: reason, r2: reason } };
  }
  const absolute = new Float64Array(n);
  const squared = new Float64Array(n);
  const relative = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const error = yHat[i] - y[i];
    absolute[i] = Math.abs(error);
    squared[i] = (y[i] - yHat[i]) ** 2;
    relative[i] = absolute[i] / Math.max(Math.abs(y[i]), EPS);
  }
  values.mae = pairwiseSum(absolute) / n;
  values.rmse = Math.sqrt(pairwiseSum(squared) / n);
  values.mape = pairwiseSum(relative) / n;
  if (n < 2) {
    values.r2 = null;
    return { rows: n, values, reasons: { r2: "R² is undefined on a single row." } };
  }
  const truthValues = y.subarray(0, n);
  const mean = pairwiseSum(truthValues) / n;
  const deviations = new Float64Array(n);
  for (let i = 0; i < n; i++) deviations[i] = (y[i] - mean) ** 2;
  const numerator = pairwiseSum(squared);
  const denominator = pairwiseSum(deviations);
  values.r2 = denominator !== 0 ? 1 - numerator / denominator : numerator === 0 ? 1 : 0;
  return { rows: n, values };
}
