import type { Table } from "../data/table";
import { DataError } from "../errors";
import type { MultivariateEncoding } from "../multivariate/multivariateEncoding";
import { encodeRows, fitEncoding } from "../multivariate/multivariateEncoding";
import { uniformRowSample } from "../stats/uniformRowSample";
import type { GradientBoosting } from "./gradientBoosting";
import { fitGradientBoosting, predictGradientBoosting } from "./gradientBoosting";
import type { LossModel } from "./lossModel";
import { performanceMessages } from "./performanceMessages";

/** Reference rows DLE trains on at most (a seeded uniform sample beyond). */
export const DLE_TRAINING_ROWS = 20_000;

/** DLE's models fitted on the reference: features → expected |e| and expected e². */
export interface DleFit {
  readonly columns: readonly string[];
  readonly encoding: MultivariateEncoding;
  readonly absolute: GradientBoosting;
  readonly squared: GradientBoosting;
  readonly reference: LossModel["reference"];
}

/**
 * Direct Loss Estimation (NannyML's DLE) for a regression model: on the reference rows that have
 * a label and a prediction, fit one model of |y − ŷ| and one of (y − ŷ)² from the features and
 * the prediction (gradient-boosted trees, `fitGradientBoosting`, in place of NannyML's LightGBM;
 * missing cells imputed and categories frequency-encoded as `fitEncoding` does). Applied to rows
 * without labels, their mean is the expected MAE and MSE. It follows covariate shift — rows moving
 * to where the model errs more — not concept drift.
 * Reference: NannyML, "Direct Loss Estimation" (docs, How it works).
 * Cost: O(rows · features · 300) on at most `DLE_TRAINING_ROWS` rows.
 *
 * @param features numerical and categorical feature columns (the prediction is added)
 * @throws {DataError} when fewer than 100 reference rows have a label and a prediction
 */
export function fitDle(reference: Table, roles: { readonly target: string; readonly prediction: string; readonly features: readonly string[] }, seed = 0): DleFit {
  const truth = numbers(reference, roles.target);
  const predicted = numbers(reference, roles.prediction);
  const labelled: number[] = [];
  for (let i = 0; i < reference.rowCount; i++) if (Number.isFinite(truth[i]) && Number.isFinite(predicted[i])) labelled.push(i);
  if (labelled.length < 100) throw new DataError(performanceMessages.dleTooFewRows(reference.source, labelled.length));
  const chosen = labelled.length > DLE_TRAINING_ROWS ? uniformRowSample(labelled.length, DLE_TRAINING_ROWS, seed).map((k) => labelled[k]) : Int32Array.from(labelled);
  const columns = [...roles.features.filter((name) => reference.columns.some((c) => c.name === name && (c.type === "numerical" || c.type === "categorical"))), roles.prediction];
  const encoding = fitEncoding(reference, columns);
  const values = encodeRows(encoding, reference, chosen);
  const absoluteLoss = Float64Array.from(chosen, (i) => Math.abs(truth[i] - predicted[i]));
  const squaredLoss = absoluteLoss.map((e) => e * e);
  const absolute = fitGradientBoosting(values, chosen.length, columns.length, absoluteLoss);
  const squared = fitGradientBoosting(values, chosen.length, columns.length, squaredLoss);
  const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / v.length;
  const std = (v: Float64Array, m: number) => Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(v.length - 1, 1));
  const mae = mean(absoluteLoss);
  const mse = mean(squaredLoss);
  return { columns, encoding, absolute, squared, reference: { mae, mse, absoluteStd: std(absoluteLoss, mae), squaredStd: std(squaredLoss, mse) } };
}

/**
 * The expected losses of every row of `table` under a DLE fit (rows without a prediction get NaN).
 * @throws {UsageError} when the table lacks a feature column or has it with another type
 */
export function lossModelOf(fit: DleFit, table: Table): LossModel {
  const values = encodeRows(fit.encoding, table);
  const absolute = predictGradientBoosting(fit.absolute, values, table.rowCount);
  const squared = predictGradientBoosting(fit.squared, values, table.rowCount);
  const predicted = numbers(table, fit.columns[fit.columns.length - 1]);
  for (let i = 0; i < table.rowCount; i++) {
    if (Number.isFinite(predicted[i])) continue;
    absolute[i] = NaN;
    squared[i] = NaN;
  }
  return { absolute, squared, reference: fit.reference };
}

function numbers(table: Table, name: string): Float64Array {
  const column = table.columns.find((c) => c.name === name);
  if (!column || column.type !== "numerical") return new Float64Array(table.rowCount).fill(NaN);
  return column.values;
}
