import type { EstimatedMetric, PerformanceEstimate } from "./cbpe";
import { BAND_SIGMAS } from "./cbpe";

/**
 * A regression model's expected loss on each current row, from DLE's models fitted on the
 * reference, and the spread of the realised losses there (for the sampling error).
 */
export interface LossModel {
  /** Expected |y − ŷ| per current row (NaN where the row has no prediction). */
  readonly absolute: Float64Array;
  /** Expected (y − ŷ)² per current row. */
  readonly squared: Float64Array;
  /** On the reference: MAE, MSE and the standard deviations of |e| and e². */
  readonly reference: { readonly mae: number; readonly mse: number; readonly absoluteStd: number; readonly squaredStd: number };
}

/**
 * The DLE estimate of MAE and RMSE on some rows: MAE = mean expected |e|, RMSE = √(mean
 * expected e²). The sampling error is the reference's spread of the loss, scaled to the level
 * estimated here, over √n (for RMSE through the delta method, SE(MSE) / 2·RMSE); the band is
 * ± `BAND_SIGMAS` of it, clipped at 0.
 * Reference: NannyML, "Direct Loss Estimation" (docs, How it works).
 * Cost: O(rows).
 *
 * @example estimateLoss(lossModel, rows).metrics.mae // { value: 1.21, samplingError: 0.03, lower: 1.12, upper: 1.30 }
 */
export function estimateLoss(model: LossModel, rows: Int32Array): PerformanceEstimate {
  let n = 0;
  let absolute = 0;
  let squared = 0;
  for (const i of rows) {
    if (!Number.isFinite(model.absolute[i])) continue;
    absolute += Math.max(0, model.absolute[i]);
    squared += Math.max(0, model.squared[i]);
    n++;
  }
  if (n === 0) return { method: "DLE", rows: 0, metrics: {} };
  const mae = absolute / n;
  const mse = squared / n;
  const rmse = Math.sqrt(mse);
  const { reference } = model;
  const maeError = (reference.absoluteStd * (reference.mae > 0 ? mae / reference.mae : 1)) / Math.sqrt(n);
  const mseError = (reference.squaredStd * (reference.mse > 0 ? mse / reference.mse : 1)) / Math.sqrt(n);
  const rmseError = rmse > 0 ? mseError / (2 * rmse) : 0;
  const metric = (value: number, error: number): EstimatedMetric => ({ value, samplingError: error, lower: Math.max(0, value - BAND_SIGMAS * error), upper: value + BAND_SIGMAS * error });
  return { method: "DLE", rows: n, metrics: { mae: metric(mae, maeError), rmse: metric(rmse, rmseError) } };
}
