import { existsSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { pathArgument, pickBaseline, pickFolderOrFile } from "../pickers";
import { driftSettings } from "../settings";
import { UserError } from "../userError";
import { displayPath } from "../workspacePaths";
import { baselineFolder } from "./checkDrift";
import { checkDataFile } from "./dataFiles";
import type { DriftCommand } from "./driftCommand";

/**
 * Drift: Watch Inference Logs… — re-checks a folder (or file) of logs against a baseline on every
 * change and every `driftlens.watchIntervalMinutes` (0: on change only); each check saves a
 * report, refreshes an open report panel and the status bar, and notifies a new alert.
 */
export const watchLogsCommand: DriftCommand = {
  id: "driftlens.watchLogs",
  title: "Watch inference logs",
  async run(container: Container, targetArg?: unknown, baselineArg?: unknown): Promise<string | undefined> {
    const target = pathArgument(targetArg) ?? (await pickFolderOrFile(messages.pickFolderToWatch));
    if (target === undefined) return undefined;
    await checkDataFile(target);
    const baselinePath = baselineFolder(baselineArg) ?? (await pickBaseline(container))?.path;
    if (baselinePath === undefined) return undefined;
    if (!existsSync(join(baselinePath, "baseline.json"))) throw new UserError(messages.notABaseline(displayPath(baselinePath)));
    const minutes = driftSettings().watchIntervalMinutes;
    await container.watchers.start(target, baselinePath, minutes);
    container.log.info(messages.watching(target, baselinePath, minutes));
    void vscode.window.showInformationMessage(messages.watching(displayPath(target), displayPath(baselinePath), minutes));
    return target;
  },
};
