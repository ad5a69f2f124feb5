import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { CONTROLLER_ID, NOTEBOOK_TYPE } from "../notebook/driftKernel";
import { driftNotebookTemplate } from "../notebook/notebookTemplate";
import type { DriftCommand } from "./driftCommand";

/** Drift: New Drift Notebook — an untitled .ipynb from the template, with the driftlens kernel selected. */
export const newNotebookCommand: DriftCommand = {
  id: "driftlens.newNotebook",
  title: "New drift notebook",
  async run(container: Container): Promise<string> {
    void container.kernel;
    const notebook = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, driftNotebookTemplate());
    const editor = await vscode.window.showNotebookDocument(notebook);
    await vscode.commands.executeCommand("notebook.selectKernel", { editor, id: CONTROLLER_ID, extension: container.context.extension.id });
    void vscode.window.showInformationMessage(messages.notebookCreated);
    return notebook.uri.toString();
  },
};
