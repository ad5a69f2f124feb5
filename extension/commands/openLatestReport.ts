import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { UserError } from "../userError";
import { displayPath, driftDirectories } from "../workspacePaths";
import type { DriftCommand } from "./driftCommand";

/** Drift: Open Latest Report — the newest report of a baseline (the only one, or picked). */
export const openLatestReportCommand: DriftCommand = {
  id: "driftlens.openLatestReport",
  title: "Open latest report",
  async run(container: Container, nameArg?: unknown): Promise<string | undefined> {
    const engine = await container.engine();
    const { reports } = driftDirectories();
    const latest = (await engine.latestReports(reports)).filter((entry) => typeof nameArg !== "string" || entry.name === nameArg);
    if (latest.length === 0) throw new UserError(messages.noReports(displayPath(reports)));
    const chosen =
      latest.length === 1
        ? latest[0]
        : (
            await vscode.window.showQuickPick(
              latest.map((entry) => ({
                label: entry.name,
                description: entry.report ? engine.verdictLine(entry.report) : entry.problem,
                entry,
              })),
              { title: messages.pickReport },
            )
          )?.entry;
    if (chosen === undefined) return undefined;
    if (chosen.problem !== undefined || chosen.report === undefined) throw new UserError(messages.reportUnreadable(displayPath(chosen.path), chosen.problem ?? "not a check report"));
    container.panels.openSaved(chosen.report, chosen.path);
    container.statusBar.show(chosen.report, chosen.path);
    return chosen.path;
  },
};
