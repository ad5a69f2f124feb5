import type { SkippedColumn } from "../drift/driftReport";
import { messages } from "../messages";
import { checkMessages } from "./checkMessages";
import type { ColumnProblem } from "./checkReport";

/**
 * The columns a check meant to test and could not, with why, for the NOT CHECKED rule of
 * `datasetDrift`: those missing from the current data, of another type there or without values,
 * and those its tests skipped for a reason of their own (too few values, no finite score) — not
 * text and datetime columns, which are never meant to be tested by the drift tests.
 *
 * @example notTestedColumns([{ column: "age", kind: "missing", … }], []) // [{ column: "age", reason: "missing from the current data" }]
 */
export function notTestedColumns(problems: readonly ColumnProblem[], skipped: readonly SkippedColumn[]): { column: string; reason: string }[] {
  return [
    ...problems.map((problem) => ({ column: problem.column, reason: checkMessages.problemReason(problem.kind) })),
    ...skipped.filter((skip) => skip.reason !== messages.columnSkipped(skip.type)).map((skip) => ({ column: skip.column, reason: skip.reason })),
  ];
}
