import * as vscode from "vscode";
import type { CheckOptions, CompareOptions } from "driftlens";
import type { DriftSettings } from "./readSettings";
import { readCheckOptions, readCompareOptions, readDriftSettings } from "./readSettings";

export type { DriftSettings } from "./readSettings";

const SECTION = "driftlens";

/** The extension's settings in force for `scope` (see readSettings.ts). */
export function driftSettings(scope?: vscode.ConfigurationScope): DriftSettings {
  return readDriftSettings(vscode.workspace.getConfiguration(SECTION, scope));
}

/** The drift options a person set for `scope`; settings left at their default are not passed (see readSettings.ts). */
export function checkOptions(scope?: vscode.ConfigurationScope): CheckOptions {
  return readCheckOptions(vscode.workspace.getConfiguration(SECTION, scope));
}

/** The options of a comparison of two files for `scope`. */
export function compareOptions(scope?: vscode.ConfigurationScope): CompareOptions {
  return readCompareOptions(vscode.workspace.getConfiguration(SECTION, scope));
}
