import { closeSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

/** The first thing wrong with a CSV file, by physical line number (the header is line 1) and, where known, field (1-based). */
export type CsvProblem =
  | { readonly kind: "ragged"; readonly line: number; readonly expected: number; readonly found: number }
  | { readonly kind: "encoding"; readonly line: number }
  | { readonly kind: "strayCarriageReturn"; readonly line: number; readonly field: number }
  | { readonly kind: "nulInHeader"; readonly line: number; readonly field: number };

/** What one pass over a CSV file finds. */
export interface CsvScan {
  /** The first problem, or undefined; the scan stops there. */
  readonly problem?: CsvProblem;
  /** The longest row (quoted line breaks included): the line it starts on and its length in bytes. */
  readonly longestRow: { readonly line: number; readonly bytes: number };
  /** The line break that ends the header row: "\r\n" or "\n" (also when the file has a single line). */
  readonly newLine: "\r\n" | "\n";
}

const BLOCK_BYTES = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Scans a CSV file for the first row whose number of fields differs from the header's, the first
 * line that is not valid UTF-8, or a carriage return outside quotes in a file whose rows end with
 * "\n" (a break for some readers and data for others), or a NUL byte in the header (a UTF-16 file,
 * or a damaged one) — the explanations DuckDB's errors do not give — and measures the longest row
 * and the header's line break. Quotes (`"`, doubled to
 * escape) may span lines; blank lines are skipped, as DuckDB does. A field count is by row, the
 * line number is where that row starts.
 * Cost: O(file size), reading 1 MiB at a time; used only after a read has failed.
 *
 * @example scanCsv("bad.csv", ",").problem // { kind: "ragged", line: 4, expected: 3, found: 2 }
 */
export function scanCsv(path: string, delimiter: string): CsvScan {
  const separator = delimiter.charCodeAt(0);
  const fd = openSync(path, "r");
  try {
    const block = Buffer.alloc(BLOCK_BYTES);
    let carry = Buffer.alloc(0);
    let position = 0;
    let line = 1;
    let rowLine = 1;
    let rowStart = 0;
    let fields = 1;
    let rowBytes = 0;
    let expected = -1;
    let inQuotes = false;
    let strayCr: { line: number; field: number } | undefined;
    let newLine: "\r\n" | "\n" | undefined;
    let longestRow = { line: 1, bytes: 0 };
    let lineStart: number;
    const scan = (problem?: CsvProblem): CsvScan => ({ problem, longestRow, newLine: newLine ?? "\n" });
    for (;;) {
      const read = readSync(fd, block, 0, BLOCK_BYTES, position);
      position += read;
      const bytes = carry.length > 0 ? Buffer.concat([carry, block.subarray(0, read)]) : block.subarray(0, read);
      const base = position - bytes.length;
      const end = read === 0 ? bytes.length + 1 : bytes.length;
      lineStart = 0;
      for (let i = carry.length; i < end; i++) {
        const byte = i < bytes.length ? bytes[i] : LF;
        if (byte === QUOTE) inQuotes = !inQuotes;
        if (byte !== LF) {
          if (byte === 0 && expected < 0) return scan({ kind: "nulInHeader", line, field: fields });
          if (!inQuotes && byte === separator) fields++;
          if (byte !== CR) rowBytes++;
          else if (!inQuotes && i + 1 < bytes.length && bytes[i + 1] !== LF) strayCr ??= { line, field: fields };
          continue;
        }
        if (!isUtf8(bytes.subarray(lineStart, Math.min(i, bytes.length)))) return scan({ kind: "encoding", line });
        lineStart = i + 1;
        line++;
        if (inQuotes) continue;
        if (strayCr && i < bytes.length) return scan({ kind: "strayCarriageReturn", ...strayCr });
        newLine ??= i > 0 && bytes[i - 1] === CR ? "\r\n" : "\n";
        if (base + i - rowStart > longestRow.bytes) longestRow = { line: rowLine, bytes: base + i - rowStart };
        if (rowBytes > 0) {
          if (expected < 0) expected = fields;
          else if (fields !== expected) return scan({ kind: "ragged", line: rowLine, expected, found: fields });
        }
        rowLine = line;
        rowStart = base + i + 1;
        fields = 1;
        rowBytes = 0;
      }
      if (read === 0) return scan();
      carry = Buffer.from(bytes.subarray(lineStart));
    }
  } finally {
    closeSync(fd);
  }
}
