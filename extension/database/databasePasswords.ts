import * as vscode from "vscode";
import type { DatabaseConnection } from "driftlens";
import { messages } from "../messages";

/**
 * Database passwords in VS Code's `SecretStorage` (the OS keychain where there is one), one per
 * server, user and database — not per connection name, so a password typed for one server is
 * never sent to another that a settings file names the same. Asked once with a password box.
 * A password never goes to settings, the log, a report or a process's arguments or environment:
 * it reaches the engine process in the message of the job that needs it.
 */
export class DatabasePasswords {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** The stored password of `connection`, else asked for (and stored); `undefined` when the person pressed Escape. */
  async get(connection: DatabaseConnection, label: string): Promise<string | undefined> {
    const stored = await this.stored(connection);
    if (stored !== undefined) return stored;
    const typed = await vscode.window.showInputBox({ title: messages.passwordPrompt(label), password: true, ignoreFocusOut: true });
    if (typed === undefined) return undefined;
    await this.store(connection, typed);
    return typed;
  }

  /** The stored password of `connection`, without asking. */
  stored(connection: DatabaseConnection): Thenable<string | undefined> {
    return this.secrets.get(DatabasePasswords.key(connection));
  }

  async store(connection: DatabaseConnection, password: string): Promise<void> {
    await this.secrets.store(DatabasePasswords.key(connection), password);
  }

  async forget(connection: DatabaseConnection): Promise<void> {
    await this.secrets.delete(DatabasePasswords.key(connection));
  }

  /** The secret's key: the engine, user, host, port and database (no name a settings file chooses). */
  static key(connection: DatabaseConnection): string {
    const port = connection.port ?? (connection.engine === "clickhouse" ? 8123 : 5432);
    return `driftlens.database:${connection.engine}://${encodeURIComponent(connection.user ?? "")}@${connection.host}:${port}/${encodeURIComponent(connection.database)}`;
  }
}
