import { DataError } from "../errors";
import { clickhouseString } from "./clickhouseDialect";
import { withClickhouse } from "./clickhouseEngine";
import { withPostgres } from "./postgresEngine";
import type { TableSource } from "./tableSource";
import { tableSourceLabel } from "./tableSource";

/** A database to list the tables of: a `TableSource` without the table and its filters. */
export type DatabaseConnection = Omit<TableSource, "table" | "schema" | "where" | "since" | "timestamp">;

/** A table (or view) of a database, as `listTables` finds it. */
export interface ListedTable {
  /** PostgreSQL schema; absent for ClickHouse. */
  readonly schema?: string;
  readonly table: string;
  /** ClickHouse engine (`MergeTree`, `Distributed`, …) or PostgreSQL table type (`BASE TABLE`, `VIEW`). */
  readonly kind: string;
}

/**
 * The tables of a database that a check can read: ClickHouse's `system.tables` of the database
 * (its Distributed tables among them), or PostgreSQL's `information_schema.tables` outside the
 * system schemas, sorted by schema and name. The database name is a literal escaped by the
 * dialect (ClickHouse) or a bind parameter (PostgreSQL); the password comes from `readPassword`.
 *
 * @throws {DataError} when the server cannot be reached or refuses the login (naming the database, never the password)
 * @example await listTables({ engine: "postgres", host: "127.0.0.1", database: "logs" }) // [{ schema: "public", table: "inference", kind: "BASE TABLE" }, …]
 */
export async function listTables(connection: DatabaseConnection, env: NodeJS.ProcessEnv = process.env): Promise<ListedTable[]> {
  // Each engine is opened on its own catalogue table (which every user can describe) and asked for the database's tables.
  const catalogue: TableSource = connection.engine === "clickhouse" ? { ...connection, table: "tables", database: "system" } : { ...connection, schema: "information_schema", table: "tables" };
  const named = databaseLabel(connection);
  try {
    if (connection.engine === "clickhouse") {
      const rows = await withClickhouse(catalogue, (engine) => engine.query(`SELECT name, engine FROM system.tables WHERE database = ${clickhouseString(connection.database)} AND NOT startsWith(name, '.inner') ORDER BY name`, []), env);
      return rows.map(([table, kind]) => ({ table: table ?? "", kind: kind ?? "" }));
    }
    const rows = await withPostgres(catalogue, (engine) => engine.query("SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_catalog = current_database() ORDER BY table_schema, table_name", []), env);
    return rows.map(([schema, table, kind]) => ({ schema: schema ?? "", table: table ?? "", kind: kind ?? "" }));
  } catch (error) {
    if (error instanceof DataError) throw new DataError(error.message.split(tableSourceLabel(catalogue)).join(named));
    throw error;
  }
}

/** How a database is named in messages: `clickhouse://user@host:8123/db`, no password. */
export function databaseLabel(connection: DatabaseConnection): string {
  const label = tableSourceLabel({ ...connection, table: "" });
  return label.slice(0, label.lastIndexOf("/"));
}
