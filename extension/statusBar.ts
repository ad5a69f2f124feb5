import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import * as vscode from "vscode";
import type { CheckReport, Severity } from "driftlens";
import type { Container } from "./container";
import { alertLevel } from "./checks/alertLevel";
import { driftDirectories, tryWorkspaceRoot } from "./workspacePaths";

const SEVERITY_ORDER: readonly Severity[] = ["none", "low", "medium", "high"];

/** "Drift: 3/12 ▲ HIGH": drifted/tested feature columns and the worst drifted column's severity. */
export function statusText(report: Pick<CheckReport, "dataset" | "columns">): string {
  const { driftedColumns, columns } = report.dataset;
  let worst: Severity = "none";
  for (const column of report.columns) if (column.drifted && SEVERITY_ORDER.indexOf(column.severity) > SEVERITY_ORDER.indexOf(worst)) worst = column.severity;
  return worst === "none" ? `Drift: ${driftedColumns}/${columns} ✓` : `Drift: ${driftedColumns}/${columns} ▲ ${worst.toUpperCase()}`;
}

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
    const level = alertLevel(report);
    this.item.backgroundColor = level === "CRITICAL" ? new vscode.ThemeColor("statusBarItem.errorBackground") : level === "WARNING" ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.item.tooltip = `${report.baseline?.name ?? "comparison"} ${report.baseline?.version ?? ""} · ${report.current.rows.toLocaleString("en-US")} rows · ${report.dataset.drifted ? "DRIFT" : "no drift"} · checked ${report.createdAt}\nClick to open the report.`;
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
      const path = join(reports, name, "latest.json");
      const report = await readFile(path, "utf8").then((text) => JSON.parse(text) as CheckReport, () => undefined);
      if (report?.dataset && Array.isArray(report.columns) && (!newest || report.createdAt > newest.report.createdAt)) newest = { report, path };
    }
    if (newest) this.show(newest.report, newest.path);
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
