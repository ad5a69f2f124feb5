import type { DatasetDriftResult } from "../drift/driftReport";

/**
 * Dataset drift over a set of column verdicts, by Evidently's rule: the drift score is the share
 * of drifted columns, and the dataset drifts when at least one column was tested and the score
 * is ≥ `driftShare`.
 *
 * @example datasetDrift([{ drifted: true }, { drifted: false }], 0.5) // { drifted: true, driftScore: 0.5, driftedColumns: 1, columns: 2, driftShare: 0.5 }
 */
export function datasetDrift(columns: readonly { readonly drifted: boolean }[], driftShare: number): DatasetDriftResult {
  const driftedColumns = columns.filter((column) => column.drifted).length;
  const driftScore = columns.length === 0 ? 0 : driftedColumns / columns.length;
  return { drifted: columns.length > 0 && driftScore >= driftShare, driftScore, driftedColumns, columns: columns.length, driftShare };
}
