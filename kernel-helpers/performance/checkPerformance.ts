import { splitWindows } from "../windows/splitWindows";
import type { WindowSpec } from "../windows/windowSpec";
import { windowLabel } from "../windows/windowSpec";
import type { Table } from "../data/table";
import { Adwin } from "./adwin";
import type { PerformanceEstimate } from "./cbpe";
import { estimatePerformance } from "./cbpe";
import type { LossModel } from "./lossModel";
import { estimateLoss } from "./lossModel";
import { estimateMulticlassPerformance } from "./multiclassCbpe";
import type { Degradation, DegradationRules } from "./degradationRules";
import { defaultRules, degradation } from "./degradationRules";
import type { MetricName, MetricSet } from "./metricNames";
import { METRICS } from "./metricNames";
import { PageHinkley } from "./pageHinkley";
import type { PerformanceData } from "./performanceData";
import { performanceData } from "./performanceData";
import { labelledRows, performanceMetrics } from "./performanceMetrics";
import type { PerformanceSnapshot } from "./performanceSnapshot";
import { positiveProbabilities } from "./performanceSnapshot";
import type { ChangePoints } from "./streamDetector";
import { detectChanges } from "./streamDetector";
import type { WindowSpan } from "../windows/windowSpan";
import { DEFAULT_SEED } from "../stats/random";
import { performanceMessages } from "./performanceMessages";

/** A metric now against the baseline, and whether it broke its rule. */
export interface MetricComparison {
  readonly metric: MetricName;
  readonly baseline: number | null;
  readonly current: number | null;
  /** True when `current` is a CBPE estimate (no labels), not a measurement. */
  readonly estimated: boolean;
  /** current − baseline, when both are numbers. */
  readonly change?: number;
  readonly degraded?: Degradation;
}

/** Performance in one window: measured when it has labels, estimated when it has none. */
export interface PerformanceWindow extends WindowSpan {
  readonly labelled: number;
  /**
   * "measured" (labels), "estimated" (CBPE or DLE, no labels), "insufficient data" (fewer than
   * `minSamples` rows to score), "not estimated" (enough rows without labels, but no estimate can
   * be made: `reason` says why).
   */
  readonly status: "measured" | "estimated" | "insufficient data" | "not estimated";
  /** Why a window is "not estimated". */
  readonly reason?: string;
  readonly metrics?: MetricSet;
  readonly estimated?: PerformanceEstimate;
  /** Metrics that broke their rule in this window. */
  readonly degraded: readonly MetricName[];
}

/** The performance part of a check report. */
export interface PerformanceCheck {
  readonly task: "classification" | "regression";
  readonly target: string;
  readonly prediction: string;
  readonly positiveLabel?: string | number;
  readonly rows: number;
  /** Rows with a label. */
  readonly labelledRows: number;
  /** The baseline's metrics (from its snapshot). */
  readonly baseline: MetricSet;
  /** Measured on the labelled rows, when there are any. */
  readonly current?: MetricSet;
  /** Estimated on the unlabelled rows, when there are any: by CBPE (classifier with probabilities), or by DLE (regression). */
  readonly estimated?: PerformanceEstimate;
  /** Why the rows without labels have no estimate, when there are such rows and none could be made. */
  readonly notEstimated?: string;
  /** Each watched or reported metric against the baseline: measured where labels exist, else estimated. */
  readonly comparison: readonly MetricComparison[];
  readonly rules: DegradationRules;
  readonly windows?: { readonly every: string; readonly minSamples: number; readonly windows: readonly PerformanceWindow[] };
  /** Page-Hinkley and ADWIN over the per-row error of the labelled rows (in row order): change points as row indices. */
  readonly changePoints?: readonly ChangePoints[];
  /** What the error series fed to the detectors is. */
  readonly errorSeries?: string;
}

export interface CheckPerformanceOptions {
  readonly window?: WindowSpec;
  readonly timestamps?: Float64Array;
  /** Fewest rows to score in a window. Default 100. */
  readonly minSamples?: number;
  /** Degradation rules per metric, added to `defaultRules`; a metric given a rule is watched by it alone. */
  readonly rules?: DegradationRules;
  /** Seed of CBPE's sampling-error draws. Default 0. */
  readonly seed?: number;
  /** A regression model's expected loss per row (DLE, `fitDle` + `lossModelOf`): MAE and RMSE are estimated on rows without labels. */
  readonly lossModel?: LossModel;
  /** Why a regression model has no `lossModel` (too few labelled reference rows, a feature missing from the current data…): shown as the reason there is no estimate. */
  readonly lossModelUnavailable?: string;
}

/**
 * Checks a model's performance on current data against its baseline snapshot: the metrics on
 * the rows that have labels, the CBPE estimate on the rows that have none (binary model with a
 * probability), each watched metric compared with the baseline under its rule, the same per
 * window (measured where a window has `minSamples` labelled rows, else estimated), and the change
 * points Page-Hinkley and ADWIN find in the per-row error (0/1 for classification; for
 * regression the absolute error over the baseline's MAE).
 * Cost: O(rows) for the metrics, O(rows · 200) for the estimate's sampling error.
 *
 * @example checkPerformance(baseline.info.performance, todayTable, { window: { rows: 1000 } }).comparison
 * @throws {DataError} when the current columns cannot be scored (see `performanceData`)
 */
export function checkPerformance(snapshot: PerformanceSnapshot, table: Table, options: CheckPerformanceOptions = {}): PerformanceCheck {
  const data = performanceData(table, {
    task: snapshot.task,
    target: snapshot.target,
    prediction: snapshot.prediction,
    ...(snapshot.predictionProba ? { predictionProba: snapshot.predictionProba } : {}),
    ...(snapshot.positiveLabel !== undefined ? { positiveLabel: snapshot.positiveLabel } : {}),
    ...(snapshot.labels ? { labels: snapshot.labels } : {}),
    predictionIsProbability: snapshot.predictionIsProbability === true,
  });
  const minSamples = options.minSamples ?? 100;
  const binary = data.task === "regression" || data.classification.positive !== undefined;
  const rules = { ...defaultRules(data.task, binary), ...options.rules };
  const labelled = labelledRows(data);
  const unlabelled = unlabelledRowIndices(data);
  const current = labelled > 0 ? performanceMetrics(data) : undefined;
  const lossModel = { model: options.lossModel, unavailable: options.lossModelUnavailable };
  const outcome = unlabelled.length > 0 ? estimate(snapshot, data, unlabelled, options.seed, lossModel) : undefined;
  const estimated = outcome && "metrics" in outcome ? outcome : undefined;
  const comparison = compare(snapshot.metrics, current, estimated, rules);
  const windows = options.window ? performanceWindows(snapshot, data, options.window, options.timestamps, minSamples, rules, options.seed, lossModel) : undefined;
  const errors = labelled > 0 ? errorSeries(data, snapshot) : undefined;
  return {
    task: data.task,
    target: snapshot.target,
    prediction: snapshot.prediction,
    ...(snapshot.positiveLabel !== undefined ? { positiveLabel: snapshot.positiveLabel } : {}),
    rows: data.rowCount,
    labelledRows: labelled,
    baseline: snapshot.metrics,
    ...(current ? { current } : {}),
    ...(estimated ? { estimated } : {}),
    ...(outcome && "reason" in outcome ? { notEstimated: outcome.reason } : {}),
    comparison,
    rules,
    ...(windows ? { windows } : {}),
    ...(errors
      ? {
          changePoints: [detectChanges(errors.values, new PageHinkley(), errors.rows), detectChanges(errors.values, new Adwin(), errors.rows)],
          errorSeries: errors.description,
        }
      : {}),
  };
}

/** A regression model's loss model for DLE, or why there is none. */
interface LossModelInput {
  readonly model?: LossModel;
  readonly unavailable?: string;
}

/**
 * The estimate on some unlabelled rows, or why there is none: CBPE when the model is a classifier
 * with probabilities and the snapshot has their calibration (binary, or one per class), DLE when
 * it is a regression model and the check brought a loss model fitted on the reference.
 */
function estimate(snapshot: PerformanceSnapshot, data: PerformanceData, rows: Int32Array, seed: number | undefined, lossModel: LossModelInput): PerformanceEstimate | { readonly reason: string } {
  const noPrediction = { reason: performanceMessages.noEstimatePrediction(rows.length, snapshot.prediction) };
  if (data.task === "regression") {
    if (!lossModel.model) return { reason: lossModel.unavailable ?? performanceMessages.dleNoSample() };
    const result = estimateLoss(lossModel.model, rows);
    return result.rows > 0 ? result : noPrediction;
  }
  if (snapshot.calibrations && data.classification.probabilities && data.classification.probabilities.length === snapshot.calibrations.length) {
    const result = estimateMulticlassPerformance({ probabilities: data.classification.probabilities, predicted: data.classification.predicted, calibrations: snapshot.calibrations, rows, seed: seed ?? DEFAULT_SEED });
    return result.rows > 0 ? result : noPrediction;
  }
  if (!snapshot.calibration && !snapshot.calibrations) return { reason: performanceMessages.noEstimateCalibration() };
  const probabilities = positiveProbabilities(data);
  if (!probabilities || data.task !== "classification" || data.classification.positive === undefined || !snapshot.calibration) return { reason: performanceMessages.noEstimateProbabilities(snapshot.predictionProba ?? []) };
  const result = estimatePerformance({ probabilities, predicted: data.classification.predicted, positive: data.classification.positive, calibration: snapshot.calibration, rows, seed: seed ?? DEFAULT_SEED });
  return result.rows > 0 ? result : noPrediction;
}

function compare(baseline: MetricSet, current: MetricSet | undefined, estimated: PerformanceEstimate | undefined, rules: DegradationRules): MetricComparison[] {
  const names = new Set<MetricName>([...(Object.keys(rules) as MetricName[])]);
  const out: MetricComparison[] = [];
  for (const metric of names) {
    const before = baseline.values[metric] ?? null;
    const measured = current?.values[metric];
    const guess = !current && estimated ? estimated.metrics[metric]?.value : undefined;
    const value = measured ?? guess ?? null;
    if (measured === undefined && guess === undefined) continue;
    const broke = value === null ? undefined : degradation(metric, value, before, rules[metric] ?? {});
    out.push({ metric, baseline: before, current: value, estimated: measured === undefined, ...(value !== null && before !== null ? { change: value - before } : {}), ...(broke ? { degraded: broke } : {}) });
  }
  return out;
}

function performanceWindows(snapshot: PerformanceSnapshot, data: PerformanceData, spec: WindowSpec, timestamps: Float64Array | undefined, minSamples: number, rules: DegradationRules, seed: number | undefined, lossModel: LossModelInput): NonNullable<PerformanceCheck["windows"]> {
  const split = splitWindows(spec, data.rowCount, timestamps);
  const windows = split.windows.map((slice): PerformanceWindow => {
    const place = slice.start !== undefined ? { start: new Date(slice.start).toISOString(), end: new Date(slice.end as number).toISOString() } : { firstRow: slice.firstRow as number };
    const labelled = labelledRows(data, slice.rows);
    const base = { index: slice.index, ...place, rows: slice.rows.length, labelled };
    if (labelled >= minSamples) {
      const metrics = performanceMetrics(data, slice.rows);
      return { ...base, status: "measured", metrics, degraded: compare(snapshot.metrics, metrics, undefined, rules).filter((c) => c.degraded).map((c) => c.metric) };
    }
    const unlabelled = unlabelledRowIndices(data, slice.rows);
    const outcome = unlabelled.length >= minSamples ? estimate(snapshot, data, unlabelled, seed === undefined ? slice.index : seed + slice.index, lossModel) : undefined;
    if (outcome && "metrics" in outcome) return { ...base, status: "estimated", estimated: outcome, degraded: compare(snapshot.metrics, undefined, outcome, rules).filter((c) => c.degraded).map((c) => c.metric) };
    if (outcome) return { ...base, status: "not estimated", reason: outcome.reason, degraded: [] };
    return { ...base, status: "insufficient data", degraded: [] };
  });
  return { every: windowLabel(spec), minSamples, windows };
}

function unlabelledRowIndices(data: PerformanceData, rows?: Int32Array): Int32Array {
  const m = rows ? rows.length : data.rowCount;
  const out: number[] = [];
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j] : j;
    const missing = data.task === "classification" ? data.classification.truth[i] < 0 : !Number.isFinite(data.truth[i]);
    if (missing) out.push(i);
  }
  return Int32Array.from(out);
}

/** The per-row error of labelled rows with a prediction, in row order, and the rows it came from. */
function errorSeries(data: PerformanceData, snapshot: PerformanceSnapshot): { values: Float64Array; rows: Int32Array; description: string } | undefined {
  const values: number[] = [];
  const rows: number[] = [];
  if (data.task === "classification") {
    const { truth, predicted } = data.classification;
    for (let i = 0; i < truth.length; i++) {
      if (truth[i] < 0 || predicted[i] < 0) continue;
      values.push(truth[i] === predicted[i] ? 0 : 1);
      rows.push(i);
    }
    return { values: Float64Array.from(values), rows: Int32Array.from(rows), description: "error (1 = wrong prediction, 0 = right)" };
  }
  const scale = snapshot.metrics.values.mae;
  if (!scale) return undefined;
  for (let i = 0; i < data.truth.length; i++) {
    if (!Number.isFinite(data.truth[i]) || !Number.isFinite(data.predicted[i])) continue;
    values.push(Math.abs(data.predicted[i] - data.truth[i]) / scale);
    rows.push(i);
  }
  return { values: Float64Array.from(values), rows: Int32Array.from(rows), description: `absolute error over the baseline's ${METRICS.mae.title} (${scale.toPrecision(4)})` };
}
