import { DataError, DriftlensError } from "../errors";
import { dataMessages } from "./dataMessages";
import { isCompressed } from "./fileFormat";
import { findCsvProblem } from "./findCsvProblem";
import { findJsonlProblem } from "./findJsonlProblem";
import { MAX_CSV_LINE_BYTES } from "./csvRetrySettings";
import { CSV_BUFFER_BYTES } from "./duckdbScan";
import { scanCsv } from "./scanCsv";
import type { ResolvedSource } from "./resolveSource";

/**
 * Turns a DuckDB error met while reading a source into a `DataError` in driftlens' words: the
 * file, the line where DuckDB gives one (or where a re-scan of the file finds it), what is wrong
 * and what to do — never DuckDB's text with its SQL context and parser settings.
 * Errors that are already driftlens errors pass through, and so do JavaScript errors that are
 * not DuckDB's (a `TypeError` is a bug to report, not bad data).
 *
 * @example dataErrorFromDuckdb(new Error("Invalid Input Error: CSV Error on Line: 4\n…Expected Number of Columns: 3 Found: 2"), source, ",")
 * // DataError("cannot read 'ragged.csv': line 4 has 2 fields but the header has 3. Fix that row …")
 */
export function dataErrorFromDuckdb(error: unknown, resolved: ResolvedSource, delimiter: string | undefined): Error {
  if (error instanceof DriftlensError) return error;
  if (error instanceof Error && (error.constructor !== Error || !DUCKDB_ERROR.test(error.message))) return error;
  const text = String((error as Error | undefined)?.message ?? error);
  const file = fileIn(text) ?? (resolved.files.length === 1 ? resolved.files[0] : resolved.source);
  const line = numberAfter(text, /CSV Error on Line: (\d+)/);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
  if (columns && line !== undefined) return new DataError(dataMessages.rowRagged(file, line, Number(columns[1]), Number(columns[2])));
  if (resolved.format === "jsonl" && /JSON/.test(text) && !isCompressed(file) && resolved.files.includes(file)) {
    const problem = findJsonlProblem(file);
    if (problem) {
      return new DataError(problem.reason === "not valid UTF-8" ? dataMessages.notUtf8(file, problem.line) : dataMessages.jsonInvalid(file, problem.line, problem.reason));
    }
  }
  if (/invalid unicode|not utf-8 encoded|invalid utf-8/i.test(text)) return new DataError(dataMessages.notUtf8(file, line));
  const csvLike = resolved.format === "csv" || resolved.format === "tsv";
  if (csvLike && /Error when sniffing file|not possible to automatically detect the CSV/i.test(text)) {
    return csvProblemError(resolved.files.includes(file) ? [file] : resolved.files, delimiter) ?? new DataError(dataMessages.csvLayoutUnknown(file));
  }
  if (/Maximum line size/i.test(text)) return longRowError(csvLike && resolved.files.includes(file) && !isCompressed(file) ? file : undefined, file, delimiter);
  if (/Malformed JSON|JSON transform error/i.test(text)) {
    const detail = /in line \d+: (.*?)\.?\s*$/.exec(firstLine(text))?.[1] ?? firstLine(withoutPrefix(text));
    return new DataError(dataMessages.jsonInvalid(file, undefined, detail));
  }
  if (/No magic bytes found|not a parquet file|too small to be a Parquet file|Invalid Parquet|Parquet file is corrupt/i.test(text)) return new DataError(dataMessages.notParquet(file));
  if (/No files found that match the pattern/.test(text)) return new DataError(dataMessages.fileMissing(file));
  if (/Out of Memory Error/i.test(text)) return new DataError(dataMessages.outOfMemory(file, firstLine(withoutPrefix(text)).replace(/\.$/, "")));
  const problem = csvLike ? csvProblemError(resolved.files.includes(file) ? [file] : resolved.files, delimiter) : undefined;
  if (problem) return problem;
  const reason = line === undefined ? firstLine(withoutPrefix(text)) : `line ${line}: ${csvReason(text)}`;
  return new DataError(dataMessages.readFailed(file, reason.replace(/\.$/, "")));
}

/** DuckDB's error messages start with the error class: "Invalid Input Error: …", "IO Error: …", "INTERNAL Error: …". */
const DUCKDB_ERROR = /^[A-Za-z ]*Error: /;

/** The first ragged row or non-UTF-8 line in the given CSV files, as a DataError (compressed files are not scanned). */
function csvProblemError(files: readonly string[], delimiter: string | undefined): DataError | undefined {
  for (const file of files) {
    if (isCompressed(file)) continue;
    const problem = findCsvProblem(file, delimiter ?? ",");
    if (problem?.kind === "ragged") return new DataError(dataMessages.rowRagged(file, problem.line, problem.expected, problem.found));
    if (problem?.kind === "encoding") return new DataError(dataMessages.notUtf8(file, problem.line));
    if (problem?.kind === "nulInHeader") return new DataError(dataMessages.nulInColumnName(file, problem.field - 1, true));
    if (problem?.kind === "strayCarriageReturn") return new DataError(dataMessages.strayCarriageReturn(file, problem.line, problem.field));
  }
  return undefined;
}

/**
 * A row longer than DuckDB's buffers, at the line where it starts when the file can be scanned
 * (DuckDB's own line number is that of its buffer). A compressed file is read with 4 MB buffers
 * only, since it is not scanned for its longest row.
 */
function longRowError(scannable: string | undefined, file: string, delimiter: string | undefined): DataError {
  if (scannable === undefined) return new DataError(dataMessages.lineTooLong(file, undefined, undefined, CSV_BUFFER_BYTES, MAX_CSV_LINE_BYTES));
  const longest = scanCsv(scannable, delimiter ?? ",").longestRow;
  return new DataError(dataMessages.lineTooLong(file, longest.line, longest.bytes, MAX_CSV_LINE_BYTES));
}

/** The column DuckDB could not convert to the type it guessed from the first rows of a CSV file. */
export function csvConversionColumn(error: unknown): string | undefined {
  const text = String((error as Error | undefined)?.message ?? error);
  return /Error when converting column "((?:[^"]|"")+)"/.exec(text)?.[1].replace(/""/g, '"');
}

function fileIn(text: string): string | undefined {
  return /^\s*file = (.+)$/m.exec(text)?.[1] ?? /file "([^"]+)"/.exec(text)?.[1] ?? /file '([^']+)'/.exec(text)?.[1];
}

function numberAfter(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
}

function firstLine(text: string): string {
  return text.split("\n")[0].trim();
}

function withoutPrefix(text: string): string {
  return text.replace(/^[A-Za-z ]*Error:\s*/, "");
}

/** The sentence after DuckDB's "Original Line: …" in a CSV error. */
function csvReason(text: string): string {
  const lines = text.split("\n");
  const original = lines.findIndex((line) => line.startsWith("Original Line:"));
  // DuckDB's reason follows the row it quotes, sometimes after a blank line; its advice comes later.
  const reason = lines
    .slice(original >= 0 ? original + 1 : 1)
    .map((line) => line.trim())
    .find((line) => line !== "" && !/^Possible (fixes|solutions)/i.test(line));
  return reason || firstLine(withoutPrefix(text));
}
