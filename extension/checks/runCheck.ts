import type { CheckReport } from "driftlens";
import type { Container } from "../container";
import type { EngineWorker } from "../engineWorker/engineWorker";
import { engineProgress } from "../engineWorker/withEngineWork";
import type { Step } from "../progress";
import { checkOptions } from "../settings";
import { driftDirectories, workspaceRoot } from "../workspacePaths";
import { reportVerdict, verdictPlain } from "../../kernel-helpers/report/reportVerdict";
import type { ReportParts } from "../panels/reportParts";

/** A finished check: the report and where it was saved. */
export interface CheckRun {
  readonly report: CheckReport;
  readonly reportPath: string;
  readonly latestPath: string;
  /** The baseline's latest report before this one, to tell a new alert from an old one. */
  readonly previous?: CheckReport;
  /** The report's view parts, built in the engine process (the panel runs no engine code on the extension host). */
  readonly parts?: ReportParts;
}

/**
 * Checks `dataPath` (a file, a glob or a log folder) against the baseline in `baselinePath` with
 * the settings in force, and saves the report — the CLI's `driftlens check` — in `worker`'s
 * engine process. A log folder checks only its last analysis-window hours when the baseline has
 * a timestamp column. `extra.includeColumns` tests identifier-like columns anyway (the panel's
 * "Check it anyway").
 */
export async function runCheck(container: Container, worker: EngineWorker, baselinePath: string, dataPath: string, step: Step, extra: { includeColumns?: readonly string[] } = {}): Promise<CheckRun> {
  const { reports } = driftDirectories();
  const run = await worker.run("check", { baselinePath, dataPath, options: { ...checkOptions(), ...(extra.includeColumns ? { includeColumns: extra.includeColumns } : {}) }, cwd: workspaceRoot(), reportsDirectory: reports }, engineProgress(step));
  container.log.info(`${run.report.baseline.name}: ${verdictPlain(reportVerdict(run.report))} — saved ${run.reportPath}`);
  return run;
}
