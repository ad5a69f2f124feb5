import type { ColumnSource } from "./columnSource";
import { tableColumnSource } from "./columnSource";
import { duckdbColumns } from "./duckdbColumns";
import { duckdbGlob } from "./duckdbGlob";
import { openDuckdb } from "./openDuckdb";
import { resolveSource } from "./resolveSource";
import type { ResolvedSource } from "./resolveSource";
import { checkTableOptions } from "./tableOptions";
import type { TableOptions } from "./tableOptions";
import { toTable } from "./toTable";
import { statSync } from "node:fs";
import type { TableInput } from "./toTable";

/**
 * Any input `toTable` takes, as a `ColumnSource` whose columns are read in batches: a CSV, TSV,
 * JSONL, JSON or Parquet file (or a glob or folder of them) on its own DuckDB database, parsed
 * once (see `duckdbColumns`), which it holds until `close()` (closing twice is harmless); with
 * `opening.memoryLimit` (bytes) and files larger than it, DuckDB's memory is held to it and a CSV/TSV is
 * staged as Parquet on disk (see `stageAsParquet`); anything else (Arrow files, a
 * Table, records, columns, an apache-arrow Table, a danfo-shaped DataFrame) built whole by
 * `toTable` and handed out column by column. With `opening.anyRowOrder`, rows may come in
 * another order than the file's (see `SourceOpening`).
 *
 * @throws {DataError} as `readTable` and `toTable` do
 * @throws {UsageError} for invalid options or an input of an unsupported kind
 * @example
 * const source = await openColumnSource("wide.csv");
 * try { const [first] = await source.read([source.columns[0].name]); } finally { source.close(); }
 */
export async function openColumnSource(input: TableInput, options: TableOptions = {}, opening: SourceOpening = {}): Promise<ColumnSource> {
  const { memoryLimit, anyRowOrder = false, parseAfter } = opening;
  if (typeof input !== "string") return tableColumnSource(await toTable(input, options));
  checkTableOptions(options);
  let duckdb = await openDuckdb();
  let open = true;
  const close = (): void => {
    if (open) duckdb.close();
    open = false;
  };
  let resolved: ResolvedSource;
  try {
    resolved = await resolveSource(input, (pattern) => duckdbGlob(duckdb.connection, pattern));
    if (resolved.format === "arrow") {
      close();
      await parseAfter;
      return tableColumnSource((await import("./readArrowFiles")).readArrowFiles(resolved, options));
    }
    // Files whose bytes fit within the limit cannot outgrow it much when parsed: they keep
    // DuckDB's unbounded, every-core path (the limit and the Parquet staging cost a narrow file
    // about half again its time); larger ones get a DuckDB held to it.
    if (memoryLimit !== undefined && totalBytes(resolved.files) > memoryLimit) {
      close();
      duckdb = await openDuckdb({ memoryLimit });
      open = true;
    }
    const staging = duckdb.scratch === undefined ? undefined : { scratch: duckdb.scratch, memoryLimit: duckdb.memoryLimit as number };
    return { ...(await duckdbColumns(duckdb.connection, resolved, options, staging, anyRowOrder, parseAfter)), close };
  } catch (error) {
    close();
    throw error;
  }
}

/** How `openColumnSource` opens files. */
export interface SourceOpening {
  /** Bytes DuckDB may hold: files larger than this are parsed under it (a CSV staged as Parquet). */
  readonly memoryLimit?: number;
  /**
   * True when the caller needs each column's values but not the file's row order (a drift
   * comparison: every test sees a distribution): a CSV or JSON file is then parsed without putting
   * its rows back in file order, about a third faster. The columns of one row stay together.
   */
  readonly anyRowOrder?: boolean;
  /**
   * Files are found and described at once (a CSV's dialect and column types sniffed) but parsed,
   * counted or loaded only once this settles: a caller that must not hold two parses at once
   * overlaps the light part with other work.
   */
  readonly parseAfter?: Promise<void>;
}

/** The bytes of the files (0 for one that cannot be read: the read then says why). */
function totalBytes(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return bytes;
}
