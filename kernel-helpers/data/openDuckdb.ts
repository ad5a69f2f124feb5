import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";

/** The least memory limit given to DuckDB: a CSV scan alone holds several 4 MB buffers. */
const MIN_MEMORY_LIMIT = 64 * 2 ** 20;

/** A DuckDB database opened by `openDuckdb`. */
export interface OpenedDuckdb {
  readonly connection: DuckDBConnection;
  /**
   * With a memory limit: a folder of this database's own, where DuckDB spills what does not fit
   * and where a parsed file may be staged; removed by `close()`.
   */
  readonly scratch?: string;
  /** The memory limit in bytes, when one was asked for (at least 64 MB). */
  readonly memoryLimit?: number;
  readonly close: () => void;
}

/**
 * A fresh in-memory DuckDB database and a connection to it, as driftlens reads data: results
 * stream with a 16 MB buffer (DuckDB's threads work ahead of the JavaScript side) and timestamps
 * without a zone are read as UTC. With `memoryLimit` (bytes), DuckDB's own memory is held to it
 * (or to 64 MB, if more) and it spills beyond it into a scratch folder of its own (under the system's temporary folder),
 * removed on close. `close()` closes both.
 *
 * @example const { connection, close } = await openDuckdb(); try { await connection.run("SELECT 42"); } finally { close(); }
 */
export async function openDuckdb(settings: { readonly memoryLimit?: number } = {}): Promise<OpenedDuckdb> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const memoryLimit = settings.memoryLimit === undefined ? undefined : Math.max(MIN_MEMORY_LIMIT, settings.memoryLimit);
  const scratch = memoryLimit === undefined ? undefined : mkdtempSync(join(tmpdir(), "driftlens-duckdb-"));
  const close = (): void => {
    connection.closeSync();
    instance.closeSync();
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await connection.run("SET streaming_buffer_size = '16MB'");
    await connection.run("SET TimeZone = 'UTC'");
    if (scratch !== undefined) {
      await connection.run(`SET memory_limit = '${Math.ceil((memoryLimit as number) / 2 ** 20)}MB'`);
      // The folder's name comes from mkdtemp: no quote in it.
      await connection.run(`SET temp_directory = '${scratch.replace(/'/g, "''")}'`);
    }
  } catch (error) {
    close();
    throw error;
  }
  return { connection, close, ...(scratch === undefined ? {} : { scratch, memoryLimit }) };
}
