import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import type { Container } from "../container";
import { announceCheck } from "../checks/announceCheck";
import { withEngineWork } from "../engineWorker/withEngineWork";
import { runCheck } from "../checks/runCheck";
import { messages } from "../messages";
import { pathArgument, pickBaseline, pickDataFile } from "../pickers";
import { UserError } from "../userError";
import { displayPath } from "../workspacePaths";
import { checkDataFile } from "./dataFiles";
import type { DriftCommand } from "./driftCommand";

/**
 * Drift: Check Drift Against Baseline… — picks current data and a baseline, checks, saves the
 * report (`driftlens check FILE --baseline DIR`) and opens it. The check runs in an engine
 * process (see `withEngineWork`): a percentage while it runs, Cancel stops it at once. Arguments, when given: the data
 * (Uri or path) and the baseline version folder (path or tree item).
 */
export const checkDriftCommand: DriftCommand = {
  id: "driftlens.checkDrift",
  title: "Check drift",
  async run(container: Container, dataArg?: unknown, baselineArg?: unknown): Promise<{ reportPath: string; latestPath: string } | undefined> {
    const dataPath = pathArgument(dataArg) ?? (await pickDataFile(messages.pickCurrent));
    if (dataPath === undefined) return undefined;
    await checkDataFile(dataPath);
    const baselinePath = baselineFolder(baselineArg) ?? (await pickBaseline(container))?.path;
    if (baselinePath === undefined) return undefined;
    if (!existsSync(join(baselinePath, "baseline.json"))) throw new UserError(messages.notABaseline(displayPath(baselinePath)));
    const run = await withEngineWork(container, `Checking ${basename(dataPath)}`, (worker, step) => runCheck(container, worker, baselinePath, dataPath, step));
    container.panels.open(run);
    announceCheck(container, run, { shownInPanel: true });
    return { reportPath: run.reportPath, latestPath: run.latestPath };
  },
};

/** A baseline version folder from a path or a tree item carrying one. */
export function baselineFolder(arg: unknown): string | undefined {
  if (typeof arg === "string" && arg.length > 0) return arg;
  const listing = (arg as { listing?: { path?: unknown } } | undefined)?.listing;
  return typeof listing?.path === "string" ? listing.path : undefined;
}
