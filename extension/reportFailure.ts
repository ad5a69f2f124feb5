import * as vscode from "vscode";
import type { Container, Failure } from "./container";
import { messages } from "./messages";
import { UserError } from "./userError";

/** Shows why `what` did not happen: a cancel, a problem the person can fix, or a bug (with the log). */
export function reportFailure(container: Container, what: string, error: unknown): void {
  const record = (kind: Failure["kind"], message: string) => {
    container.failures.push({ what, kind, message });
    if (container.failures.length > 20) container.failures.shift();
  };
  if (error instanceof vscode.CancellationError) {
    record("cancelled", messages.cancelled(what));
    container.log.info(messages.cancelled(what));
    void vscode.window.showInformationMessage(messages.cancelled(what));
    return;
  }
  if (isUserFacing(error)) {
    record("user", error.message);
    container.log.warn(`${what}: ${error.message}`);
    void vscode.window.showErrorMessage(error.message);
    return;
  }
  record("bug", error instanceof Error ? error.message : String(error));
  container.log.error(`${what} failed`, error);
  void vscode.window.showErrorMessage(messages.internalError(what, error instanceof Error ? error.message : String(error)), "Show Log").then((answer) => {
    if (answer) container.log.show();
  });
}

/** The engine's DataError/UsageError (any DriftlensError) and our UserError carry messages meant for people. */
function isUserFacing(error: unknown): error is Error {
  if (error instanceof UserError) return true;
  if (!(error instanceof Error)) return false;
  for (let proto = Object.getPrototypeOf(error); proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === "DriftlensError") return true;
  }
  return false;
}
