import type { DuckDBConnection } from "@duckdb/node-api";
import type { ResolvedSource } from "./resolveSource";
import { csvReadOptions, csvSniffOptions, duckdbScan } from "./duckdbScan";
import type { ScanSettings } from "./duckdbScan";
import { sqlString } from "./sqlQuote";

/** A scan of a source and the DuckDB type of each of its columns, in order. */
export interface DescribedScan {
  readonly scan: string;
  readonly types: ReadonlyMap<string, string>;
}

/** How `sniff_csv` writes an option that is not set. */
const EMPTY = "(empty)";

/**
 * The scan of `resolved` (see `duckdbScan`) and its columns' types. A single CSV/TSV file is
 * sniffed once, with `sniff_csv`, and its scan then states the dialect, the columns and their types
 * the sniffer found (`auto_detect = false`): the reads that follow — the parse into DuckDB's table
 * or the staged Parquet file — do not sniff it again. The sniff is what the file's scan would
 * have found itself, so the rows read are the same; on a 500-column file it is about 2 s of each
 * parse. Several files (matched by name) and other formats are described by DuckDB from their
 * scan as it is.
 *
 * @throws what DuckDB throws for a file it cannot sniff or describe (see `dataErrorFromDuckdb`)
 */
export async function describeScan(connection: DuckDBConnection, resolved: ResolvedSource, settings: ScanSettings): Promise<DescribedScan> {
  if ((resolved.format === "csv" || resolved.format === "tsv") && resolved.files.length === 1 && !resolved.hive) {
    const file = sqlString(resolved.files[0]);
    const [sniffed] = (
      await connection.runAndReadAll(
        `SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, Columns, DateFormat, TimestampFormat FROM sniff_csv(${file}, ${csvReadOptions(settings)}, ${csvSniffOptions(settings)})`,
      )
    ).getRowObjectsJS();
    const columns = sniffed.Columns as { name: string; type: string }[];
    const option = (name: string, value: unknown) => `${name} = ${sqlString(value === EMPTY ? "" : String(value))}`;
    const formats = [
      ...(sniffed.DateFormat ? [option("dateformat", sniffed.DateFormat)] : []),
      ...(sniffed.TimestampFormat ? [option("timestampformat", sniffed.TimestampFormat)] : []),
    ];
    const dialect = [
      "auto_detect = false",
      option("delim", sniffed.Delimiter),
      option("quote", sniffed.Quote),
      option("escape", sniffed.Escape),
      option("new_line", sniffed.NewLineDelimiter),
      option("comment", sniffed.Comment),
      `skip = ${Number(sniffed.SkipRows)}`,
      `columns = {${columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(", ")}}`,
      ...formats,
    ];
    return {
      scan: `read_csv(${file}, ${csvReadOptions(settings)}, ${dialect.join(", ")}, hive_partitioning = false)`,
      types: new Map(columns.map((column) => [column.name, column.type])),
    };
  }
  const scan = duckdbScan(resolved, settings);
  const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${scan}`)).getRowObjectsJS();
  return { scan, types: new Map(described.map((row) => [String(row.column_name), String(row.column_type)])) };
}
