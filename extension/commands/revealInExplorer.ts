import * as vscode from "vscode";
import type { Container } from "../container";
import type { DriftCommand } from "./driftCommand";

/** Baselines view › Reveal in Explorer: shows the baseline's folder or the report file in the Explorer. */
export const revealInExplorerCommand: DriftCommand = {
  id: "driftlens.revealInExplorer",
  title: "Reveal in Explorer",
  async run(_container: Container, item?: unknown): Promise<void> {
    const path = (item as { listing?: { path: string }; reportPath?: string } | undefined)?.reportPath ?? (item as { listing?: { path: string } } | undefined)?.listing?.path;
    if (!path) return;
    await vscode.commands.executeCommand("revealInExplorer", vscode.Uri.file(path));
  },
};
