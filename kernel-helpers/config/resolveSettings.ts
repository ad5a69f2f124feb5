import type { QualityConditions } from "../quality/qualityConditions";
import { checkedQualityConditions } from "../quality/qualityConditions";
import type { MultivariateOptions } from "../multivariate/multivariateResult";
import { checkedMultivariateSettings } from "../multivariate/checkedMultivariateSettings";
import { join } from "node:path";
import type { MonitoringSettings, MonitoringSettingsInput, NumericSettingName } from "./monitoringSettings";
import { DEFAULT_MONITORING_SETTINGS, checkedPerformanceRules, checkedSetting, completedBands } from "./monitoringSettings";
import { CONFIG_FILE_NAME, readConfigFile } from "./readConfigFile";
import type { SeverityBands } from "../drift/severityBands";
import type { DegradationRules } from "../performance/degradationRules";
import { settingsFromEnv } from "./settingsFromEnv";

/** Where a setting's value came from. */
export type SettingSource = "option" | "config" | "env" | "default";

export interface SettingInForce<T> {
  readonly value: T;
  readonly from: SettingSource;
}

/** Every monitoring setting with its value and origin, as recorded in a check report. */
export interface SettingsInForce {
  readonly psiThreshold: SettingInForce<number>;
  readonly minSamples: SettingInForce<number>;
  readonly analysisWindowHours: SettingInForce<number>;
  readonly criticalThreshold: SettingInForce<number>;
  readonly severityBands: SettingInForce<SeverityBands>;
  readonly performanceRules: SettingInForce<DegradationRules>;
  readonly quality: SettingInForce<QualityConditions>;
  readonly multivariate: SettingInForce<MultivariateOptions>;
  /** The config file that was read, when there was one. */
  readonly configFile?: string;
}

export interface SettingsSources {
  /** Settings given by the caller: they win over everything else. */
  readonly options?: MonitoringSettingsInput;
  /**
   * A config file to read (it must exist). Default: `driftlens.config.json` in `cwd`, when there
   * is one. `false` reads no config file.
   */
  readonly configFile?: string | false;
  /** Folder searched for `driftlens.config.json`. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Environment variables. Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Resolves the monitoring settings with the precedence options > config file > environment
 * variables > defaults, checking every value, and says where each one came from. Severity bands
 * merge field by field (an option may set only `psi.high`) and performance rules metric by metric
 * (an option's rule for `f1` replaces the config file's for `f1` and keeps its other metrics); both
 * come from options or the config file, not from the environment.
 *
 * @example
 * // DRIFT_MIN_SAMPLES=50 in the environment, no config file
 * const settings = await resolveSettings({ options: { psiThreshold: 0.2 } });
 * settings.psiThreshold // { value: 0.2, from: "option" }
 * settings.minSamples   // { value: 50, from: "env" }
 * @throws {UsageError} for a value out of range, naming its origin
 * @throws {DataError} for a config file that is missing (when named), unreadable or not JSON
 */
export async function resolveSettings(sources: SettingsSources = {}): Promise<SettingsInForce> {
  const options = sources.options ?? {};
  const configPath = sources.configFile === false ? undefined : sources.configFile ?? join(sources.cwd ?? process.cwd(), CONFIG_FILE_NAME);
  const config = configPath === undefined ? undefined : await readConfigFile(configPath, sources.configFile === undefined);
  const env = settingsFromEnv(sources.env ?? process.env);

  const numeric = (name: NumericSettingName): SettingInForce<number> => {
    if (options[name] !== undefined) return { value: checkedSetting(name, options[name], `option ${name}`), from: "option" };
    if (config?.[name] !== undefined) return { value: config[name] as number, from: "config" };
    if (env[name] !== undefined) return { value: env[name] as number, from: "env" };
    return { value: DEFAULT_MONITORING_SETTINGS[name], from: "default" };
  };
  const fromConfig = completedBands(config?.severityBands, `${configPath}: severityBands`);
  const bands = completedBands(options.severityBands, "option severityBands", fromConfig);
  const rules = options.performanceRules === undefined ? {} : checkedPerformanceRules(options.performanceRules, "option performanceRules");
  return {
    psiThreshold: numeric("psiThreshold"),
    minSamples: numeric("minSamples"),
    analysisWindowHours: numeric("analysisWindowHours"),
    criticalThreshold: numeric("criticalThreshold"),
    severityBands: { value: bands, from: options.severityBands !== undefined ? "option" : config?.severityBands !== undefined ? "config" : "default" },
    performanceRules: {
      value: { ...(config?.performanceRules as DegradationRules | undefined), ...rules },
      from: options.performanceRules !== undefined ? "option" : config?.performanceRules !== undefined ? "config" : "default",
    },
    quality: {
      value: { ...config?.quality, ...(options.quality === undefined ? {} : checkedQualityConditions(options.quality, "option quality")) },
      from: options.quality !== undefined ? "option" : config?.quality !== undefined ? "config" : "default",
    },
    multivariate: {
      value: { ...config?.multivariate, ...(options.multivariate === undefined ? {} : checkedMultivariateSettings(options.multivariate, "option multivariate")) },
      from: options.multivariate !== undefined ? "option" : config?.multivariate !== undefined ? "config" : "default",
    },
    ...(config === undefined ? {} : { configFile: configPath }),
  };
}

/** The plain values of resolved settings. */
export function settingValues(settings: SettingsInForce): MonitoringSettings {
  return {
    psiThreshold: settings.psiThreshold.value,
    minSamples: settings.minSamples.value,
    analysisWindowHours: settings.analysisWindowHours.value,
    criticalThreshold: settings.criticalThreshold.value,
    severityBands: settings.severityBands.value,
    performanceRules: settings.performanceRules.value,
    quality: settings.quality.value,
    multivariate: settings.multivariate.value,
  };
}

