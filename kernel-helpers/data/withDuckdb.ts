import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` on a fresh in-memory DuckDB database, closed afterwards, one task at a time in
 * this process: each read already keeps every core busy, so running two at once gains little
 * time and doubles the peak memory (DuckDB's parse buffers and the result in flight).
 * Results are streamed with a 16 MB buffer, which lets DuckDB's threads work ahead of the
 * JavaScript side; timestamps without a zone are read as UTC.
 *
 * @example await withDuckdb((connection) => connection.run("SELECT 42"))
 */
export function withDuckdb<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run("SET streaming_buffer_size = '16MB'");
      await connection.run("SET TimeZone = 'UTC'");
      return await task(connection);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
