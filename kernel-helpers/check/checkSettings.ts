import type { MonitoringSettingsInput } from "../config/monitoringSettings";
import { SETTING_NAMES } from "../config/monitoringSettings";
import { resolveSettings, settingValues } from "../config/resolveSettings";
import type { CheckOptions } from "./checkDrift";

/**
 * The monitoring settings of one check: the options' own setting values over
 * driftlens.config.json, `DRIFT_*` environment variables and the defaults (`resolveSettings`),
 * and their plain values. One place for both check paths (rows and summaries).
 */
export async function checkSettings(options: CheckOptions): Promise<{ monitoring: Awaited<ReturnType<typeof resolveSettings>>; settings: ReturnType<typeof settingValues> }> {
  const settingOptions: Record<string, unknown> = {};
  for (const key of SETTING_NAMES) if (options[key] !== undefined) settingOptions[key] = options[key];
  const monitoring = await resolveSettings({ options: settingOptions as MonitoringSettingsInput, configFile: options.configFile, cwd: options.cwd, env: options.env });
  return { monitoring, settings: settingValues(monitoring) };
}
