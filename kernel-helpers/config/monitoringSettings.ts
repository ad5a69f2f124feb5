import type { QualityConditions } from "../quality/qualityConditions";
import type { MultivariateOptions } from "../multivariate/multivariateResult";
import { UsageError } from "../errors";
import { configMessages } from "./configMessages";
import type { SeverityBands } from "../drift/severityBands";
import { DEFAULT_SEVERITY_BANDS } from "../drift/severityBands";
import type { DegradationRule, DegradationRules } from "../performance/degradationRules";
import { checkedRules } from "../performance/degradationRules";
import { psiStatTest } from "../stats/psi";

/**
 * The settings of drift monitoring against a baseline. Each comes, in this order of precedence,
 * from the call's options, the config file `driftlens.config.json`, an environment variable, or
 * its default; the report records the value in force and where it came from.
 */
export interface MonitoringSettings {
  /** Threshold of columns tested with `psi` (drift when PSI ≥ it). Env `DRIFT_PSI_THRESHOLD`. Default: the `psi` test's own default threshold. */
  readonly psiThreshold: number;
  /** Fewest rows in a time window (and values in a column of it) for a verdict; fewer → "insufficient data". Env `DRIFT_MIN_SAMPLES`. Default 100. */
  readonly minSamples: number;
  /** Hours of the most recent rows checked when the current data is a log folder. Env `DRIFT_ANALYSIS_WINDOW_HOURS`. Default 24. */
  readonly analysisWindowHours: number;
  /** Dataset drift score (share of drifted columns) at and above which the alert is CRITICAL. Env `DRIFT_SCORE_CRITICAL_THRESHOLD`. Default 0.5. */
  readonly criticalThreshold: number;
  /** Severity bands per kind of method (config file or options only). Default: those of `drift/severity.ts`. */
  readonly severityBands: SeverityBands;
  /**
   * When the model's performance counts as degraded, per metric: `{ absolute, relative }` (see
   * `DegradationRule`), e.g. `{ "accuracy": { "absolute": 0.8 }, "f1": { "relative": 0.05 } }`
   * (config file or options only; options win metric by metric). A metric given a rule is watched
   * by it alone; the others keep the default. Default `{}`: accuracy, F1 and ROC AUC (MAE and RMSE
   * for regression) 10% worse than the baseline.
   */
  readonly performanceRules: DegradationRules;
  /**
   * Data-quality conditions per test, overriding the defaults derived from the baseline, e.g.
   * `{ "TestNumberOfRows": { "gte": 1000 }, "TestColumnShareOfMissingValues": { "columns": { "age": { "lte": 0.2 } } }, "TestNewColumns": false }`
   * (config file or options only). Default `{}` (see `dataQuality`).
   */
  readonly quality: QualityConditions;
  /**
   * Settings of multivariate drift: `columns`, `detectors`, `varianceKept`, `referenceChunks`,
   * `classifier: { rows, interactions }` (config file or options only). Default `{}` (see `MultivariateOptions`).
   */
  readonly multivariate: MultivariateOptions;
}

/** Bands as given by a person: any group or field may be left out. */
export type SeverityBandsInput = { readonly [G in keyof SeverityBands]?: Partial<SeverityBands[G]> };

/** Settings as given in options or a config file: every field optional. */
export type MonitoringSettingsInput = Partial<Omit<MonitoringSettings, "severityBands" | "performanceRules" | "quality" | "multivariate">> & {
  readonly quality?: QualityConditions;
  readonly multivariate?: MultivariateOptions;
  readonly severityBands?: SeverityBandsInput;
  readonly performanceRules?: Readonly<Record<string, DegradationRule>>;
};

export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = {
  psiThreshold: psiStatTest.defaultThreshold,
  minSamples: 100,
  analysisWindowHours: 24,
  criticalThreshold: 0.5,
  severityBands: DEFAULT_SEVERITY_BANDS,
  performanceRules: {},
  quality: {},
  multivariate: {},
};

export type NumericSettingName = Exclude<keyof MonitoringSettings, "severityBands" | "performanceRules" | "quality" | "multivariate">;

/** The environment variable of each numeric setting. */
export const SETTING_ENV_VARS: Readonly<Record<NumericSettingName, string>> = {
  psiThreshold: "DRIFT_PSI_THRESHOLD",
  minSamples: "DRIFT_MIN_SAMPLES",
  analysisWindowHours: "DRIFT_ANALYSIS_WINDOW_HOURS",
  criticalThreshold: "DRIFT_SCORE_CRITICAL_THRESHOLD",
};

export const SETTING_NAMES: readonly (keyof MonitoringSettings)[] = ["psiThreshold", "minSamples", "analysisWindowHours", "criticalThreshold", "severityBands", "performanceRules", "quality", "multivariate"];

/** What each numeric setting accepts, with the words a message uses for it. */
export const SETTING_RULES: Readonly<Record<NumericSettingName, { readonly ok: (value: number) => boolean; readonly expected: string }>> = {
  psiThreshold: { ok: (value) => Number.isFinite(value) && value > 0, expected: `a number > 0 (PSI of ${psiStatTest.defaultThreshold} is the usual line)` },
  minSamples: { ok: (value) => Number.isInteger(value) && value >= 1, expected: "a whole number ≥ 1" },
  analysisWindowHours: { ok: (value) => Number.isFinite(value) && value > 0, expected: "a number of hours > 0" },
  criticalThreshold: { ok: (value) => Number.isFinite(value) && value > 0 && value <= 1, expected: "a share in (0, 1]" },
};

/**
 * Checks one numeric setting and returns it; `where` names its origin in the message
 * ("option psiThreshold", "environment variable DRIFT_MIN_SAMPLES", a config file field).
 *
 * @throws {UsageError} when the value is not a number in the setting's range
 */
export function checkedSetting(name: NumericSettingName, value: unknown, where: string): number {
  if (typeof value !== "number" || !SETTING_RULES[name].ok(value)) throw new UsageError(configMessages.settingInvalid(where, value, SETTING_RULES[name].expected));
  return value;
}

/**
 * Completes partial bands with the defaults and checks their order (psi: 0 < medium ≤ high;
 * pValue: 0 < medium ≤ low ≤ 1; distance: 1 ≤ medium ≤ high).
 *
 * @throws {UsageError} naming `where` when a band is not a number or out of order
 */
export function completedBands(input: SeverityBandsInput | undefined, where: string, base: SeverityBands = DEFAULT_SEVERITY_BANDS): SeverityBands {
  if (input === undefined) return base;
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError(configMessages.bandsNotObject(where));
  for (const group of Object.keys(input)) {
    if (!(group in base)) throw new UsageError(configMessages.unknownKey(`${where}.${group}`, Object.keys(base)));
    const fields = (input as Record<string, unknown>)[group];
    if (typeof fields !== "object" || fields === null) throw new UsageError(configMessages.bandsNotObject(`${where}.${group}`));
    for (const [field, value] of Object.entries(fields)) {
      const known = Object.keys(base[group as keyof SeverityBands]);
      if (!known.includes(field)) throw new UsageError(configMessages.unknownKey(`${where}.${group}.${field}`, known));
      if (typeof value !== "number" || !Number.isFinite(value)) throw new UsageError(configMessages.settingInvalid(`${where}.${group}.${field}`, value, "a finite number"));
    }
  }
  const bands: SeverityBands = {
    psi: { ...base.psi, ...input.psi },
    pValue: { ...base.pValue, ...input.pValue },
    distance: { ...base.distance, ...input.distance },
  };
  const { psi, pValue, distance } = bands;
  if (!(psi.medium > 0 && psi.medium <= psi.high)) throw new UsageError(configMessages.bandsOutOfOrder(`${where}.psi`, "0 < medium ≤ high", psi));
  if (!(pValue.medium > 0 && pValue.medium <= pValue.low && pValue.low <= 1)) throw new UsageError(configMessages.bandsOutOfOrder(`${where}.pValue`, "0 < medium ≤ low ≤ 1", pValue));
  if (!(distance.medium >= 1 && distance.medium <= distance.high)) throw new UsageError(configMessages.bandsOutOfOrder(`${where}.distance`, "1 ≤ medium ≤ high", distance));
  return bands;
}

/**
 * Checks performance alert rules given in a config file or options: an object of metric names
 * (those of `METRIC_NAMES`) to `{ absolute?, relative? }` (see `checkedRules`).
 *
 * @example checkedPerformanceRules({ accuracy: { absolute: 0.8 } }, "option performanceRules") // { accuracy: { absolute: 0.8 } }
 * @throws {UsageError} naming `where`, the metric and the field
 */
export function checkedPerformanceRules(input: unknown, where: string): DegradationRules {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError(configMessages.rulesNotObject(where));
  try {
    return checkedRules(input as Readonly<Record<string, DegradationRule>>);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${where}: ${error.message}`);
    throw error;
  }
}
