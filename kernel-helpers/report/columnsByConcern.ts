import type { ColumnDriftResult } from "../drift/driftReport";
import { driftRatio } from "./driftRatio";
import { SEVERITIES } from "./reportColors";

/**
 * Columns in the order a person should look at them: highest severity first, drifted before
 * not drifted, then the score furthest past its threshold (`driftRatio`; missing scores last),
 * then by name in code-point order — the same order on every machine.
 * Cost: O(n log n).
 *
 * @example columnsByConcern(report.columns)[0].column // the most drifted column
 */
export function columnsByConcern<T extends ColumnDriftResult>(columns: readonly T[]): T[] {
  const ratio = (column: T) => {
    const value = driftRatio(column.score, column.threshold, column.methodKind);
    return Number.isNaN(value) ? -Infinity : value;
  };
  return [...columns].sort((a, b) =>
    SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity)
    || Number(b.drifted) - Number(a.drifted)
    || compareRatios(ratio(b), ratio(a))
    || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
}

function compareRatios(a: number, b: number): number {
  return a === b ? 0 : a > b ? 1 : -1;
}
