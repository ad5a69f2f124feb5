import { checkedQualityConditions } from "../quality/qualityConditions";
import { checkedMultivariateSettings } from "../multivariate/checkedMultivariateSettings";
import { readFile } from "node:fs/promises";
import { DataError, UsageError } from "../errors";
import { configMessages } from "./configMessages";
import type { MonitoringSettingsInput, NumericSettingName, SeverityBandsInput } from "./monitoringSettings";
import { SETTING_NAMES, checkedPerformanceRules, checkedSetting, completedBands } from "./monitoringSettings";
import { parseJsonText } from "./parseJsonText";

/** The name of the config file looked up in the working folder. */
export const CONFIG_FILE_NAME = "driftlens.config.json";

/**
 * Reads and checks a `driftlens.config.json`: one JSON object whose keys are settings of
 * `MonitoringSettings` (`psiThreshold`, `minSamples`, `analysisWindowHours`, `criticalThreshold`,
 * `severityBands`, `performanceRules`, `quality`, `multivariate`). Returns `undefined` when `optional` and the file does not exist.
 *
 * @example
 * // driftlens.config.json: { "psiThreshold": 0.2, "severityBands": { "psi": { "high": 0.25 } } }
 * await readConfigFile("driftlens.config.json") // { psiThreshold: 0.2, severityBands: { psi: { high: 0.25 } } }
 * @throws {DataError} when the file is missing (and not optional), unreadable or not JSON
 * @throws {UsageError} for an unknown key or a value out of range, naming the file and the key
 */
export async function readConfigFile(path: string, optional = false): Promise<MonitoringSettingsInput | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      if (optional) return undefined;
      throw new DataError(configMessages.configFileMissing(path));
    }
    throw new DataError(configMessages.configFileUnreadable(path, (error as Error).message));
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new DataError(configMessages.configFileNotJson(path, parsed.problem));
  const object = parsed.value;
  if (typeof object !== "object" || object === null || Array.isArray(object)) throw new DataError(configMessages.configFileNotObject(path));
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (!(SETTING_NAMES as readonly string[]).includes(key)) throw new UsageError(configMessages.unknownKey(`${path}: '${key}'`, SETTING_NAMES));
    if (key === "severityBands") {
      completedBands(value as SeverityBandsInput, `${path}: severityBands`);
      settings[key] = value;
    } else if (key === "performanceRules") {
      settings[key] = checkedPerformanceRules(value, `${path}: performanceRules`);
    } else if (key === "quality") {
      settings[key] = checkedQualityConditions(value, `${path}: quality`);
    } else if (key === "multivariate") {
      settings[key] = checkedMultivariateSettings(value, `${path}: multivariate`);
    } else {
      settings[key] = checkedSetting(key as NumericSettingName, value, `${path}: '${key}'`);
    }
  }
  return settings as MonitoringSettingsInput;
}
