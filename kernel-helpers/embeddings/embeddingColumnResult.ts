import type { ColumnDriftResult } from "../drift/driftReport";
import { severityOf } from "../drift/severity";

/** The verdict of one text (or image) column, as a `ColumnDriftResult` of the report contract. */
export interface EmbeddingVerdict {
  readonly column: string;
  readonly method: string;
  readonly methodTitle: string;
  readonly methodKind: "pvalue" | "distance";
  readonly score: number;
  readonly threshold: number;
  readonly drifted: boolean;
  readonly pValue?: number;
  readonly statistic?: number;
  readonly defaultMethod: boolean;
  readonly uniqueValues: number;
  readonly referenceCount: number;
  readonly referenceMissing: number;
  readonly currentCount: number;
  readonly currentMissing: number;
}

/**
 * Builds the column result of a text column from its embedding (or classifier) verdict, with the
 * usual severity bands (`severityOf`).
 *
 * @example embeddingColumnResult({ column: "review", method: "mmd", ... }).severity // "high" for p = 0.001 < 0.05 / 10
 */
export function embeddingColumnResult(verdict: EmbeddingVerdict): ColumnDriftResult {
  return {
    column: verdict.column,
    type: "text",
    method: verdict.method,
    methodTitle: verdict.methodTitle,
    methodKind: verdict.methodKind,
    score: verdict.score,
    threshold: verdict.threshold,
    ...(verdict.pValue === undefined ? {} : { pValue: verdict.pValue }),
    ...(verdict.statistic === undefined || !Number.isFinite(verdict.statistic) ? {} : { statistic: verdict.statistic }),
    drifted: verdict.drifted,
    severity: severityOf(verdict.method, verdict.methodKind, verdict.score, verdict.threshold, verdict.drifted),
    defaultMethod: verdict.defaultMethod,
    uniqueValues: verdict.uniqueValues,
    reference: { count: verdict.referenceCount, missing: verdict.referenceMissing, nonFinite: 0 },
    current: { count: verdict.currentCount, missing: verdict.currentMissing, nonFinite: 0 },
  };
}
