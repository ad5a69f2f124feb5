import { closeSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

/** The first line of a JSONL file that is not one JSON value (line 1 is the first line). */
export interface JsonlProblem {
  readonly line: number;
  /** What is wrong, in a few words ("not valid UTF-8", or the JSON parser's complaint). */
  readonly reason: string;
}

const BLOCK_BYTES = 1 << 20;

/**
 * Scans a JSONL file for the first line that is not valid UTF-8 or does not parse as JSON.
 * DuckDB's own message gives a line number one past the bad line, and for a bad byte only
 * "invalid UTF-8 encoding", so this scan names the line exactly. Blank lines are skipped.
 * Cost: O(file size), reading 1 MiB at a time; used only after a read has failed.
 *
 * @example findJsonlProblem("events.jsonl") // { line: 5, reason: "Unexpected token 'o', \"not json\" is not valid JSON" }
 */
export function findJsonlProblem(path: string): JsonlProblem | undefined {
  const fd = openSync(path, "r");
  try {
    const block = Buffer.alloc(BLOCK_BYTES);
    let carry = Buffer.alloc(0);
    let position = 0;
    let line = 0;
    for (;;) {
      const read = readSync(fd, block, 0, BLOCK_BYTES, position);
      position += read;
      const bytes = carry.length > 0 ? Buffer.concat([carry, block.subarray(0, read)]) : block.subarray(0, read);
      let start = 0;
      for (;;) {
        let end = bytes.indexOf(0x0a, start);
        if (end < 0) {
          if (read > 0 || start >= bytes.length) break;
          end = bytes.length;
        }
        line++;
        const problem = checkLine(bytes.subarray(start, end), line);
        if (problem) return problem;
        start = end + 1;
      }
      if (read === 0) return undefined;
      carry = Buffer.from(bytes.subarray(start));
    }
  } finally {
    closeSync(fd);
  }
}

function checkLine(bytes: Buffer, line: number): JsonlProblem | undefined {
  if (!isUtf8(bytes)) return { line, reason: "not valid UTF-8" };
  const text = bytes.toString("utf8").trim();
  if (text === "") return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return { line, reason: (error as Error).message };
  }
}
