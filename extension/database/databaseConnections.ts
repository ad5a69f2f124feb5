import * as vscode from "vscode";
import type { DatabaseConnection } from "driftlens";
import { messages } from "../messages";
import { UserError } from "../userError";

/** A named database connection from the `driftlens.databaseConnections` setting (never with a password). */
export interface NamedConnection extends DatabaseConnection {
  readonly name: string;
}

const ENGINES = new Set(["clickhouse", "postgres"]);

/**
 * The connections of the `driftlens.databaseConnections` setting, checked: each has a name, an
 * engine (`clickhouse` or `postgres`), a host and a database, and at most a port and a user. A
 * `password` in the setting is refused (passwords live in the secret storage only).
 *
 * @throws {UserError} naming the entry and what is wrong with it
 */
export function databaseConnections(): NamedConnection[] {
  const entries = vscode.workspace.getConfiguration("driftlens").get<unknown[]>("databaseConnections") ?? [];
  return entries.map((entry, index) => {
    const fields = (entry ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof fields[key] === "string" && fields[key] !== "" ? (fields[key] as string) : undefined);
    if ("password" in fields) throw new UserError(messages.connectionInvalid(index, "has a password"));
    const name = text("name");
    const engine = text("engine");
    const host = text("host");
    const database = text("database");
    if (!name || !engine || !ENGINES.has(engine) || !host || !database) throw new UserError(messages.connectionInvalid(index, "is incomplete"));
    const port = fields.port;
    if (port !== undefined && !(Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536)) throw new UserError(messages.connectionInvalid(index, "has a port that is not a whole number from 1 to 65535"));
    const user = text("user");
    return { name, engine: engine as NamedConnection["engine"], host, database, ...(port === undefined ? {} : { port: port as number }), ...(user ? { user } : {}) };
  });
}

/** The connection named `name`, or one picked from the setting's list (the only one without asking); `undefined` when the person pressed Escape. */
export async function pickConnection(name?: string): Promise<NamedConnection | undefined> {
  const connections = databaseConnections();
  if (name !== undefined) {
    const found = connections.find((connection) => connection.name === name);
    if (!found) throw new UserError(messages.connectionUnknown(name, connections.map((connection) => connection.name)));
    return found;
  }
  if (connections.length === 0) throw new UserError(messages.noConnections);
  if (connections.length === 1) return connections[0];
  const picked = await vscode.window.showQuickPick(
    connections.map((connection) => ({ label: connection.name, description: `${connection.engine} · ${connection.user ?? "(default user)"}@${connection.host}:${connection.port ?? (connection.engine === "clickhouse" ? 8123 : 5432)}/${connection.database}`, connection })),
    { title: messages.pickConnection },
  );
  return picked?.connection;
}
