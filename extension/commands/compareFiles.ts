import { basename } from "node:path";
import type { Container } from "../container";
import { engineProgress, withEngineWork } from "../engineWorker/withEngineWork";
import { compareOptions } from "../settings";
import { pickReferenceAndCurrent } from "./dataFiles";
import type { DriftCommand } from "./driftCommand";

/**
 * Drift: Compare Two Files… — compares a reference and a current file column by column
 * (`driftlens compare REFERENCE CURRENT`) in an engine process and opens the report; nothing is saved.
 */
export const compareFilesCommand: DriftCommand = {
  id: "driftlens.compareFiles",
  title: "Compare two files",
  async run(container: Container, referenceArg?: unknown, currentArg?: unknown): Promise<{ drifted: boolean; driftScore: number } | undefined> {
    const files = await pickReferenceAndCurrent(referenceArg, currentArg);
    if (files === undefined) return undefined;
    const { referencePath, currentPath } = files;
    const result = await withEngineWork(container, `Comparing ${basename(referencePath)} with ${basename(currentPath)}`, (worker, step) =>
      worker.run("compare", { referencePath, currentPath, options: compareOptions() }, engineProgress(step)),
    );
    container.log.info(`Compared ${referencePath} with ${currentPath}: drift score ${result.report.dataset.driftScore}`);
    container.panels.openComparison(result.report, result.parts);
    return { drifted: result.report.dataset.drifted, driftScore: result.report.dataset.driftScore };
  },
};
