import { isAbsolute, join, relative } from "node:path";
import * as vscode from "vscode";
import { UserError } from "./userError";
import { messages } from "./messages";
import { driftSettings } from "./settings";

/** The folder baselines and reports belong to: the first workspace folder. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new UserError(messages.noWorkspace());
  return folder.uri.fsPath;
}

export function tryWorkspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/** Where baselines and reports live (settings `driftlens.baselinesDirectory`, `driftlens.reportsDirectory`, relative to the workspace). */
export function driftDirectories(root: string = workspaceRoot()): { readonly baselines: string; readonly reports: string } {
  const settings = driftSettings();
  const inRoot = (dir: string) => (isAbsolute(dir) ? dir : join(root, dir));
  return { baselines: inRoot(settings.baselinesDirectory), reports: inRoot(settings.reportsDirectory) };
}

/** A path as a person reads it: relative to the workspace when inside it. */
export function displayPath(path: string): string {
  const root = tryWorkspaceRoot();
  if (!root) return path;
  const rel = relative(root, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
