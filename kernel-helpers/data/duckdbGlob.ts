import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "./sqlQuote";

/**
 * The files matching a glob pattern (`*`, `?`, `[abc]`, `**` for any depth), listed by DuckDB's
 * `glob` so that patterns mean the same as in DuckDB's own readers.
 *
 * @example await duckdbGlob(connection, "logs/**\/*.parquet") // ["logs/2024/a.parquet", …]
 */
export async function duckdbGlob(connection: DuckDBConnection, pattern: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(`SELECT file FROM glob(${sqlString(pattern)})`);
  return reader.getRowsJS().map((row) => String(row[0]));
}
