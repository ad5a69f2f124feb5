import * as vscode from "vscode";
import type { DriftlensApi } from "../../../extension/extension";

export const EXTENSION_ID = "driftlens.driftlens";

/** The activated extension's API (activating it if nothing has yet). */
export async function driftlens(): Promise<DriftlensApi> {
  const extension = vscode.extensions.getExtension<DriftlensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

export function workspaceFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("the tests need a workspace folder");
  return folder.uri.fsPath;
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The message of the newest failure the extension showed since `before` failures. */
export function failureSince(api: DriftlensApi, before: number): { kind: string; message: string } | undefined {
  return api.container.failures.length > before ? api.container.failures[api.container.failures.length - 1] : undefined;
}
