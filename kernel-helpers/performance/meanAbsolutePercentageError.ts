import { metricValue } from "./metricValue";
import { regressionMetrics } from "./regressionMetrics";

/**
 * Mean absolute percentage error as a share (0.1 = 10%), as scikit-learn's `mean_absolute_percentage_error`. Rows where either value is missing or not finite are left out.
 * Cost: O(n).
 *
 * @example  |ŷ − y| / max(|y|, ε) averaged, so a zero target gives a huge, finite error:meanAbsolutePercentageError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.3273809523809524
 * @throws {DataError} for inputs of different lengths, or no row with both values
 */
export function meanAbsolutePercentageError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return metricValue(regressionMetrics(yTrue, yPred), "mape");
}
