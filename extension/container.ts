import type * as vscode from "vscode";
import type { Engine } from "./engine";
import { loadEngine } from "./engine";
import { EngineWorker } from "./engineWorker/engineWorker";
import { Log } from "./log";
import { DatabasePasswords } from "./database/databasePasswords";
import { DriftKernel } from "./notebook/driftKernel";
import { ReportPanels } from "./panels/reportPanels";
import { DriftStatusBar } from "./statusBar";
import { BaselinesTree } from "./tree/baselinesTree";
import { Watchers } from "./watch/watchers";

/**
 * The extension's parts, each made on first use (gitlens' container, without a DI framework).
 * Everything made here is disposed with the extension.
 */
/** A command or panel action that did not happen, and why (the message the person saw). */
export interface Failure {
  readonly what: string;
  readonly kind: "cancelled" | "user" | "bug";
  readonly message: string;
}

export class Container implements vscode.Disposable {
  /** The last failures shown, newest last (at most 20): what the extension-host tests read. */
  readonly failures: Failure[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private _log: Log | undefined;
  private _tree: BaselinesTree | undefined;
  private _statusBar: DriftStatusBar | undefined;
  private _panels: ReportPanels | undefined;
  private _watchers: Watchers | undefined;
  private _kernel: DriftKernel | undefined;
  private _databasePasswords: DatabasePasswords | undefined;

  constructor(readonly context: vscode.ExtensionContext) {}

  get extensionUri(): vscode.Uri {
    return this.context.extensionUri;
  }

  get log(): Log {
    return (this._log ??= this.track(new Log()));
  }

  get tree(): BaselinesTree {
    return (this._tree ??= this.track(new BaselinesTree(this)));
  }

  get statusBar(): DriftStatusBar {
    return (this._statusBar ??= this.track(new DriftStatusBar(this)));
  }

  get panels(): ReportPanels {
    return (this._panels ??= this.track(new ReportPanels(this)));
  }

  get watchers(): Watchers {
    return (this._watchers ??= this.track(new Watchers(this)));
  }

  get kernel(): DriftKernel {
    return (this._kernel ??= this.track(new DriftKernel(this)));
  }

  /** Database passwords, in VS Code's secret storage. */
  get databasePasswords(): DatabasePasswords {
    return (this._databasePasswords ??= new DatabasePasswords(this.context.secrets));
  }

  engine(): Promise<Engine> {
    return loadEngine();
  }

  /** The engine processes running now (each ends with its work). */
  readonly engineWorkers = new Set<EngineWorker>();

  /** Starts an engine process for one piece of work (see `withEngineWork`). */
  startEngineWorker(): EngineWorker {
    const worker = new EngineWorker(this.log);
    this.engineWorkers.add(worker);
    return worker;
  }

  endEngineWorker(worker: EngineWorker): void {
    worker.dispose();
    this.engineWorkers.delete(worker);
  }

  /** Cancels every running engine work, as its Cancel button does; resolves when their processes are gone. */
  async cancelEngineWork(): Promise<void> {
    await Promise.all([...this.engineWorkers].map((worker) => worker.cancel()));
  }

  track<T extends vscode.Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }

  dispose(): void {
    for (const worker of this.engineWorkers) worker.dispose();
    this.engineWorkers.clear();
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }
}
