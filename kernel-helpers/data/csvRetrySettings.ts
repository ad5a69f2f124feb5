import { DataError } from "../errors";
import { dataMessages } from "./dataMessages";
import type { ScanSettings } from "./duckdbScan";
import { isCompressed } from "./fileFormat";
import type { ResolvedSource } from "./resolveSource";
import { scanCsv } from "./scanCsv";

/** The longest CSV row driftlens reads; DuckDB's buffers grow to hold it, so memory grows with it. */
export const MAX_CSV_LINE_BYTES = 64 * 1024 * 1024;
const MEBIBYTE = 1024 * 1024;

/**
 * The scan settings to read a CSV source again with after DuckDB failed on it, when a scan of its
 * files shows a way to read it, or undefined when the error stands (`dataErrorFromDuckdb` then
 * explains it):
 * - a row longer than DuckDB's 4 MB buffers (a long text field): read again with buffers that hold
 *   the longest row, up to `MAX_CSV_LINE_BYTES`;
 * - a dialect DuckDB's sniffer gives up on although the file is valid RFC 4180, such as a quoted
 *   header cell holding a bare carriage return: read again with the row break the scan found and
 *   `"` quoting;
 * - a row with more fields than the header in a file the scan finds valid RFC 4180: the sniffer
 *   saw no quote in the rows it sampled and read without quoting, so a quoted value holding the
 *   delimiter further down split in two — read again with the row break and `"` quoting.
 * Each is tried once. Compressed files are not scanned.
 * Cost: one pass over the files, only after a failed read.
 *
 * @throws {DataError} naming the line of a row longer than `MAX_CSV_LINE_BYTES`
 * @example csvRetrySettings(new Error("… Maximum line size of 4194304 bytes exceeded …"), source, settings)
 * // { …settings, maxLineBytes: 11534336 } for a file with a 10 MB field
 */
export function csvRetrySettings(error: unknown, resolved: ResolvedSource, settings: ScanSettings): ScanSettings | undefined {
  if ((resolved.format !== "csv" && resolved.format !== "tsv") || resolved.files.some(isCompressed)) return undefined;
  const text = String((error as Error | undefined)?.message ?? error);
  const tooLong = /Maximum line size/i.test(text) && settings.maxLineBytes === undefined;
  const sniffFailed = /Error when sniffing file|not possible to automatically detect the CSV|Expected Number of Columns/i.test(text) && settings.newLine === undefined;
  if (!tooLong && !sniffFailed) return undefined;
  const scans = resolved.files.map((file) => ({ file, scan: scanCsv(file, settings.delimiter ?? ",") }));
  if (scans.some(({ scan }) => scan.problem !== undefined)) return undefined;
  if (sniffFailed) return { ...settings, newLine: scans[0].scan.newLine };
  const longest = scans.reduce((a, b) => (b.scan.longestRow.bytes > a.scan.longestRow.bytes ? b : a));
  const { line, bytes } = longest.scan.longestRow;
  if (bytes > MAX_CSV_LINE_BYTES) throw new DataError(dataMessages.lineTooLong(longest.file, line, bytes, MAX_CSV_LINE_BYTES));
  return { ...settings, maxLineBytes: Math.ceil((bytes + 1) / MEBIBYTE) * MEBIBYTE };
}
