import { closeSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DataError } from "../errors";
import { dataMessages } from "./dataMessages";
import { DATA_FILE_EXTENSIONS, formatOfPath, isCompressed } from "./fileFormat";
import type { FileFormat } from "./fileFormat";

/** A source string turned into the files to read. */
export interface ResolvedSource {
  /** The source as given (a path, a folder or a glob), used as `Table.source`. */
  readonly source: string;
  /** The data files, in a stable (sorted) order. */
  readonly files: readonly string[];
  readonly format: FileFormat;
  /** True when some file sits below a `key=value` folder (hive partitioning). */
  readonly hive: boolean;
}

/** Lists the files matching a glob pattern (`*`, `?`, `[...]`, `**`). */
export type GlobFiles = (pattern: string) => Promise<string[]>;

const GLOB_CHARACTERS = /[*?[]/;
const PARTITION_FOLDER = /^[^=]+=[^=]*$/;

/**
 * Works out which files a source names and their format: one file (format from its extension),
 * a folder (every data file below it; hidden and `_`-prefixed entries such as Spark's
 * `_SUCCESS` are skipped, as are files of other types) or a glob. All files must share one format.
 * Cost: one `stat` per file.
 *
 * @throws {DataError} for a path that does not exist, an empty (0-byte) file, an unknown
 * extension, a folder or glob without data files, or files of mixed formats
 * @example await resolveSource("logs/", glob) // { files: ["logs/year=2024/a.parquet", ...], format: "parquet", hive: true }
 */
export async function resolveSource(source: string, glob: GlobFiles): Promise<ResolvedSource> {
  let candidates: string[];
  if (GLOB_CHARACTERS.test(source)) {
    candidates = (await glob(source)).filter((file) => !isHidden(basename(file))).sort();
    if (candidates.length === 0) throw new DataError(dataMessages.globNoMatch(source));
  } else {
    const stats = statOrUndefined(source);
    if (!stats) throw new DataError(dataMessages.fileMissing(source));
    if (!stats.isDirectory()) {
      if (formatOfPath(source) === undefined) throw new DataError(dataMessages.extensionUnknown(source, DATA_FILE_EXTENSIONS));
      return { source, files: [checkNotEmpty(source, stats)], format: formatOfPath(source) as FileFormat, hive: false };
    }
    candidates = listFolder(source).sort();
  }
  const files = candidates.filter((file) => formatOfPath(file) !== undefined);
  if (files.length === 0) {
    if (GLOB_CHARACTERS.test(source)) throw new DataError(dataMessages.extensionUnknown(candidates[0], DATA_FILE_EXTENSIONS));
    throw new DataError(dataMessages.noDataFiles(source, DATA_FILE_EXTENSIONS));
  }
  const format = formatOfPath(files[0]) as FileFormat;
  const other = files.find((file) => formatOfPath(file) !== format);
  if (other !== undefined) throw new DataError(dataMessages.formatsMixed(source, files[0], format, other, formatOfPath(other) as FileFormat));
  for (const file of files) checkNotEmpty(file, statOrUndefined(file));
  const hive = files.some((file) => dirname(file).split(/[\\/]/).some((part) => PARTITION_FOLDER.test(part)));
  return { source, files, format, hive };
}

function isHidden(name: string): boolean {
  return name.startsWith(".") || name.startsWith("_");
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function checkNotEmpty(file: string, stats: Stats | undefined): string {
  if (!stats) throw new DataError(dataMessages.fileMissing(file));
  if (stats.isFile() && stats.size === 0) throw new DataError(dataMessages.fileEmpty(file));
  const format = formatOfPath(file);
  if (stats.isFile() && (format === "csv" || format === "tsv") && !isCompressed(file) && onlyBlankLines(file)) throw new DataError(dataMessages.noHeader(file));
  return file;
}

/** True when the text file holds nothing but blank lines (read until its first other character). */
function onlyBlankLines(file: string): boolean {
  const descriptor = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(65_536);
    for (;;) {
      const read = readSync(descriptor, buffer, 0, buffer.length, null);
      if (read === 0) return true;
      for (let i = 0; i < read; i++) {
        const byte = buffer[i];
        if (byte !== 0x0a && byte !== 0x0d && byte !== 0x20 && byte !== 0x09) return false;
      }
    }
  } finally {
    closeSync(descriptor);
  }
}

function listFolder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (isHidden(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listFolder(path));
    else found.push(path);
  }
  return found;
}
