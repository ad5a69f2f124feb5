import { metricValue } from "./metricValue";
import { regressionMetrics } from "./regressionMetrics";

/**
 * Mean absolute error, as scikit-learn's `mean_absolute_error`. Rows where either value is missing or not finite are left out.
 * Cost: O(n).
 *
 * @example meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.5
 * @throws {DataError} for inputs of different lengths, or no row with both values
 */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return metricValue(regressionMetrics(yTrue, yPred), "mae");
}
