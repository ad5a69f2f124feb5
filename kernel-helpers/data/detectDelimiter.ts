import { closeSync, openSync, readSync } from "node:fs";

const CANDIDATES = [",", "\t", ";", "|"];
const HEAD_BYTES = 1 << 16;

/**
 * The delimiter of a CSV file, read from its header line: whichever of `,` tab `;` `|` occurs
 * most often outside quotes (`,` when none does, i.e. a one-column file). The header decides
 * because it is the one line every well-formed file has, and a ragged data row then shows up as
 * an error on that row instead of a silently different layout.
 * Cost: reads at most the first 64 KiB.
 *
 * @example detectDelimiter("people.csv") // ";" for a header `name;age;city`
 */
export function detectDelimiter(path: string): string {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, "r");
  let length: number;
  try {
    length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const counts = new Map(CANDIDATES.map((candidate) => [candidate.charCodeAt(0), 0]));
  let inQuotes = false;
  for (let i = 0; i < length; i++) {
    const byte = buffer[i];
    if (byte === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (byte === 0x0a || byte === 0x0d)) break;
    else if (!inQuotes && counts.has(byte)) counts.set(byte, (counts.get(byte) as number) + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const [byte, found] of counts) {
    if (found > bestCount) {
      best = String.fromCharCode(byte);
      bestCount = found;
    }
  }
  return best;
}
