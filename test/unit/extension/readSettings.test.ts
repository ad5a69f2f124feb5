import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { SettingsReader } from "../../../extension/readSettings";
import { readCheckOptions, readCompareOptions, readDriftSettings } from "../../../extension/readSettings";
import { repoPath } from "../../helpers/paths";

/** The `driftlens.*` settings the manifest contributes, with their defaults (key without the section). */
function contributedDefaults(): Map<string, unknown> {
  const manifest = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } | { properties: Record<string, { default?: unknown }> }[] } };
  const sections = Array.isArray(manifest.contributes.configuration) ? manifest.contributes.configuration : [manifest.contributes.configuration];
  const defaults = new Map<string, unknown>();
  for (const section of sections) for (const [key, property] of Object.entries(section.properties)) defaults.set(key.replace(/^driftlens\./, ""), property.default);
  return defaults;
}

/** Settings read by the module that uses them, not by readSettings: key → file. */
const READ_ELSEWHERE: Readonly<Record<string, string>> = { databaseConnections: "extension/database/databaseConnections.ts" };

type Layer = Readonly<Record<string, unknown>>;

/**
 * The `driftlens` section as VS Code presents it: `get` is the folder's value, else the
 * workspace's, else the user's, else the manifest's default (`withDefaults` false: no default, as
 * for a setting the manifest lacks); `inspect` each layer. Records every key asked for.
 */
function configuration(layers: { global?: Layer; workspace?: Layer; folder?: Layer }, withDefaults = true): SettingsReader & { asked: Set<string> } {
  const defaults = contributedDefaults();
  const asked = new Set<string>();
  const layerValues = (key: string) => ({ globalValue: layers.global?.[key], workspaceValue: layers.workspace?.[key], workspaceFolderValue: layers.folder?.[key] });
  return {
    asked,
    get<T>(key: string): T | undefined {
      asked.add(key);
      const seen = layerValues(key);
      return (seen.workspaceFolderValue ?? seen.workspaceValue ?? seen.globalValue ?? (withDefaults ? defaults.get(key) : undefined)) as T | undefined;
    },
    inspect<T>(key: string) {
      asked.add(key);
      return layerValues(key) as { globalValue?: T; workspaceValue?: T; workspaceFolderValue?: T };
    },
  };
}

describe("the extension's settings (readSettings, behind extension/settings.ts)", () => {
  it("with nothing set, the extension's settings are the manifest's defaults, and the code's fallbacks agree with them", () => {
    const defaults = contributedDefaults();
    const fromManifest = readDriftSettings(configuration({}));
    for (const [key, value] of Object.entries(fromManifest)) assert.deepEqual(value, defaults.get(key), `driftlens.${key}`);
    assert.deepEqual(readDriftSettings(configuration({}, false)), fromManifest, "the fallbacks in readSettings.ts differ from package.json's defaults");
  });

  it("reads every setting the manifest contributes, and no other (but those read where they are used)", () => {
    const config = configuration({});
    readDriftSettings(config);
    readCheckOptions(config);
    for (const [key, file] of Object.entries(READ_ELSEWHERE)) assert.ok(readFileSync(repoPath(file), "utf8").includes(`"${key}"`), `${file} no longer reads driftlens.${key}`);
    assert.deepEqual([...config.asked, ...Object.keys(READ_ELSEWHERE)].sort(), [...contributedDefaults().keys()].sort());
  });

  it("an empty folder setting means the default folder; a negative watch interval means no watching", () => {
    const settings = readDriftSettings(configuration({ workspace: { baselinesDirectory: "", reportsDirectory: "out/reports", watchIntervalMinutes: -5, notifyOnAlerts: false, allowRemoteModels: true } }));
    assert.equal(settings.baselinesDirectory, ".driftlens/baselines");
    assert.equal(settings.reportsDirectory, "out/reports");
    assert.equal(settings.watchIntervalMinutes, 0);
    assert.equal(settings.notifyOnAlerts, false);
    assert.equal(settings.allowRemoteModels, true);
  });

  it("check options carry only what a person set, so the config file and DRIFT_* variables apply below them", () => {
    assert.deepEqual(readCheckOptions(configuration({})), {});
    // Values equal to the defaults but not set stay out; a null threshold, empty bands and an empty window are "not set".
    assert.deepEqual(readCheckOptions(configuration({ global: { threshold: null, severityBands: {}, window: "" } })), {});
  });

  it("the folder's value wins over the workspace's, the workspace's over the user's", () => {
    const options = readCheckOptions(
      configuration({
        global: { driftShare: 0.3, psiThreshold: 0.2, minSamples: 50, correction: "bonferroni" },
        workspace: { driftShare: 0.4, minSamples: 70, window: "7d" },
        folder: { minSamples: 90, severityBands: { low: 0.1, medium: 0.2, high: 0.3 } },
      }),
    );
    assert.deepEqual(options, { driftShare: 0.4, correction: "bonferroni", psiThreshold: 0.2, minSamples: 90, severityBands: { low: 0.1, medium: 0.2, high: 0.3 }, window: "7d" });
  });

  it("every drift option maps from its setting of the same name", () => {
    const set = { driftShare: 0.25, threshold: 0.01, correction: "fdr", psiThreshold: 0.15, minSamples: 30, analysisWindowHours: 6, criticalThreshold: 0.8 };
    assert.deepEqual(readCheckOptions(configuration({ workspace: set })), set);
  });

  it("comparison options are the check options' driftShare, threshold and correction", () => {
    const config = configuration({ workspace: { driftShare: 0.25, threshold: 0.01, correction: "bonferroni", psiThreshold: 0.15, minSamples: 30, window: "1d" } });
    assert.deepEqual(readCompareOptions(config), { driftShare: 0.25, threshold: 0.01, correction: "bonferroni" });
    assert.deepEqual(readCompareOptions(configuration({ global: { minSamples: 30 } })), {});
  });
});
