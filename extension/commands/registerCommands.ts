import * as vscode from "vscode";
import type { Container } from "../container";
import { reportFailure } from "../reportFailure";
import { COMMANDS } from "./commandList";
import type { DriftCommand } from "./driftCommand";

/** Registers every command of `COMMANDS`; each failure ends in one clear message and a log entry. */
export function registerCommands(container: Container): vscode.Disposable[] {
  return COMMANDS.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => runCommand(container, command, args)));
}

async function runCommand(container: Container, command: DriftCommand, args: unknown[]): Promise<unknown> {
  try {
    return await command.run(container, ...args);
  } catch (error) {
    reportFailure(container, command.title, error);
    return undefined;
  }
}
