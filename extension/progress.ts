import * as vscode from "vscode";
import type { Log } from "./log";

/** Reports a step of long work, and stops the work there when the person cancelled. */
export type Step = (message: string) => void;

/**
 * Runs `task` under a cancellable notification. Each `step` shows its message, logs it, and throws
 * `vscode.CancellationError` once the person pressed Cancel — so work stops between steps and
 * nothing is saved after a cancel (the engine's saves are atomic: all or nothing).
 */
export function withDriftProgress<T>(log: Log, title: string, task: (step: Step, token: vscode.CancellationToken) => Promise<T>): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
      const step: Step = (message) => {
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        log.info(`${title}: ${message}`);
        progress.report({ message });
      };
      return task(step, token);
    }),
  );
}
