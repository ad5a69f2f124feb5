import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { withDriftProgress } from "../progress";
import { compareOptions } from "../settings";
import { UserError } from "../userError";
import { displayPath, workspaceRoot } from "../workspacePaths";
import type { DriftCommand } from "./driftCommand";

/**
 * Drift: Simulate Drift… — picks a drift scenario and a severity, writes a seeded reference and
 * current sample of the synthetic credit model (`.driftlens/simulated/<scenario>-<severity>/`,
 * written whole or not at all) and opens their comparison — `driftlens simulate` in the editor.
 * Arguments, when given: the scenario name and the severity.
 */
export const simulateDriftCommand: DriftCommand = {
  id: "driftlens.simulateDrift",
  title: "Simulate drift",
  async run(container: Container, scenarioArg?: unknown, severityArg?: unknown): Promise<string | undefined> {
    const engine = await container.engine();
    const scenarios = engine.DRIFT_SCENARIOS as Readonly<Record<string, (typeof engine.DRIFT_SCENARIOS)[keyof typeof engine.DRIFT_SCENARIOS]>>;
    const name = typeof scenarioArg === "string" ? scenarioArg : (await vscode.window.showQuickPick(engine.SCENARIO_NAMES.map((scenario) => ({ label: scenario, detail: scenarios[scenario].description })), { title: messages.pickScenario, matchOnDetail: true }))?.label;
    if (name === undefined) return undefined;
    if (!scenarios[name]) throw new UserError(`Unknown scenario '${name}'. Scenarios: ${engine.SCENARIO_NAMES.join(", ")}.`);
    const severityText = typeof severityArg === "number" ? String(severityArg) : await vscode.window.showInputBox({ title: messages.pickSeverity, value: "0.5", validateInput: (text) => (isSeverity(Number(text)) && text.trim() !== "" ? undefined : messages.severityInvalid) });
    if (severityText === undefined) return undefined;
    const severity = Number(severityText);
    if (!isSeverity(severity)) throw new UserError(messages.severityInvalid);

    const folder = join(workspaceRoot(), ".driftlens", "simulated", `${name}-${severity}`);
    const result = await withDriftProgress(container.log, `Simulating ${name} at severity ${severity}`, async (step) => {
      step("drawing the samples");
      const { reference, current } = engine.simulateScenario({ scenario: name, severity, referenceRows: 5000, currentRows: 2000 });
      step(`writing ${displayPath(folder)}`);
      const staging = `${folder}.${process.pid}.tmp`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      try {
        await engine.tableToCsv(reference, join(staging, "reference.csv"));
        await engine.tableToCsv(current, join(staging, "current.csv"));
        step("comparing");
        await rm(folder, { recursive: true, force: true });
        await rename(staging, folder);
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw error;
      }
      const named = { reference: { ...reference, source: join(folder, "reference.csv") }, current: { ...current, source: join(folder, "current.csv") } };
      return { report: engine.compareTables(named.reference, named.current, compareOptions()) };
    });
    container.panels.openComparison(result.report);
    container.log.info(`Simulated ${name} at ${severity} in ${folder}: drift score ${result.report.dataset.driftScore}`);
    return folder;
  },
};

function isSeverity(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}
