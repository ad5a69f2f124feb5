import { basename } from "node:path";
import type { CheckReport } from "driftlens";
import type { Container } from "../container";
import { announceCheck } from "../checks/announceCheck";
import { runCheck } from "../checks/runCheck";
import { engineProgress, withEngineWork } from "../engineWorker/withEngineWork";
import { compareOptions } from "../settings";
import { messages } from "../messages";
import { UserError } from "../userError";
import type { PanelSession } from "./reportPanels";

/**
 * The panel's "Check it anyway" on an identifier-like column: the same check (baseline and current
 * data) or comparison (the two files) again, in the engine's worker, with `column` added to the
 * columns included (`includeColumns`, the CLI's `--include-column`). A check is saved and
 * announced like any other; a comparison is not saved. A database table's check goes through the
 * session's `rerun` (it holds the connection); a saved one, opened later, is refused with the way
 * out. `undefined` when the report cannot be re-run (a check without its baseline's path).
 */
export async function includeColumn(container: Container, session: PanelSession, column: string): Promise<PanelSession | undefined> {
  const report = session.report;
  const includeColumns = [...(report.settings.includeColumns ?? []), column];
  if (session.rerun) return session.rerun(includeColumns);
  // A table's check names its current side by the table's address, not a file.
  if ((await container.engine()).isTableUrl(report.current.source)) throw new UserError(messages.includeOnTable(column));
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
