import * as vscode from "vscode";
import type { Container } from "../container";
import { baselineFolder } from "./checkDrift";
import type { DriftCommand } from "./driftCommand";

/** Baselines view › Check Data Against This Baseline…: the check with this baseline already chosen. */
export const checkWithBaselineCommand: DriftCommand = {
  id: "driftlens.checkWithBaseline",
  title: "Check drift",
  async run(_container: Container, item?: unknown, dataArg?: unknown): Promise<unknown> {
    return vscode.commands.executeCommand("driftlens.checkDrift", dataArg, baselineFolder(item));
  },
};
