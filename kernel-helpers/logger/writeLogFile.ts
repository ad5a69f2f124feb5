import { randomBytes } from "node:crypto";
import { open, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { syncFile } from "../baseline/stagingFolder";
import { sqlString } from "../data/sqlQuote";
import { withDuckdb } from "../data/withDuckdb";
import { makeFolder } from "../fs/makeFolder";
import { stagedName } from "../fs/stagedEntries";
import { STAGING_FOLDER } from "./inferenceRecord";
import type { LogValueType } from "./logRow";

/**
 * Writes buffered log lines (`text`: JSON objects, one a line) as one Parquet file in `folder`:
 * `<folder>/part-<time>-<pid>-<random>.parquet`. The file is made in `<root>/_staging/` (the
 * JSON lines, then DuckDB converts them to Parquet, zstd, with the column `types` the logger
 * noted — nothing is guessed, so a UUID or a date in a text column stays text and batches read
 * together agree), synced, and renamed into `folder`, so a partition only ever holds complete
 * files: a process killed mid-write leaves at most hidden files in `_staging` (removed by the next
 * logger on that folder, see `cleanStaging`) and loses only this batch. DuckDB runs on one thread
 * here, leaving the other cores to the service that logs. Returns the file written. The logger
 * runs it in a worker thread (`writeLogFileOffThread`).
 * Cost: about 1 ms per 1,000 rows of ten columns.
 *
 * @example await writeLogFile("logs/credit", "logs/credit/year=2026/month=11/day=23/hour=8", '{"timestamp":"2026-11-23T08:00:00Z","age":41}\n', [["timestamp", "TIMESTAMP"], ["age", "DOUBLE"]])
 * // "logs/credit/year=2026/month=11/day=23/hour=8/part-20261123T080000123Z-4242-a1b2c3d4e5f6.parquet"
 */
export async function writeLogFile(root: string, folder: string, text: string, types: readonly (readonly [string, LogValueType])[]): Promise<string> {
  const staging = join(root, STAGING_FOLDER);
  await makeFolder(staging);
  const name = `${process.pid}-${randomBytes(6).toString("hex")}`;
  const jsonl = join(staging, stagedName("batch", "jsonl"));
  const parquet = join(staging, stagedName("batch", "parquet.tmp"));
  try {
    await writeFile(jsonl, text);
    await withDuckdb(async (connection) => {
      await connection.run("SET threads = 1");
      const columns = types.map(([name, type]) => `${sqlString(name)}: '${type}'`).join(", ");
      const scan = `read_json(${sqlString(jsonl)}, format = 'newline_delimited', columns = {${columns}})`;
      await connection.run(`COPY (SELECT * FROM ${scan}) TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
    });
    await syncFile(parquet);
    await makeFolder(folder);
    const target = join(folder, `part-${new Date().toISOString().replace(/[-:.]/g, "")}-${name}.parquet`);
    await rename(parquet, target);
    await syncFolder(folder);
    return target;
  } finally {
    await rm(jsonl, { force: true });
    await rm(parquet, { force: true });
  }
}

/** Makes a rename in `folder` durable; a no-op where folders cannot be opened. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
