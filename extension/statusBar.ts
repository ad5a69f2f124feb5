import { readdir } from "node:fs/promises";
import * as vscode from "vscode";
import type { CheckReport } from "driftlens";
import type { Container } from "./container";
import { verdictLevel } from "./checks/alertLevel";
import { driftDirectories, tryWorkspaceRoot } from "./workspacePaths";
import { readLatestReport } from "./readLatestReport";
import { reportVerdict } from "../kernel-helpers/report/reportVerdict";
import { statusText, verdictTooltip } from "./statusText";

/**
 * The latest verdict of the active baseline (the one checked or opened last) in the status bar;
 * a click opens its report.
 */
export class DriftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("driftlens.verdict", vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly container: Container) {
    this.item.name = "driftlens verdict";
  }

  show(report: CheckReport, reportPath: string): void {
    this.item.text = `$(pulse) ${statusText(report)}`;
    const level = verdictLevel(report);
    const verdict = reportVerdict(report);
    this.item.backgroundColor = level === "CRITICAL" ? new vscode.ThemeColor("statusBarItem.errorBackground") : level === "WARNING" || verdict.state === "not-checked" ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.item.tooltip = `${verdictTooltip(report)}\nClick to open the report.`;
    this.item.command = { command: "driftlens.openReport", title: "Open report", arguments: [reportPath] };
    this.item.show();
    if (report.baseline?.name) void this.container.context.workspaceState.update("driftlens.activeBaseline", report.baseline.name);
  }

  /** Shows the active baseline's latest.json at start-up, reading only that small file (no engine). */
  async restore(): Promise<void> {
    if (!tryWorkspaceRoot()) return;
    const { reports } = driftDirectories();
    const active = this.container.context.workspaceState.get<string>("driftlens.activeBaseline");
    const names = active ? [active] : await readdir(reports).catch(() => [] as string[]);
    let newest: { report: CheckReport; path: string } | undefined;
    for (const name of names) {
      const latest = await readLatestReport(reports, name);
      if (latest && (!newest || latest.report.createdAt > newest.report.createdAt)) newest = latest;
    }
    if (newest) this.show(newest.report, newest.path);
  }

  get text(): string {
    return this.item.text;
  }

  /** The background's theme colour id, if any (what the extension-host tests read). */
  get background(): string | undefined {
    return (this.item.backgroundColor as { id?: string } | undefined)?.id;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === "string" ? this.item.tooltip : "";
  }

  dispose(): void {
    this.item.dispose();
  }
}
