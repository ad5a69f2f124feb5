import type { Table } from "../data/table";
import { DataError } from "../errors";
import type { Label } from "./encodeLabels";
import type { IsotonicFit } from "./isotonicRegression";
import { fitIsotonic } from "./isotonicRegression";
import type { MetricSet } from "./metricNames";
import type { PerformanceData, PerformanceRoles, PerformanceTask } from "./performanceData";
import { inferTask, performanceData } from "./performanceData";
import { performanceMessages } from "./performanceMessages";
import { performanceMetrics } from "./performanceMetrics";

/** The model's performance on the reference, stored in `baseline.json`; checks compare with it. */
export interface PerformanceSnapshot {
  readonly task: PerformanceTask;
  readonly target: string;
  readonly prediction: string;
  readonly predictionProba?: readonly string[];
  /** The prediction column is the positive-class probability (labels by the 0.5 threshold). */
  readonly predictionIsProbability?: true;
  /** Classes seen in the reference (classification). */
  readonly labels?: readonly Label[];
  /** Positive class of a binary model. */
  readonly positiveLabel?: Label;
  /** The metrics on the reference's labelled rows. */
  readonly metrics: MetricSet;
  /** Isotonic calibration of the positive-class probability (binary with probabilities), used by CBPE. */
  readonly calibration?: IsotonicFit;
  /** One-vs-rest isotonic calibration of each class' probability (multiclass with a probability per class, in `labels` order), used by multiclass CBPE. */
  readonly calibrations?: readonly IsotonicFit[];
}

/** Performance that could not be measured, and why (the baseline or check goes on without it). */
export interface PerformanceUnavailable {
  readonly unavailable: string;
}

/**
 * Measures a model on its reference data: the metrics of `performanceMetrics` and, for a binary
 * model with a probability, the isotonic calibration CBPE needs. The task is inferred from the
 * target (see `inferTask`) unless given.
 * Cost: O(rows) plus sorts.
 *
 * @example performanceSnapshot(reference, { target: "default", prediction: "predicted", predictionProba: ["probability"] }).metrics.values.rocAuc // 0.76
 * @throws {DataError} when the columns cannot be scored (see `performanceData`), or no row is labelled
 */
export function performanceSnapshot(table: Table, roles: Omit<PerformanceRoles, "task"> & { readonly task?: PerformanceTask }): PerformanceSnapshot {
  const target = table.columns.find((column) => column.name === roles.target);
  if (!target) throw new DataError(performanceMessages.columnMissing("target", roles.target, table.source, table.columns.map((c) => c.name)));
  const task = roles.task ?? inferTask(target);
  const data = performanceData(table, { ...roles, task });
  const metrics = performanceMetrics(data);
  if (metrics.rows === 0) throw new DataError(performanceMessages.referenceUnlabelled(table.source, roles.target, roles.prediction));
  const calibration = calibrationOf(data);
  const calibrations = classCalibrations(data);
  const byProbability = data.task === "classification" && (roles.predictionProba ?? []).length === 0 && data.classification.probabilities !== undefined;
  return {
    task,
    target: roles.target,
    prediction: roles.prediction,
    ...(roles.predictionProba && roles.predictionProba.length > 0 ? { predictionProba: [...roles.predictionProba] } : {}),
    ...(byProbability ? { predictionIsProbability: true as const } : {}),
    ...(data.task === "classification" ? { labels: [...data.classification.labels] } : {}),
    ...(data.task === "classification" && data.classification.positive !== undefined ? { positiveLabel: data.classification.labels[data.classification.positive] } : {}),
    metrics,
    ...(calibration ? { calibration } : {}),
    ...(calibrations ? { calibrations } : {}),
  };
}

/** The positive-class probability column of a binary model, when it has one. */
export function positiveProbabilities(data: PerformanceData): Float64Array | undefined {
  if (data.task !== "classification") return undefined;
  const { probabilities, positive } = data.classification;
  if (!probabilities || positive === undefined) return undefined;
  return probabilities.length === 1 ? probabilities[0] : probabilities[positive];
}

function calibrationOf(data: PerformanceData): IsotonicFit | undefined {
  const scores = positiveProbabilities(data);
  if (!scores || data.task !== "classification") return undefined;
  const { truth, positive } = data.classification;
  const labels = Float64Array.from(truth, (t) => (t < 0 ? NaN : t === positive ? 1 : 0));
  return fitIsotonic(scores, labels);
}

/** A multiclass model's one-vs-rest calibrations, one per class in `labels` order, when it has a probability per class. */
function classCalibrations(data: PerformanceData): IsotonicFit[] | undefined {
  if (data.task !== "classification") return undefined;
  const { probabilities, positive, labels, truth } = data.classification;
  if (!probabilities || positive !== undefined || probabilities.length !== labels.length) return undefined;
  return probabilities.map((scores, c) => fitIsotonic(scores, Float64Array.from(truth, (t) => (t < 0 ? NaN : t === c ? 1 : 0))));
}
