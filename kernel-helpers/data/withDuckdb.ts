import type { DuckDBConnection } from "@duckdb/node-api";
import { openDuckdb } from "./openDuckdb";

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` on a fresh in-memory DuckDB database (see `openDuckdb`), closed afterwards, one
 * task at a time in this process: each read already keeps every core busy, so running two at
 * once gains little time and doubles the peak memory (DuckDB's parse buffers and the result in
 * flight).
 *
 * @example await withDuckdb((connection) => connection.run("SELECT 42"))
 */
export function withDuckdb<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const { connection, close } = await openDuckdb();
    try {
      return await task(connection);
    } finally {
      close();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
