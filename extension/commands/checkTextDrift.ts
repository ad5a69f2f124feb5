import { basename } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import { engineProgress, withEngineWork } from "../engineWorker/withEngineWork";
import { messages } from "../messages";
import { UserError } from "../userError";
import { pickReferenceAndCurrent } from "./dataFiles";
import type { DriftCommand } from "./driftCommand";
import { explainModelRuntime, modelChoice } from "./modelSetting";

/**
 * Drift: Check Text Drift… — a text column of a reference file against the same column of a
 * current file: embedding drift with the model of `driftlens.textModel` (the bundled tiny BERT
 * by default), the TF-IDF domain classifier and text descriptors, in an engine process (the
 * embedding's progress as a percentage; Cancel stops it at once). Opens the report.
 * Arguments, when given: the reference and current files and the column.
 */
export const checkTextDriftCommand: DriftCommand = {
  id: "driftlens.checkTextDrift",
  title: "Check text drift",
  async run(container: Container, referenceArg?: unknown, currentArg?: unknown, columnArg?: unknown): Promise<{ drifted: boolean } | undefined> {
    const engine = await container.engine();
    const model = modelChoice(engine, "textModel");
    const files = await pickReferenceAndCurrent(referenceArg, currentArg);
    if (files === undefined) return undefined;
    const { referencePath, currentPath } = files;
    const result = await withEngineWork(container, `Text drift of ${basename(currentPath)}`, async (worker, step) => {
      const { columns } = await worker.run("textColumns", { path: referencePath }, engineProgress(step));
      if (columns.length === 0) throw new UserError(`${basename(referencePath)} has no text column: Check Text Drift needs a column of free text.`);
      const column = typeof columnArg === "string" ? columnArg : columns.length === 1 ? columns[0] : await vscode.window.showQuickPick(columns, { title: messages.pickTextColumn });
      if (column === undefined) throw new vscode.CancellationError();
      return worker.run("textDrift", { referencePath, currentPath, column, ...(model.model ? { model: model.model } : {}), allowRemote: model.allowRemote }, engineProgress(step));
    }).catch((error: unknown) => {
      throw explainModelRuntime(error);
    });
    container.panels.openSaved(result.report, `text:${currentPath}`, result.parts);
    return { drifted: result.report.dataset.drifted };
  },
};
