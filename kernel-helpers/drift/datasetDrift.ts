import type { DatasetDriftResult } from "./driftReport";
import { messages } from "../messages";

/** The share of the columns meant to be tested below which a report is NOT CHECKED, unless `minTestedShare` says otherwise. */
export const DEFAULT_MIN_TESTED_SHARE = 0.5;

/** The columns that were meant to be tested and were not, with why (for the NOT CHECKED reason). */
export interface NotTestedColumns {
  readonly columns: readonly { readonly column: string; readonly reason: string }[];
  /** Share of the columns meant to be tested that must be tested for a verdict. Default `DEFAULT_MIN_TESTED_SHARE`. */
  readonly minTestedShare?: number;
}

/**
 * Dataset drift over a set of column verdicts, by Evidently's rule: the drift score is the share
 * of drifted columns, and the dataset drifts when the score is ≥ `driftShare`. A report that
 * tested no column, or fewer than `minTestedShare` of the columns meant to be tested (the others
 * missing, of another type, empty, with no finite score or too few values), says nothing about
 * drift: its verdict is NOT CHECKED, with why, and `drifted` is false.
 *
 * @example datasetDrift([{ drifted: true }, { drifted: false }], 0.5).verdict // "DRIFT"
 * @example datasetDrift([], 0.5).verdict // "NOT CHECKED"
 */
export function datasetDrift(columns: readonly { readonly drifted: boolean }[], driftShare: number, notTested: NotTestedColumns = { columns: [] }): DatasetDriftResult {
  const driftedColumns = columns.filter((column) => column.drifted).length;
  const driftScore = columns.length === 0 ? 0 : driftedColumns / columns.length;
  const minTestedShare = notTested.minTestedShare ?? DEFAULT_MIN_TESTED_SHARE;
  const meant = columns.length + notTested.columns.length;
  const notChecked = columns.length === 0 || columns.length / meant < minTestedShare
    ? messages.notChecked(columns.length, meant, minTestedShare, notTested.columns)
    : undefined;
  const drifted = notChecked === undefined && driftScore >= driftShare;
  return {
    verdict: notChecked !== undefined ? "NOT CHECKED" : drifted ? "DRIFT" : "NO DRIFT",
    drifted,
    driftScore,
    driftedColumns,
    columns: columns.length,
    notTested: notTested.columns.length,
    driftShare,
    minTestedShare,
    ...(notChecked === undefined ? {} : { notChecked }),
  };
}
