import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import { announceCheck } from "../checks/announceCheck";
import { runCheck } from "../checks/runCheck";
import { messages } from "../messages";
import { displayPath } from "../workspacePaths";

/** One folder (or file) of inference logs re-checked against a baseline. */
export interface Watch {
  readonly target: string;
  readonly baselinePath: string;
  readonly intervalMinutes: number;
  /** Checks finished since the watch started. */
  readonly checks: number;
}

const DEBOUNCE_MS = 1500;

class ActiveWatch implements vscode.Disposable, Watch {
  checks = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly container: Container,
    readonly target: string,
    readonly baselinePath: string,
    readonly intervalMinutes: number,
    isFolder: boolean,
  ) {
    const pattern = isFolder ? new vscode.RelativePattern(vscode.Uri.file(target), "**/*") : new vscode.RelativePattern(vscode.Uri.file(dirname(target)), basename(target));
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onChange = () => this.schedule();
    this.disposables.push(watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange), watcher.onDidDelete(onChange));
    if (intervalMinutes > 0) {
      const interval = setInterval(() => this.schedule(), intervalMinutes * 60_000);
      this.disposables.push(new vscode.Disposable(() => clearInterval(interval)));
    }
  }

  /** Runs a check soon; changes arriving during a check run one more after it. */
  schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) {
        this.again = true;
        return;
      }
      this.running = this.check().finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule(0);
        }
      });
    }, delay);
  }

  private async check(): Promise<void> {
    const log = this.container.log;
    try {
      const worker = this.container.startEngineWorker();
      const run = await runCheck(this.container, worker, this.baselinePath, this.target, (message) => log.info(`watch ${displayPath(this.target)}: ${message}`)).finally(() => this.container.endEngineWorker(worker));
      this.checks++;
      announceCheck(this.container, run);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      log.error(messages.watchCheckFailed(displayPath(this.target), detail), error);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** Every active watch; the `driftlens.watching` context key says whether there is one. */
export class Watchers implements vscode.Disposable {
  private readonly active = new Map<string, ActiveWatch>();

  constructor(private readonly container: Container) {}

  list(): readonly Watch[] {
    return [...this.active.values()];
  }

  /** Starts (or restarts) watching `target` and checks it once right away. */
  async start(target: string, baselinePath: string, intervalMinutes: number): Promise<Watch> {
    this.stop(target);
    const isFolder = (await stat(target)).isDirectory();
    const watch = new ActiveWatch(this.container, target, baselinePath, intervalMinutes, isFolder);
    this.active.set(target, watch);
    this.updateContext();
    watch.schedule(0);
    return watch;
  }

  stop(target: string): boolean {
    const watch = this.active.get(target);
    if (!watch) return false;
    watch.dispose();
    this.active.delete(target);
    this.updateContext();
    return true;
  }

  private updateContext(): void {
    void vscode.commands.executeCommand("setContext", "driftlens.watching", this.active.size > 0);
  }

  dispose(): void {
    for (const watch of this.active.values()) watch.dispose();
    this.active.clear();
  }
}
