import { readFile } from "node:fs/promises";
import * as vscode from "vscode";
import type { CheckReport } from "driftlens";
import type { Container } from "../container";
import { messages } from "../messages";
import { UserError } from "../userError";
import { displayPath } from "../workspacePaths";
import type { DriftCommand } from "./driftCommand";

/** Opens one saved report (from the tree or the status bar) in the report panel. */
export const openReportCommand: DriftCommand = {
  id: "driftlens.openReport",
  title: "Open report",
  async run(container: Container, arg?: unknown): Promise<string | undefined> {
    const path = typeof arg === "string" ? arg : (arg as { reportPath?: string } | undefined)?.reportPath;
    if (path === undefined) return vscode.commands.executeCommand<string | undefined>("driftlens.openLatestReport");
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UserError(messages.reportUnreadable(displayPath(path), error.code === "ENOENT" ? "the file is gone" : error.message));
    });
    let report: CheckReport;
    try {
      report = JSON.parse(text) as CheckReport;
    } catch (error) {
      throw new UserError(messages.reportUnreadable(displayPath(path), (error as Error).message));
    }
    if (!report || typeof report !== "object" || !report.dataset || !Array.isArray(report.columns)) throw new UserError(messages.reportUnreadable(displayPath(path), "it is not a driftlens report"));
    container.panels.openSaved(report, path);
    return path;
  },
};
