import { stat } from "node:fs/promises";
import { basename } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import type { ImageSource } from "../engineWorker/engineProtocol";
import type { EngineWorker } from "../engineWorker/engineWorker";
import { engineProgress, withEngineWork } from "../engineWorker/withEngineWork";
import { messages } from "../messages";
import { pathArgument, pickFolderOrFile } from "../pickers";
import type { Step } from "../progress";
import { UserError } from "../userError";
import { displayPath } from "../workspacePaths";
import type { DriftCommand } from "./driftCommand";
import { explainModelRuntime, modelChoice } from "./modelSetting";

/**
 * Drift: Check Image Drift… — images of a reference folder against a current folder (or a data
 * file's column of image paths): embedding drift with the model of `driftlens.imageModel` (the
 * bundled tiny CNN by default), in an engine process (a percentage while it embeds; Cancel stops
 * it at once). Opens the report. Arguments, when given: the two folders or files and, for files,
 * the column.
 */
export const checkImageDriftCommand: DriftCommand = {
  id: "driftlens.checkImageDrift",
  title: "Check image drift",
  async run(container: Container, referenceArg?: unknown, currentArg?: unknown, columnArg?: unknown): Promise<{ drifted: boolean } | undefined> {
    const engine = await container.engine();
    const model = modelChoice(engine, "imageModel");
    const referencePath = pathArgument(referenceArg) ?? (await pickFolderOrFile(messages.pickImageReference));
    if (referencePath === undefined) return undefined;
    const currentPath = pathArgument(currentArg) ?? (await pickFolderOrFile(messages.pickImageCurrent));
    if (currentPath === undefined) return undefined;
    const result = await withEngineWork(container, `Image drift of ${basename(currentPath)}`, async (worker, step) => {
      let column = typeof columnArg === "string" ? columnArg : undefined;
      const source = async (path: string): Promise<ImageSource> => {
        if ((await stat(path)).isDirectory()) return { path };
        column ??= await imageColumn(worker, path, step);
        return { path, column };
      };
      const reference = await source(referencePath);
      const current = await source(currentPath);
      return worker.run("imageDrift", { reference, current, ...(model.model ? { model: model.model } : {}), allowRemote: model.allowRemote }, engineProgress(step));
    }).catch((error: unknown) => {
      throw explainModelRuntime(error);
    });
    container.log.info(`Image drift ${currentPath}: ${result.report.dataset.drifted ? "DRIFT" : "no drift"}`);
    container.panels.openSaved(result.report, `image:${currentPath}`, result.parts);
    return { drifted: result.report.dataset.drifted };
  },
};

/** The column of image paths of a data file: its only text-like column, or the one picked. */
async function imageColumn(worker: EngineWorker, path: string, step: Step): Promise<string> {
  const { columns } = await worker.run("textColumns", { path }, engineProgress(step));
  if (columns.length === 0) throw new UserError(`${displayPath(path)} has no column of image paths (a text column).`);
  const column = columns.length === 1 ? columns[0] : await vscode.window.showQuickPick(columns, { title: "Which column holds the image paths?" });
  if (column === undefined) throw new vscode.CancellationError();
  return column;
}
