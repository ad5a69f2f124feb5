import { basename } from "node:path";
import type { AnyDriftReport, CheckReport } from "driftlens";
import type { Container } from "../container";
import { announceCheck } from "../checks/announceCheck";
import { runCheck } from "../checks/runCheck";
import { engineProgress, withEngineWork } from "../engineWorker/withEngineWork";
import { compareOptions } from "../settings";
import type { PanelSession } from "./reportPanels";

/**
 * The panel's "Check it anyway" on an identifier-like column: the same check (baseline and current
 * data) or comparison (the two files) again, in the engine's worker, with `column` added to the
 * columns included (`includeColumns`, the CLI's `--include-column`). A check is saved and
 * announced like any other; a comparison is not saved. `undefined` when the report cannot be
 * re-run (a check without its baseline's path).
 */
export async function includeColumn(container: Container, report: AnyDriftReport, column: string): Promise<PanelSession | undefined> {
  const includeColumns = [...(report.settings.includeColumns ?? []), column];
  if (report.kind === "check") {
    const baselinePath = (report as CheckReport).baseline.path;
    if (!baselinePath) return undefined;
    const run = await withEngineWork(container, `Checking ${basename(report.current.source)} with ${column}`, (worker, step) => runCheck(container, worker, baselinePath, report.current.source, step, { includeColumns }));
    announceCheck(container, run, { shownInPanel: true });
    return { report: run.report, reportPath: run.reportPath };
  }
  const result = await withEngineWork(container, `Comparing again with ${column}`, (worker, step) =>
    worker.run("compare", { referencePath: report.reference.source, currentPath: report.current.source, options: { ...compareOptions(), includeColumns } }, engineProgress(step)),
  );
  return { report: result.report };
}
