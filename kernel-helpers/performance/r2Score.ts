import { metricValue } from "./metricValue";
import { regressionMetrics } from "./regressionMetrics";

/**
 * Coefficient of determination R², as scikit-learn's `r2_score`. Rows where either value is missing or not finite are left out.
 * Cost: O(n).
 *
 * @example  1 − SS_res / SS_tot; 1 for a perfect fit of a constant target, 0 for an imperfect one:r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.9486081370449679
 * @throws {DataError} for inputs of different lengths, or no row with both values
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return metricValue(regressionMetrics(yTrue, yPred), "r2");
}
