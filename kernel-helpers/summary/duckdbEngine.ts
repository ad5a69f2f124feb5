import type { DuckDBConnection } from "@duckdb/node-api";
import { dataErrorFromDuckdb } from "../data/dataErrorFromDuckdb";
import { inferredType, kindOfDuckdbType } from "../data/duckdbColumnSql";
import { duckdbGlob } from "../data/duckdbGlob";
import { describeScan } from "../data/describeScan";
import type { DescribedScan } from "../data/describeScan";
import type { ScanSettings } from "../data/duckdbScan";
import { csvRetrySettings } from "../data/csvRetrySettings";
import { refuseNulInNames } from "../data/refuseNulInNames";
import { detectDelimiter } from "../data/detectDelimiter";
import { isCompressed } from "../data/fileFormat";
import { resolveSource } from "../data/resolveSource";
import { DuckDBInstance } from "@duckdb/node-api";
import { duckdbDialect } from "./duckdbDialect";
import type { Cell, EngineColumn, SqlEngine } from "./sqlEngine";

/** DuckDB's memory limit while summarising files: it spills to disk beyond it, so the process stays bounded. */
const DUCKDB_MEMORY_LIMIT = "512MB";

/**
 * Opens data files (a file, a glob or a hive-partitioned folder, as `readTable` accepts) in the
 * embedded DuckDB as a table of the summary layer, and runs `task` with it: the path for a check
 * or compare whose data is larger than the sample cap, which never loads every row. DuckDB runs
 * under `DUCKDB_MEMORY_LIMIT` and spills beyond it.
 *
 * @returns the task's result, or undefined for Arrow IPC files (which DuckDB does not read; they are loaded instead)
 * @throws {DataError} for files DuckDB cannot read, as `readTable` does
 */
export async function withDuckdbFiles<T>(path: string, task: (engine: SqlEngine, rowCount: number) => Promise<T>): Promise<T | undefined> {
  // An instance of its own (not `withDuckdb`'s queue): both sides of a comparison may be open at once.
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const resolved = await resolveSource(path, (pattern) => duckdbGlob(connection, pattern));
    if (resolved.format === "arrow") return undefined;
    const csvLike = resolved.format === "csv" || resolved.format === "tsv";
    const delimiter = resolved.format === "tsv" ? "\t" : csvLike && !isCompressed(resolved.files[0]) ? detectDelimiter(resolved.files[0]) : undefined;
    await connection.run(`SET memory_limit = '${DUCKDB_MEMORY_LIMIT}'`);
    await connection.run("SET preserve_insertion_order = false");
    await connection.run("SET TimeZone = 'UTC'");
    let settings: ScanSettings = { delimiter, textColumns: [], jsonTypesFromAllLines: false };
    let described: DescribedScan | undefined;
    while (!described) {
      try {
        described = await describeScan(connection, resolved, settings);
      } catch (error) {
        const retry = csvLike ? csvRetrySettings(error, resolved, settings) : undefined;
        if (!retry) throw dataErrorFromDuckdb(error, resolved, delimiter);
        settings = retry;
      }
    }
    const from = described.scan;
    const run = async (sql: string, params: readonly unknown[]): Promise<Cell[][]> => {
      try {
        return await readCells(connection, sql, params);
      } catch (error) {
        throw dataErrorFromDuckdb(error, resolved, delimiter);
      }
    };
    refuseNulInNames([...described.types.keys()], resolved);
    const columns: EngineColumn[] = [...described.types].map(([name, type]) => ({ name, engineType: type, type: inferredType(kindOfDuckdbType(type)) }));
    const rowCount = Number((await run(`SELECT count(*) FROM ${from}`, []))[0][0]);
    return await task({ dialect: duckdbDialect, label: resolved.source, from, columns, query: run }, rowCount);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function readCells(connection: DuckDBConnection, sql: string, params: readonly unknown[]): Promise<Cell[][]> {
  const reader = await connection.runAndReadAll(sql, params.length === 0 ? undefined : (params as never));
  return reader.getRowsJS().map((row) => row.map((value) => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value))));
}
