import type { CheckOptions, CompareOptions } from "driftlens";

/**
 * What the settings are read from: VS Code's `WorkspaceConfiguration` of the `driftlens` section
 * (`get` gives the value in force, the manifest's default when none is set; `inspect` the value of
 * each layer). Kept to these two calls so the reading below runs, and is tested, without VS Code.
 */
export interface SettingsReader {
  get<T>(key: string): T | undefined;
  inspect<T>(key: string): { readonly globalValue?: T; readonly workspaceValue?: T; readonly workspaceFolderValue?: T } | undefined;
}

/** The extension's settings (`driftlens.*` in package.json); each one's default is in the manifest. */
export interface DriftSettings {
  readonly baselinesDirectory: string;
  readonly reportsDirectory: string;
  readonly window: string;
  readonly textModel: string;
  readonly imageModel: string;
  readonly allowRemoteModels: boolean;
  readonly watchIntervalMinutes: number;
  readonly notifyOnAlerts: boolean;
}

/** The extension's own settings in force; an empty folder setting means the default folder, a negative interval 0 (no watching). */
export function readDriftSettings(config: SettingsReader): DriftSettings {
  return {
    baselinesDirectory: config.get<string>("baselinesDirectory") || ".driftlens/baselines",
    reportsDirectory: config.get<string>("reportsDirectory") || ".driftlens/reports",
    window: config.get<string>("window") ?? "",
    textModel: config.get<string>("textModel") ?? "",
    imageModel: config.get<string>("imageModel") ?? "",
    allowRemoteModels: config.get<boolean>("allowRemoteModels") === true,
    watchIntervalMinutes: Math.max(0, config.get<number>("watchIntervalMinutes") ?? 15),
    notifyOnAlerts: config.get<boolean>("notifyOnAlerts") !== false,
  };
}

/**
 * The drift options a person set (user, workspace or folder settings; the folder's wins). Settings
 * left at their default are not passed, so `driftlens.config.json` and `DRIFT_*` environment
 * variables still apply below them, as in the CLI (option > config file > environment > default).
 */
export function readCheckOptions(config: SettingsReader): CheckOptions {
  const set = <T>(key: string): T | undefined => {
    const seen = config.inspect<T>(key);
    return seen?.workspaceFolderValue ?? seen?.workspaceValue ?? seen?.globalValue;
  };
  const window = set<string>("window");
  const bands = set<CheckOptions["severityBands"]>("severityBands");
  return {
    ...defined("driftShare", set<number>("driftShare")),
    ...defined("threshold", set<number | null>("threshold") ?? undefined),
    ...defined("correction", set<CompareOptions["correction"]>("correction")),
    ...defined("psiThreshold", set<number>("psiThreshold")),
    ...defined("minSamples", set<number>("minSamples")),
    ...defined("analysisWindowHours", set<number>("analysisWindowHours")),
    ...defined("criticalThreshold", set<number>("criticalThreshold")),
    ...(bands && Object.keys(bands).length > 0 ? { severityBands: bands } : {}),
    ...(window ? { window } : {}),
  };
}

/** The options of a comparison of two files: the comparison's share of `readCheckOptions`. */
export function readCompareOptions(config: SettingsReader): CompareOptions {
  const { driftShare, threshold, correction } = readCheckOptions(config);
  return { ...defined("driftShare", driftShare), ...defined("threshold", threshold), ...defined("correction", correction) };
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
