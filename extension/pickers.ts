import * as vscode from "vscode";
import type { BaselineListing } from "driftlens";
import type { Container } from "./container";
import type { ColumnSummary } from "./engineWorker/engineProtocol";
import { messages } from "./messages";
import { UserError } from "./userError";
import { displayPath, driftDirectories, workspaceRoot } from "./workspacePaths";
import { countNoun } from "../kernel-helpers/report/countNoun";

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
    description: listing.problem ? "cannot be loaded" : `${countNoun(listing.rows ?? 0, "row")} · ${countNoun(listing.columns ?? 0, "column")}`,
    detail: listing.problem ?? displayPath(listing.path),
    listing,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: messages.pickBaseline, matchOnDescription: true });
  if (picked?.listing.problem) throw new UserError(messages.brokenBaseline(picked.listing.problem));
  return picked?.listing;
}

/** A question of a wizard: its title carries "(step 2 of 7)". */
export interface WizardStep {
  readonly step: number;
  readonly of: number;
}

export function stepTitle(title: string, at: WizardStep): string {
  return `${title} (step ${at.step} of ${at.of})`;
}

/**
 * One column for a role, or `null` for "(none)"; `undefined` when the person pressed Escape.
 * The `suggested` column comes first (so Enter takes it), marked as suggested.
 */
export async function pickColumn(columns: readonly ColumnSummary[], role: string, exclude: ReadonlySet<string>, at: WizardStep, suggested?: string): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { column: string | null };
  const none: Item = { label: messages.none, column: null };
  const items: Item[] = columns.filter((column) => !exclude.has(column.name)).map((column) => ({ label: column.name, description: column.name === suggested ? `${column.type} · suggested` : column.type, column: column.name }));
  const first = items.findIndex((item) => item.column === suggested);
  const ordered = first >= 0 ? [items[first], none, ...items.filter((_, i) => i !== first)] : [none, ...items];
  const picked = await vscode.window.showQuickPick(ordered, { title: stepTitle(messages.pickRole(role), at), placeHolder: role });
  return picked === undefined ? undefined : picked.column;
}

/** Several columns (possibly none), the `suggested` ones pre-selected; `undefined` on Escape. */
export async function pickColumns(columns: readonly ColumnSummary[], title: string, exclude: ReadonlySet<string>, at: WizardStep, suggested: readonly string[], accept: (column: ColumnSummary) => boolean = () => true): Promise<string[] | undefined> {
  const items = columns
    .filter((column) => !exclude.has(column.name) && accept(column))
    .map((column) => ({ label: column.name, description: suggested.includes(column.name) ? `${column.type} · suggested` : column.type, picked: suggested.includes(column.name) }));
  const picked = await vscode.window.showQuickPick(items, { title: stepTitle(title, at), canPickMany: true });
  return picked?.map((item) => item.label);
}
