const loadStarted = performance.now();
import * as vscode from "vscode";
import { registerCommands } from "./commands/registerCommands";
import { Container } from "./container";

/** What activate returns: the activation time, and handles the extension-host tests read. */
export interface DriftlensApi {
  /** Milliseconds from loading this module to the end of activate. */
  readonly activationMs: number;
  readonly container: Container;
}

/**
 * Registers the commands, the Baselines view, the notebook controller and the status bar — and
 * nothing heavier: the engine (DuckDB, Arrow), Plotly and models load on first use.
 */
export function activate(context: vscode.ExtensionContext): DriftlensApi {
  const container = new Container(context);
  context.subscriptions.push(container, ...registerCommands(container));
  context.subscriptions.push(vscode.window.registerTreeDataProvider("driftlens.baselines", container.tree));
  void container.kernel;
  void container.statusBar.restore();
  const activationMs = performance.now() - loadStarted;
  container.log.info(`driftlens activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs, container };
}

export function deactivate(): void {}
