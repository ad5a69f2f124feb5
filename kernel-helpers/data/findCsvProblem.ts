import { closeSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

/** The first thing wrong with a CSV file, by physical line number (the header is line 1). */
export type CsvProblem =
  | { readonly kind: "ragged"; readonly line: number; readonly expected: number; readonly found: number }
  | { readonly kind: "encoding"; readonly line: number };

const BLOCK_BYTES = 1 << 20;

/**
 * Scans a CSV file for the first row whose number of fields differs from the header's, or the
 * first line that is not valid UTF-8 — the explanation DuckDB's error does not give when a bad
 * row stops it from working out the file's layout. Quotes (`"`, doubled to escape) may span
 * lines; blank lines are skipped, as DuckDB does. A field count is by row, the line number is
 * where that row starts.
 * Cost: O(file size), reading 1 MiB at a time; used only after a read has failed.
 *
 * @example findCsvProblem("bad.csv", ",") // { kind: "ragged", line: 4, expected: 3, found: 2 }
 */
export function findCsvProblem(path: string, delimiter: string): CsvProblem | undefined {
  const separator = delimiter.charCodeAt(0);
  const fd = openSync(path, "r");
  try {
    const block = Buffer.alloc(BLOCK_BYTES);
    let carry = Buffer.alloc(0);
    let position = 0;
    let line = 1;
    let rowLine = 1;
    let fields = 1;
    let rowBytes = 0;
    let expected = -1;
    let inQuotes = false;
    let lineStart: number;
    for (;;) {
      const read = readSync(fd, block, 0, BLOCK_BYTES, position);
      position += read;
      const bytes = carry.length > 0 ? Buffer.concat([carry, block.subarray(0, read)]) : block.subarray(0, read);
      const end = read === 0 ? bytes.length + 1 : bytes.length;
      lineStart = 0;
      for (let i = carry.length; i < end; i++) {
        const byte = i < bytes.length ? bytes[i] : 0x0a;
        if (byte === 0x22) inQuotes = !inQuotes;
        if (byte !== 0x0a) {
          if (!inQuotes && byte === separator) fields++;
          if (byte !== 0x0d) rowBytes++;
          continue;
        }
        if (!isUtf8(bytes.subarray(lineStart, Math.min(i, bytes.length)))) return { kind: "encoding", line };
        lineStart = i + 1;
        line++;
        if (inQuotes) continue;
        if (rowBytes > 0) {
          if (expected < 0) expected = fields;
          else if (fields !== expected) return { kind: "ragged", line: rowLine, expected, found: fields };
        }
        rowLine = line;
        fields = 1;
        rowBytes = 0;
      }
      if (read === 0) return undefined;
      carry = Buffer.from(bytes.subarray(lineStart));
    }
  } finally {
    closeSync(fd);
  }
}
