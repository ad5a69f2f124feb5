import type { DuckDBConnection } from "@duckdb/node-api";
import { duckdbColumns } from "./duckdbColumns";
import type { ResolvedSource } from "./resolveSource";
import type { Table } from "./table";
import type { TableOptions } from "./tableOptions";

/**
 * Reads CSV/TSV, JSONL/JSON or Parquet files (one, a glob's or a folder's) into a Table with
 * DuckDB: every column of `duckdbColumns` read in one batch. A CSV or JSON file is parsed once.
 *
 * @throws {DataError} for data that cannot be read (see `dataErrorFromDuckdb`), no rows, or
 * unknown columns in `options.columns` / `options.types`
 */
export async function readWithDuckdb(connection: DuckDBConnection, resolved: ResolvedSource, options: TableOptions): Promise<Table> {
  const source = await duckdbColumns(connection, resolved, options);
  const columns = await source.read(source.columns.map((column) => column.name));
  return { rowCount: source.rowCount, columns, source: source.source, warnings: [...source.warnings] };
}
