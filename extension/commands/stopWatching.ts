import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { pathArgument } from "../pickers";
import { displayPath } from "../workspacePaths";
import type { DriftCommand } from "./driftCommand";

/** Drift: Stop Watching — stops one watch (picked when there are several). */
export const stopWatchingCommand: DriftCommand = {
  id: "driftlens.stopWatching",
  title: "Stop watching",
  async run(container: Container, targetArg?: unknown): Promise<boolean> {
    const watches = container.watchers.list();
    if (watches.length === 0) {
      void vscode.window.showInformationMessage(messages.notWatching);
      return false;
    }
    const target =
      pathArgument(targetArg) ??
      (watches.length === 1 ? watches[0].target : (await vscode.window.showQuickPick(watches.map((watch) => ({ label: displayPath(watch.target), description: displayPath(watch.baselinePath), target: watch.target })), { title: messages.pickWatchToStop }))?.target);
    if (target === undefined) return false;
    const stopped = container.watchers.stop(target);
    if (stopped) void vscode.window.showInformationMessage(messages.stopped(displayPath(target)));
    return stopped;
  },
};
