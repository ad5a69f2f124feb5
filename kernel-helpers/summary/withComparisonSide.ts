import { closeSync, openSync, readSync, statSync } from "node:fs";
import { DEFAULT_SAMPLE_CAP } from "../data/sampleCap";
import { formatOfPath, isCompressed } from "../data/fileFormat";
import type { TableInput } from "../data/toTable";
import { toTable } from "../data/toTable";
import type { ColumnType } from "../data/table";
import { withClickhouse } from "./clickhouseEngine";
import { engineSide } from "./compareSides";
import { withDuckdbFiles } from "./duckdbEngine";
import { withPostgres } from "./postgresEngine";
import { filterCondition } from "./rowFilter";
import type { SqlEngine } from "./sqlEngine";
import type { ComparisonSide } from "./summarizedColumns";
import type { TableSource } from "./tableSource";
import { isTableSource } from "./tableSource";

/** Anything a comparison, a baseline or a check accepts as data: a file, rows in memory, or a database table. */
export type SourceInput = TableInput | TableSource;

/** How a side is opened. */
export interface SideOptions {
  readonly columns?: readonly string[];
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Rows above which data files are summarised in DuckDB instead of loaded. Default `DEFAULT_SAMPLE_CAP` (1,000,000). */
  readonly sampleCap?: number;
  /** Environment for the database password. Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
}

/** How far above the cap a text file's estimated rows must be for it to be summarised (the estimate is rough). */
const LARGE_ESTIMATE = 1.25;

/** Bytes read from the start of a text file to estimate its rows. */
const PROBE_BYTES = 1 << 16;

/**
 * Opens one side of a comparison and runs `task` with it: a database table as a summarised side
 * (its `where`/`since` checked before anything runs), data files with more rows than `sampleCap`
 * as a side summarised by DuckDB (bounded memory), and anything else loaded as rows, exactly as
 * `toTable` reads it.
 *
 * @throws {UsageError} for a bad filter; {DataError} when the source cannot be read
 */
export async function withComparisonSide<T>(input: SourceInput, options: SideOptions, task: (side: ComparisonSide) => Promise<T>): Promise<T> {
  if (isTableSource(input)) {
    const now = Date.now();
    const run = async (engine: SqlEngine) => {
      filterCondition(engine, input, [], now);
      return task(await engineSide(engine, (params) => filterCondition(engine, input, params, now), options.columns));
    };
    return input.engine === "clickhouse" ? withClickhouse(input, run, options.env) : withPostgres(input, run, options.env);
  }
  if (await isLargeInput(input, options.sampleCap ?? DEFAULT_SAMPLE_CAP)) {
    const cap = options.sampleCap ?? DEFAULT_SAMPLE_CAP;
    const result = await withDuckdbFiles(input as string, async (engine, rowCount) => (rowCount > cap ? { value: await task(await engineSide(engine, () => "1 = 1", options.columns)) } : undefined));
    if (result) return result.value;
  }
  const table = await toTable(input, { ...(options.columns ? { columns: options.columns } : {}), ...(options.types ? { types: options.types } : {}) });
  return task({ kind: "rows", table });
}

/**
 * True when `input` is a table source, or data files that may hold more than `cap` rows: Parquet
 * files, folders and globs (DuckDB counts them from metadata), or text files whose size over the
 * length of their first lines suggests more than 1.25 × `cap` rows. Cheap: under the cap, reading stays
 * as fast as before.
 */
export async function isLargeInput(input: SourceInput, cap: number): Promise<boolean> {
  if (isTableSource(input)) return true;
  if (typeof input !== "string") return false;
  if (/[*?[]/.test(input)) return true;
  let size: number;
  try {
    const stat = statSync(input);
    if (stat.isDirectory()) return true;
    size = stat.size;
  } catch {
    return false;
  }
  const format = formatOfPath(input);
  if (format === "parquet") return size > 4096 && (await parquetRows(input)) > cap;
  if (format === "arrow" || isCompressed(input) || size < cap * 4) return false;
  // Only files estimated well above the cap: near it, counting exactly would parse the file once
  // more, only to load it as rows after all (a file a little over the cap loads as rows, exactly).
  return estimatedRows(input, size) > cap * LARGE_ESTIMATE;
}

async function parquetRows(path: string): Promise<number> {
  const rows = await withDuckdbFiles(path, async (_engine, rowCount) => rowCount);
  return rows ?? 0;
}

/** Rows of a text file estimated from the newlines in its first `PROBE_BYTES`. */
function estimatedRows(path: string, size: number): number {
  const buffer = Buffer.alloc(Math.min(PROBE_BYTES, size));
  const fd = openSync(path, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  let newlines = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) newlines++;
  return newlines === 0 ? 0 : (size / buffer.length) * newlines;
}
