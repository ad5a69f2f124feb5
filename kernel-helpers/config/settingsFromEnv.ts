import { UsageError } from "../errors";
import { configMessages } from "./configMessages";
import type { MonitoringSettingsInput, NumericSettingName } from "./monitoringSettings";
import { SETTING_ENV_VARS, SETTING_RULES } from "./monitoringSettings";

/**
 * The numeric settings given by environment variables (`DRIFT_PSI_THRESHOLD`, `DRIFT_MIN_SAMPLES`,
 * `DRIFT_ANALYSIS_WINDOW_HOURS`, `DRIFT_SCORE_CRITICAL_THRESHOLD`); unset or empty variables are
 * left out.
 *
 * @example settingsFromEnv({ DRIFT_MIN_SAMPLES: "250" }) // { minSamples: 250 }
 * @throws {UsageError} naming the variable when its value is not a number in range
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): MonitoringSettingsInput {
  const settings: Partial<Record<NumericSettingName, number>> = {};
  for (const [name, variable] of Object.entries(SETTING_ENV_VARS) as [NumericSettingName, string][]) {
    const text = env[variable];
    if (text === undefined || text.trim() === "") continue;
    const value = Number(text);
    if (!SETTING_RULES[name].ok(value)) throw new UsageError(configMessages.envInvalid(variable, text, SETTING_RULES[name].expected));
    settings[name] = value;
  }
  return settings;
}
