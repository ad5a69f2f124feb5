import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "./sqlQuote";

/** Where a parse is staged, and DuckDB's memory limit for it (see `openDuckdb`). */
export interface Staging {
  readonly scratch: string;
  readonly memoryLimit: number;
}

/** What one parse thread of DuckDB's CSV reader and Parquet writer holds, besides a fixed part: about 160 KB per column. */
const BYTES_PER_COLUMN_AND_THREAD = 160 * 1024;
const FIXED_BYTES = 48 * 2 ** 20;
/** A row group of the staged file holds about this many bytes of values, so the writer's buffer stays small however wide the data. */
const ROW_GROUP_BYTES = 16 * 2 ** 20;
/** Tries with a doubled memory limit after DuckDB runs out of memory. */
const RETRIES = 3;

/**
 * Parses a text source once into a Parquet file in the scratch folder (`select`, a query over
 * the scan, written in its row order), in bounded memory: DuckDB's parse holds one row group of
 * `ROW_GROUP_BYTES` per thread, and uses as many threads as the memory limit allows (at least one,
 * the limit raised to what one thread needs). Columns are then read from the file a batch at a
 * time, each read decoding only its columns. A new parse (a column read again as text) overwrites
 * the file. When DuckDB still runs out of memory, the parse is
 * tried again with twice the limit (three times at most). The limit stays as the parse needed it.
 *
 * @returns the relation to read the staged rows from
 * @example await stageAsParquet(connection, "SELECT a AS v0 FROM read_csv('wide.csv')", 1, staging) // "read_parquet('/tmp/…/parsed.parquet')"
 */
export async function stageAsParquet(connection: DuckDBConnection, select: string, columns: number, staging: Staging): Promise<string> {
  const perThread = Math.max(1, columns) * BYTES_PER_COLUMN_AND_THREAD;
  let limit = Math.max(staging.memoryLimit, FIXED_BYTES + perThread);
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor((limit - FIXED_BYTES) / perThread)));
  const rowGroup = Math.max(2048, Math.min(122_880, Math.floor(ROW_GROUP_BYTES / (Math.max(1, columns) * 8))));
  const path = join(staging.scratch, "parsed.parquet");
  for (let retry = 0; ; retry++) {
    await connection.run(`SET memory_limit = '${Math.ceil(limit / 2 ** 20)}MB'`);
    await connection.run(`SET threads = ${threads}`);
    try {
      await connection.run(`COPY (${select}) TO ${sqlString(path)} (FORMAT parquet, ROW_GROUP_SIZE ${rowGroup})`);
      break;
    } catch (error) {
      if (retry >= RETRIES || !/Out of Memory/i.test(String((error as Error)?.message))) throw error;
      limit *= 2;
    } finally {
      await connection.run("RESET threads");
    }
  }
  return `read_parquet(${sqlString(path)})`;
}
