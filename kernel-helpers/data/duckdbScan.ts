import { MISSING_TOKENS } from "./missingTokens";
import type { ResolvedSource } from "./resolveSource";
import { sqlString } from "./sqlQuote";

/** How to scan: a CSV delimiter (DuckDB detects it when absent), CSV columns forced to text, and whether JSON types come from every line. */
export interface ScanSettings {
  readonly delimiter?: string;
  readonly textColumns: readonly string[];
  readonly jsonTypesFromAllLines: boolean;
  /** The longest CSV row to accept, in bytes, when a row is longer than the 4 MB buffers hold (see `csvRetrySettings`). */
  readonly maxLineBytes?: number;
  /** A CSV dialect given rather than sniffed: the row break, with `"` quoting (see `csvRetrySettings`). */
  readonly newLine?: "\r\n" | "\n";
}

/** DuckDB's CSV buffer size, which is also the longest row it reads unless `maxLineBytes` says more. */
export const CSV_BUFFER_BYTES = 4 * 1024 * 1024;

/** DuckDB's `new_line` option takes the break written with backslash escapes. */
const NEW_LINE_OPTION = { "\r\n": "'\\r\\n'", "\n": "'\\n'" } as const;

/** Types the CSV sniffer may choose. BOOLEAN is left out so that `yes`/`no` columns keep their labels; TIME stays text. */
const CSV_TYPES = ["BIGINT", "DOUBLE", "DATE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "VARCHAR"];

/**
 * The DuckDB table function that reads a resolved source: `read_csv` (header, the missing-value
 * tokens as NULL, 4 MB buffers), `read_json` (types inferred from a sample of lines, or from every
 * line — ten times slower, for a file whose sample misled) or `read_parquet`; several files are
 * matched by column name, and `key=value` folders become columns.
 *
 * @example duckdbScan({ files: ["a.parquet"], format: "parquet", hive: false, source: "a.parquet" }, { textColumns: [], jsonTypesFromAllLines: false })
 * // "read_parquet('a.parquet', hive_partitioning = false)"
 */
export function duckdbScan(resolved: ResolvedSource, settings: ScanSettings): string {
  const files = resolved.files.length === 1 ? sqlString(resolved.files[0]) : `[${resolved.files.map(sqlString).join(", ")}]`;
  const common = `hive_partitioning = ${resolved.hive}${resolved.files.length > 1 ? ", union_by_name = true" : ""}`;
  switch (resolved.format) {
    case "csv":
    case "tsv":
      return `read_csv(${files}, ${csvReadOptions(settings)}, ${csvSniffOptions(settings)}, ${common})`;
    case "jsonl":
    case "json":
      return `read_json(${files}, format = '${resolved.format === "jsonl" ? "newline_delimited" : "auto"}'${settings.jsonTypesFromAllLines ? ", sample_size = -1" : ""}, ${common})`;
    case "parquet":
      return `read_parquet(${files}, ${common})`;
    case "arrow":
      throw new Error("Arrow IPC files are read by apache-arrow, not DuckDB");
  }
}

/**
 * The options of `read_csv` that hold however the file is read: the header, the missing-value
 * tokens and the buffer (the longest row).
 */
export function csvReadOptions(settings: ScanSettings): string {
  const buffer = settings.maxLineBytes === undefined ? `buffer_size = ${CSV_BUFFER_BYTES}` : `max_line_size = ${settings.maxLineBytes}, buffer_size = ${settings.maxLineBytes + CSV_BUFFER_BYTES}`;
  return `header = true, nullstr = [${MISSING_TOKENS.map(sqlString).join(", ")}], ${buffer}`;
}

/**
 * The options of `read_csv` (and `sniff_csv`) that steer the sniffer: the delimiter and dialect
 * when known, the type candidates and the columns forced to text.
 */
export function csvSniffOptions(settings: ScanSettings): string {
  const delimiter = settings.delimiter === undefined ? "" : `, delim = ${sqlString(settings.delimiter)}`;
  const types = settings.textColumns.length === 0 ? "" : `, types = {${settings.textColumns.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(", ")}}`;
  const dialect = settings.newLine === undefined ? "" : `, new_line = ${NEW_LINE_OPTION[settings.newLine]}, quote = '"', escape = '"'`;
  return `auto_type_candidates = [${CSV_TYPES.map(sqlString).join(", ")}]${delimiter}${dialect}${types}`;
}
