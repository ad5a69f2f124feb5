import * as vscode from "vscode";
import type { Container } from "../container";
import { pickConnection } from "../database/databaseConnections";
import { messages } from "../messages";
import type { DriftCommand } from "./driftCommand";

/** Drift: Forget Database Password… — removes a connection's password from the secret storage (the next check asks again). Argument: the connection's name. */
export const forgetDatabasePasswordCommand: DriftCommand = {
  id: "driftlens.forgetDatabasePassword",
  title: "Forget database password",
  async run(container: Container, name?: unknown): Promise<boolean> {
    const connection = await pickConnection(typeof name === "string" ? name : undefined);
    if (!connection) return false;
    await container.databasePasswords.forget(connection);
    const label = (await container.engine()).databaseLabel(connection);
    container.log.info(messages.passwordForgotten(label));
    void vscode.window.showInformationMessage(messages.passwordForgotten(label));
    return true;
  },
};
