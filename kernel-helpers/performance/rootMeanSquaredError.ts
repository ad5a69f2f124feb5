import { metricValue } from "./metricValue";
import { regressionMetrics } from "./regressionMetrics";

/**
 * Root mean squared error, as scikit-learn 1.2.1's `mean_squared_error(squared=False)`. Rows where either value is missing or not finite are left out.
 * Cost: O(n).
 *
 * @example rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.6123724356957945
 * @throws {DataError} for inputs of different lengths, or no row with both values
 */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return metricValue(regressionMetrics(yTrue, yPred), "rmse");
}
