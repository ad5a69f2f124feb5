import type { ColumnType } from "../data/table";
import { DataError } from "../errors";
import { postgresDialect } from "./postgresDialect";
import { readPassword } from "./readPassword";
import type { Cell, EngineColumn, SqlEngine } from "./sqlEngine";
import { summaryMessages } from "./summaryMessages";
import type { TableSource } from "./tableSource";
import { tableSourceLabel } from "./tableSource";

/** How driftlens tests a PostgreSQL column type (`information_schema.columns.data_type`). */
export function postgresColumnType(engineType: string): ColumnType | undefined {
  if (/^(smallint|integer|bigint|real|double precision|numeric)$/.test(engineType)) return "numerical";
  if (/^(text|character varying|character|boolean|uuid|USER-DEFINED)$/.test(engineType)) return "categorical";
  if (/^(date|timestamp with time zone|timestamp without time zone)$/.test(engineType)) return "datetime";
  return undefined;
}

/**
 * Opens a PostgreSQL table through `pg`, runs `task` with it and closes the connection. Every
 * value is a bind parameter; results come back as text (no type parsing), so numbers are read by
 * `Number` as on the other engines. The password comes from `readPassword` (never the URL).
 *
 * @throws {DataError} when the server cannot be reached, refuses the login, or lacks the table
 */
export async function withPostgres<T>(source: TableSource, task: (engine: SqlEngine) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const label = tableSourceLabel(source);
  const password = readPassword(source, env);
  // Loaded when a table is read: a comparison of files never loads the driver.
  const { default: pg } = await import("pg");
  const client = new pg.Client({
    host: source.host,
    port: source.port ?? 5432,
    user: source.user ?? "postgres",
    database: source.database,
    ...(password === undefined ? {} : { password }),
    application_name: "driftlens",
  });
  const scrub = (text: string) => (password ? text.split(password).join("***") : text);
  const text = { getTypeParser: () => (value: string) => value };
  const run = async (sql: string, params: readonly unknown[]): Promise<Cell[][]> => {
    try {
      const result = await client.query({ text: sql, values: [...params], rowMode: "array", types: text });
      return result.rows as Cell[][];
    } catch (error) {
      throw postgresError(error, label, scrub);
    }
  };
  try {
    try {
      await client.connect();
    } catch (error) {
      throw postgresError(error, label, scrub);
    }
    const schema = source.schema ?? "public";
    const rows = await run("SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = $1 AND table_name = $2 ORDER BY ordinal_position", [schema, source.table]);
    if (rows.length === 0) throw new DataError(summaryMessages.tableMissing(label));
    const columns: EngineColumn[] = rows.map(([name, type]) => ({ name: name as string, engineType: type as string, type: postgresColumnType(type as string) }));
    const from = `${postgresDialect.identifier(schema)}.${postgresDialect.identifier(source.table)}`;
    return await task({ dialect: postgresDialect, label, from, columns, query: run });
  } finally {
    await client.end().catch(() => undefined);
  }
}

function postgresError(error: unknown, label: string, scrub: (text: string) => string): Error {
  if (error instanceof DataError) return error;
  const err = error as { code?: string; message?: string };
  const message = scrub(String(err.message ?? error));
  if (err.code === "ECONNREFUSED" || err.code === "ENOTFOUND" || err.code === "EHOSTUNREACH" || err.code === "ETIMEDOUT") return new DataError(summaryMessages.unreachable(label, `${err.code}`));
  if (err.code === "28P01" || err.code === "28000" || /password authentication failed|no password was provided|SASL/.test(message)) {
    return new DataError(summaryMessages.loginFailed(label, "PGPASSWORD (or DRIFTLENS_POSTGRES_PASSWORD)"));
  }
  if (err.code === "3D000" || err.code === "42P01" || err.code === "3F000") return new DataError(summaryMessages.tableMissing(label));
  return new DataError(summaryMessages.queryFailed(label, message.split("\n")[0]));
}
