import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CheckReport } from "driftlens";
import type { Container } from "../container";
import type { Step } from "../progress";
import { checkOptions } from "../settings";
import { driftDirectories, workspaceRoot } from "../workspacePaths";

/** A finished check: the report and where it was saved. */
export interface CheckRun {
  readonly report: CheckReport;
  readonly reportPath: string;
  readonly latestPath: string;
  /** The baseline's latest report before this one, to tell a new alert from an old one. */
  readonly previous?: CheckReport;
}

/**
 * Checks `dataPath` (a file, a glob or a log folder) against the baseline in `baselinePath` with
 * the settings in force, and saves the report — the CLI's `driftlens check`. A log folder checks
 * only its last analysis-window hours when the baseline has a timestamp column.
 */
export async function runCheck(container: Container, baselinePath: string, dataPath: string, step: Step): Promise<CheckRun> {
  step("loading the engine");
  const engine = await container.engine();
  step(`loading baseline ${baselinePath}`);
  const baseline = await engine.loadBaseline(baselinePath);
  step(`reading ${dataPath}`);
  const current = await engine.readTable(dataPath);
  step(`checking ${current.rowCount.toLocaleString("en-US")} rows against ${baseline.info.name} ${baseline.info.version}`);
  const isFolder = (await stat(dataPath).catch(() => undefined))?.isDirectory() === true || /[*?[{]/.test(dataPath);
  const report = await engine.checkDrift(baseline, current, {
    ...checkOptions(),
    cwd: workspaceRoot(),
    recentOnly: baseline.info.roles.timestamp !== undefined && isFolder,
  });
  step("saving the report");
  const { reports } = driftDirectories();
  const previous = await readFile(join(reports, baseline.info.name, "latest.json"), "utf8").then((text) => JSON.parse(text) as CheckReport, () => undefined);
  const saved = await engine.saveReport(report, reports);
  container.log.info(`${engine.verdictLine(report)} — saved ${saved.path}`);
  return { report, reportPath: saved.path, latestPath: saved.latest, ...(previous ? { previous } : {}) };
}
