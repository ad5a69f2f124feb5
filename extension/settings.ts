import * as vscode from "vscode";
import type { CheckOptions, CompareOptions } from "driftlens";

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

const SECTION = "driftlens";

export function driftSettings(scope?: vscode.ConfigurationScope): DriftSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
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
 * The drift options a person set (user, workspace or folder settings). Settings left at their
 * default are not passed, so `driftlens.config.json` and `DRIFT_*` environment variables still
 * apply below them, as in the CLI (option > config file > environment > default).
 */
export function checkOptions(scope?: vscode.ConfigurationScope): CheckOptions {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
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

/** The options of a comparison of two files: the comparison's share of `checkOptions`. */
export function compareOptions(scope?: vscode.ConfigurationScope): CompareOptions {
  const { driftShare, threshold, correction } = checkOptions(scope);
  return { ...defined("driftShare", driftShare), ...defined("threshold", threshold), ...defined("correction", correction) };
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
