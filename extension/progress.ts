import * as vscode from "vscode";
import type { Log } from "./log";

/**
 * Reports a step of long work, and stops the work there when the person cancelled. `fraction`
 * (0..1), when known, is the share of the work done: the notification's bar and a percentage
 * show it.
 */
export type Step = (message: string, fraction?: number) => void;

/**
 * Runs `task` under a cancellable notification. Each `step` shows its message, logs it, and throws
 * `vscode.CancellationError` once the person pressed Cancel — so work stops between steps and
 * nothing is saved after a cancel (the engine's saves are atomic: all or nothing). `signal` is the
 * same Cancel for the engine's functions that take one (`saveBaseline`): it aborts with a
 * `vscode.CancellationError`, so the person sees the same "cancelled" message.
 */
export function withDriftProgress<T>(log: Log, title: string, task: (step: Step, token: vscode.CancellationToken, signal: AbortSignal) => Promise<T>): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      let percent = 0;
      let logged = "";
      const step: Step = (message, fraction) => {
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        if (message !== logged) log.info(`${title}: ${message}`);
        logged = message;
        const now = fraction === undefined ? percent : Math.max(percent, Math.min(100, Math.round(fraction * 100)));
        progress.report({ message: fraction === undefined ? message : `${message} (${now}%)`, increment: now - percent });
        percent = now;
      };
      const controller = new AbortController();
      const cancelled = token.onCancellationRequested(() => {
        log.info(`${title}: cancelled by the person`);
        controller.abort(new vscode.CancellationError());
      });
      try {
        return await task(step, token, controller.signal);
      } finally {
        cancelled.dispose();
      }
    }),
  );
}
