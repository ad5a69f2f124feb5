import * as vscode from "vscode";
import type { BaselineListing, CheckReport } from "driftlens";
import type { Container } from "../container";
import { statusText, verdictTooltip } from "../statusText";
import type { ReportSummary } from "./reportEntry";
import { reportLabel, reportSummary, reportTooltip } from "./reportEntry";
import { driftDirectories, tryWorkspaceRoot } from "../workspacePaths";
import { readLatestReport } from "../readLatestReport";
import { reportVerdict } from "../../kernel-helpers/report/reportVerdict";
import { countNoun } from "../../kernel-helpers/report/countNoun";

/** A baseline name: its versions and its reports under it, its latest verdict beside it. */
export interface NameNode {
  readonly kind: "name";
  readonly name: string;
  readonly versions: readonly BaselineListing[];
  readonly latest?: CheckReport;
  readonly latestPath?: string;
}

export interface VersionNode {
  readonly kind: "version";
  readonly listing: BaselineListing;
}

export interface ReportNode {
  readonly kind: "report";
  readonly name: string;
  readonly reportPath: string;
  readonly createdAt: string;
  /** The verdict and data file, read from the report (undefined when it cannot be read). */
  readonly summary?: ReportSummary;
}

export type BaselinesNode = NameNode | VersionNode | ReportNode;

const REPORTS_SHOWN = 20;

/** The Baselines view: baselines by name and version with their latest verdict, and their reports. */
export class BaselinesTree implements vscode.TreeDataProvider<BaselinesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BaselinesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly container: Container) {
    const root = tryWorkspaceRoot();
    if (root) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), ".driftlens/**"));
      const soon = () => this.refresh(500);
      this.disposables.push(watcher, watcher.onDidCreate(soon), watcher.onDidDelete(soon), watcher.onDidChange(soon));
    }
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration("driftlens") && this.refresh()));
  }

  refresh(delayMs = 0): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.changed.fire(undefined), delayMs);
  }

  async getChildren(node?: BaselinesNode): Promise<BaselinesNode[]> {
    if (!tryWorkspaceRoot()) return [];
    const engine = await this.container.engine();
    const { baselines, reports } = driftDirectories();
    if (node === undefined) {
      const listings = await engine.listBaselines(baselines);
      const names = [...new Set(listings.map((listing) => listing.name))];
      return Promise.all(
        names.map(async (name): Promise<NameNode> => {
          const latest = await readLatestReport(reports, name);
          return { kind: "name", name, versions: listings.filter((listing) => listing.name === name), ...(latest ? { latest: latest.report, latestPath: latest.path } : {}) };
        }),
      );
    }
    if (node.kind === "name") {
      const saved = await engine.listReports(reports, node.name);
      return [
        ...node.versions.map((listing): VersionNode => ({ kind: "version", listing })),
        ...(await Promise.all(saved.slice(0, REPORTS_SHOWN).map(async (report): Promise<ReportNode> => {
          const summary = await reportSummary(report.path);
          return { kind: "report", name: node.name, reportPath: report.path, createdAt: report.createdAt, ...(summary ? { summary } : {}) };
        }))),
      ];
    }
    return [];
  }

  getTreeItem(node: BaselinesNode): vscode.TreeItem {
    switch (node.kind) {
      case "name": {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `name:${node.name}`;
        item.contextValue = "driftlens.baselineName";
        item.iconPath = new vscode.ThemeIcon(node.latest && reportVerdict(node.latest).state !== "no-drift" ? "warning" : "database");
        item.description = node.latest ? `${statusText(node.latest)} · ${node.latest.baseline?.version ?? ""}` : "not checked yet";
        item.tooltip = node.latest ? `Latest check: ${verdictTooltip(node.latest)}` : "No report yet";
        if (node.latestPath) item.command = { command: "driftlens.openReport", title: "Open latest report", arguments: [node.latestPath] };
        return item;
      }
      case "version": {
        const { listing } = node;
        const item = new vscode.TreeItem(listing.version, vscode.TreeItemCollapsibleState.None);
        item.id = `version:${listing.path}`;
        item.resourceUri = vscode.Uri.file(listing.path);
        if (listing.problem) {
          item.contextValue = "driftlens.brokenBaseline";
          item.iconPath = new vscode.ThemeIcon("error");
          item.description = "cannot be loaded";
          item.tooltip = listing.problem;
        } else {
          item.contextValue = "driftlens.baselineVersion";
          item.iconPath = new vscode.ThemeIcon("versions");
          item.description = `${countNoun(listing.rows ?? 0, "row")} · ${countNoun(listing.columns ?? 0, "column")}${listing.exact === false ? " · sketched" : ""}`;
          item.tooltip = `${listing.path}\ncreated ${listing.created ?? "?"}`;
        }
        return item;
      }
      case "report": {
        const item = new vscode.TreeItem(reportLabel(node.createdAt, node.summary), vscode.TreeItemCollapsibleState.None);
        item.id = `report:${node.reportPath}`;
        item.contextValue = "driftlens.report";
        item.iconPath = new vscode.ThemeIcon(node.summary?.drifted ? "warning" : "graph");
        item.tooltip = reportTooltip(node.reportPath, node.summary);
        item.command = { command: "driftlens.openReport", title: "Open report", arguments: [node.reportPath] };
        return item;
      }
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
