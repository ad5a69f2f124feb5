import { readFileSync } from "node:fs";
import { UsageError } from "../errors";
import { summaryMessages } from "./summaryMessages";
import type { TableSource } from "./tableSource";

/** Environment variables read for each engine's password, first match wins. */
export const PASSWORD_VARIABLES = { clickhouse: ["DRIFTLENS_CLICKHOUSE_PASSWORD"], postgres: ["DRIFTLENS_POSTGRES_PASSWORD", "PGPASSWORD"] } as const;

/**
 * The password for a table source: the first line of its `passwordFile`, else the engine's
 * environment variable (`PASSWORD_VARIABLES`), else none. Never logged or echoed.
 *
 * @throws {UsageError} when the password file cannot be read (the message names the file, not its content)
 */
export function readPassword(source: TableSource, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (source.passwordFile !== undefined) {
    try {
      return readFileSync(source.passwordFile, "utf8").split(/\r?\n/)[0];
    } catch (error) {
      throw new UsageError(summaryMessages.passwordFileUnreadable(source.passwordFile, (error as NodeJS.ErrnoException).code ?? "unreadable"));
    }
  }
  for (const variable of PASSWORD_VARIABLES[source.engine]) {
    const value = env[variable];
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}
