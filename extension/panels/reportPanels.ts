import * as vscode from "vscode";
import type { AnyDriftReport, CheckReport, DriftReport } from "driftlens";
import type { Container } from "../container";
import type { CheckRun } from "../checks/runCheck";
import type { HostMessage, PanelMessage } from "../../media/src/shared/protocol";
import { reportFailure } from "../reportFailure";
import { embeddingKind } from "./embeddingKind";
import { includeColumn } from "./includeColumn";
import { type ReportParts, reportParts } from "./reportParts";
import { reportView } from "./reportView";
import { webviewHtml } from "./webviewHtml";
import { WhatIfSession, whatIfAvailability } from "./whatIf";
import { displayPath } from "../workspacePaths";

/** What a panel shows. */
export interface PanelSession {
  readonly report: AnyDriftReport;
  readonly reportPath?: string;
  /** The report's view parts when the engine process built them (checks, comparisons, text and image drift): the host then runs no engine code. */
  readonly parts?: ReportParts;
  /** Runs the same check again with more columns included (the panel's "Check it anyway"), when the panel's opener can: a database table's check, which needs its connection. */
  readonly rerun?: (includeColumns: readonly string[]) => Promise<PanelSession | undefined>;
}

/** One report panel (a webview): the report's figures and table, a column's distribution, What-if. */
class ReportPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private ready = false;
  /** The saved report whose view the webview received last (undefined before it had one, or for an unsaved comparison). */
  shownReportPath: string | undefined;
  /** The What-if of the report shown, made when its tab opens. */
  private whatIf: WhatIfSession | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly container: Container,
    readonly key: string,
    private session: PanelSession,
    onDispose: () => void,
  ) {
    const media = vscode.Uri.joinPath(container.extensionUri, "media");
    this.panel = vscode.window.createWebviewPanel("driftlens.report", "Drift Report", { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: true,
    });
    this.panel.iconPath = vscode.Uri.joinPath(media, "icons", "drift.svg");
    this.panel.webview.html = webviewHtml(this.panel.webview, container.extensionUri, "Drift Report");
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: PanelMessage) => this.receive(message).catch((error) => reportFailure(container, "Report panel", error))),
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  show(session: PanelSession, reveal = true): void {
    if (session.report !== this.session.report) this.endWhatIf();
    this.session = session;
    if (reveal) this.panel.reveal(undefined, false);
    void this.postReport();
  }

  private async postReport(): Promise<void> {
    if (!this.ready) return;
    const parts = this.session.parts ?? reportParts(await this.container.engine(), this.session.report);
    const view = reportView(parts, this.session.report, whatIfAvailability(this.session.report), displayPath);
    this.panel.title = `Drift: ${view.title}`;
    const reportPath = this.session.reportPath;
    if (await this.panel.webview.postMessage({ type: "report", view } satisfies HostMessage)) this.shownReportPath = reportPath;
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: PanelMessage): Promise<void> {
    switch (message.type) {
      case "ready":
        this.ready = true;
        await this.postReport();
        return;
      case "whatIfOpen":
        try {
          this.post({ type: "whatIfColumns", columns: await this.whatIfSession().columns() });
        } catch (error) {
          this.post({ type: "whatIfColumns", error: error instanceof Error ? error.message : String(error) });
        }
        return;
      case "whatIf":
        this.whatIfSession().request(message.seq, message.shift, (result) => {
          if (result.error !== "superseded") this.post({ type: "whatIf", ...result });
        });
        return;
      case "loadCurrent":
        await vscode.commands.executeCommand(...loadCurrentCommand(this.session.report));
        return;
      case "includeColumn":
        this.post({ type: "includeStatus", message: `Checking again with ${message.column} included…` });
        try {
          const session = await includeColumn(this.container, this.session, message.column);
          if (session) this.show(session);
        } catch (error) {
          this.post({ type: "includeStatus", message: error instanceof Error ? error.message : String(error) });
          throw error;
        }
        return;
    }
  }

  private whatIfSession(): WhatIfSession {
    return (this.whatIf ??= new WhatIfSession(this.container, this.session.report));
  }

  private endWhatIf(): void {
    this.whatIf?.dispose();
    this.whatIf = undefined;
  }

  dispose(): void {
    this.endWhatIf();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/**
 * The command (with its arguments) that checks other current data the way the report was made:
 * against the check's baseline, or the same reference file, text column or images, asking for
 * the current data.
 */
function loadCurrentCommand(report: AnyDriftReport): [string, ...unknown[]] {
  if (report.kind === "check") return ["driftlens.checkDrift", undefined, (report as CheckReport).baseline.path];
  const kind = embeddingKind(report);
  if (kind === "text") return ["driftlens.checkTextDrift", report.reference.source, undefined, report.columns[0].column];
  if (kind === "image") return ["driftlens.checkImageDrift", report.reference.source, undefined, report.columns[0].column];
  return ["driftlens.compareFiles", report.reference.source];
}

/** What a panel shows of a check that just ran: its report, where it was saved, and the view parts the engine process built. */
export function checkSession(run: CheckRun): PanelSession {
  return { report: run.report, reportPath: run.reportPath, ...(run.parts ? { parts: run.parts } : {}) };
}

/** The open report panels, one per baseline (and one per comparison or opened file). */
export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ReportPanel>();

  constructor(private readonly container: Container) {}

  /** Shows a check that just ran; `rerun` checks it again with more columns included (see `PanelSession.rerun`). */
  open(run: CheckRun, rerun?: PanelSession["rerun"]): void {
    this.showSession(run.report.baseline.name, { ...checkSession(run), ...(rerun ? { rerun } : {}) });
  }

  /** Shows a comparison of two files, with its view parts when the engine process built them. */
  openComparison(report: DriftReport, parts?: ReportParts): void {
    this.showSession(`compare:${report.reference.source}`, { report, ...(parts ? { parts } : {}) });
  }

  /** Shows a saved report (from the tree, the status bar or Open Latest Report), with its view parts when the engine process built them. */
  openSaved(report: AnyDriftReport, reportPath: string, parts?: ReportParts): void {
    const key = report.kind === "check" ? (report as CheckReport).baseline.name : reportPath;
    this.showSession(key, { report, reportPath, ...(parts ? { parts } : {}) });
  }

  /** A watched check finished: an open panel of that baseline shows it (without taking focus from the editor). */
  refresh(name: string, run: CheckRun): void {
    this.panels.get(name)?.show(checkSession(run), false);
  }

  /** The open panels (for tests and for the what-if tab). */
  get openKeys(): readonly string[] {
    return [...this.panels.keys()];
  }

  /** The saved report each open panel's webview was last given, by panel key (what the extension-host tests read). */
  get shownReports(): ReadonlyMap<string, string | undefined> {
    return new Map([...this.panels].map(([key, panel]) => [key, panel.shownReportPath]));
  }

  private showSession(key: string, session: PanelSession): void {
    const existing = this.panels.get(key);
    if (existing) {
      existing.show(session);
      return;
    }
    const panel = new ReportPanel(this.container, key, session, () => this.panels.delete(key));
    this.panels.set(key, panel);
    panel.show(session);
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.panel.dispose();
    this.panels.clear();
  }
}
