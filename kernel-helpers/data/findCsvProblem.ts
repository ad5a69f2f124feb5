import { scanCsv } from "./scanCsv";
import type { CsvProblem } from "./scanCsv";

export type { CsvProblem } from "./scanCsv";

/**
 * The first thing wrong with a CSV file (a ragged row, a line that is not UTF-8, a carriage return
 * outside quotes, a NUL in the header), by physical line number — see `scanCsv`.
 * Cost: O(file size); used only after a read has failed.
 *
 * @example findCsvProblem("bad.csv", ",") // { kind: "ragged", line: 4, expected: 3, found: 2 }
 */
export function findCsvProblem(path: string, delimiter: string): CsvProblem | undefined {
  return scanCsv(path, delimiter).problem;
}
