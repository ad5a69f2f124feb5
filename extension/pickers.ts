import * as vscode from "vscode";
import type { BaselineListing, Table } from "driftlens";
import type { Container } from "./container";
import { messages } from "./messages";
import { UserError } from "./userError";
import { displayPath, driftDirectories, workspaceRoot } from "./workspacePaths";

const DATA_FILTERS = { "Data files": ["csv", "tsv", "jsonl", "ndjson", "json", "parquet", "arrow", "feather", "gz"] };

/** A data file from the open dialog, or `undefined` when the person closed it. */
export async function pickDataFile(title: string): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title,
    openLabel: "Use",
    canSelectMany: false,
    filters: DATA_FILTERS,
    defaultUri: vscode.Uri.file(workspaceRoot()),
  });
  return picked?.[0]?.fsPath;
}

/** A folder (a log folder) or a file from the open dialog. */
export async function pickFolderOrFile(title: string): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({ title, openLabel: "Use", canSelectFiles: true, canSelectFolders: true, canSelectMany: false, defaultUri: vscode.Uri.file(workspaceRoot()) });
  return picked?.[0]?.fsPath;
}

/** The path of a file from a command argument (explorer Uri, tree item or string). */
export function pathArgument(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.fsPath;
  if (typeof arg === "string" && arg.length > 0) return arg;
  if (arg && typeof arg === "object" && "resourceUri" in arg && (arg as { resourceUri?: unknown }).resourceUri instanceof vscode.Uri) {
    return ((arg as { resourceUri: vscode.Uri }).resourceUri).fsPath;
  }
  return undefined;
}

/** A loadable baseline version, picked from the workspace's baselines. */
export async function pickBaseline(container: Container): Promise<BaselineListing | undefined> {
  const engine = await container.engine();
  const { baselines } = driftDirectories();
  const listings = await engine.listBaselines(baselines);
  if (listings.length === 0) throw new UserError(messages.noBaselines(displayPath(baselines)));
  type Item = vscode.QuickPickItem & { listing: BaselineListing };
  const items: Item[] = listings.map((listing) => ({
    label: `${listing.name} ${listing.version}`,
    description: listing.problem ? "cannot be loaded" : `${(listing.rows ?? 0).toLocaleString("en-US")} rows · ${listing.columns ?? 0} columns`,
    detail: listing.problem ?? displayPath(listing.path),
    listing,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: messages.pickBaseline, matchOnDescription: true });
  if (picked?.listing.problem) throw new UserError(messages.brokenBaseline(picked.listing.problem));
  return picked?.listing;
}

/**
 * One column for a role, or `null` for "(none)"; `undefined` when the person pressed Escape.
 */
export async function pickColumn(table: Table, role: string, exclude: ReadonlySet<string>): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { column: string | null };
  const items: Item[] = [
    { label: messages.none, column: null },
    ...table.columns.filter((column) => !exclude.has(column.name)).map((column) => ({ label: column.name, description: column.type, column: column.name })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: messages.pickRole(role), placeHolder: role });
  return picked === undefined ? undefined : picked.column;
}

/** Several columns (possibly none); `undefined` on Escape. */
export async function pickColumns(table: Table, title: string, exclude: ReadonlySet<string>, preferType?: string): Promise<string[] | undefined> {
  const items = table.columns
    .filter((column) => !exclude.has(column.name))
    .map((column) => ({ label: column.name, description: column.type, picked: preferType !== undefined && column.type === preferType }));
  const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true });
  return picked?.map((item) => item.label);
}
