import { basename } from "node:path";

/** The file formats `readTable` reads. */
export type FileFormat = "csv" | "tsv" | "jsonl" | "json" | "parquet" | "arrow";

const SUFFIXES: readonly (readonly [string, FileFormat])[] = [
  [".csv", "csv"],
  [".tsv", "tsv"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".json", "json"],
  [".parquet", "parquet"],
  [".arrow", "arrow"],
  [".feather", "arrow"],
  [".ipc", "arrow"],
];

/** Text formats may also come gzip-compressed (DuckDB reads them directly). */
const COMPRESSED: ReadonlySet<FileFormat> = new Set(["csv", "tsv", "jsonl", "json"]);

/** Every extension `readTable` knows, for messages. */
export const DATA_FILE_EXTENSIONS: readonly string[] = [...SUFFIXES.map(([suffix]) => suffix), ".csv.gz", ".tsv.gz", ".jsonl.gz"];

/**
 * The format of a file from its extension (case-insensitive; `.gz` after a text format's
 * extension is allowed), or `undefined` when the extension is not a data format.
 *
 * @example formatOfPath("logs/2024-01-01.NDJSON.gz") // "jsonl"
 */
export function formatOfPath(path: string): FileFormat | undefined {
  let name = basename(path).toLowerCase();
  const compressed = name.endsWith(".gz");
  if (compressed) name = name.slice(0, -3);
  const match = SUFFIXES.find(([suffix]) => name.endsWith(suffix));
  if (!match || (compressed && !COMPRESSED.has(match[1]))) return undefined;
  return match[1];
}

/** True for a gzip-compressed file (its first line cannot be read without inflating it). */
export function isCompressed(path: string): boolean {
  return path.toLowerCase().endsWith(".gz");
}
