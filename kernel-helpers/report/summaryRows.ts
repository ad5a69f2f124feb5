import type { CheckReport } from "../check/checkReport";
import type { ColumnDistribution } from "../drift/columnDistribution";
import type { ColumnDriftResult, DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "./anyDriftReport";
import { scoreText } from "./scoreText";

/** Bars of a row's sparkline at most (adjacent histogram bins are merged down to this). */
export const SPARKLINE_BARS = 24;

/** One row of the summary table the panel, the notebook renderer and the HTML report draw. */
export interface SummaryRow {
  readonly column: string;
  /** feature, target or prediction. */
  readonly role: string;
  readonly type: string;
  readonly method: string;
  /** The score compared with the threshold (null when a report read back from JSON held NaN or an infinity). */
  readonly score: number;
  readonly threshold: number;
  /** The score and the threshold as people read them ("0.0297", "1.20e-5", "NaN", "Infinity": `scoreText`), since JSON keeps no NaN. */
  readonly scoreLabel: string;
  readonly thresholdLabel: string;
  readonly drifted: boolean;
  readonly severity: string;
  /** Shares (summing to 1) of the reference's values per bin or category, for the sparkline; absent without a distribution. */
  readonly reference?: readonly number[];
  /** The current data's shares over the same bins or categories. */
  readonly current?: readonly number[];
}

/**
 * The rows of a report's summary table: the features, then the target and the prediction columns
 * of a check, each with its reference and current shares (from the column's `distribution`,
 * at most `SPARKLINE_BARS` bars) for a sparkline. Pure data: the surfaces turn it into DOM.
 * Cost: O(columns · bins).
 *
 * @example summaryRows(report)[0] // { column: "age", role: "feature", type: "numerical", method: "wasserstein", score: 0.65, …, reference: [0.02, …], current: [0, …] }
 */
export function summaryRows(input: AnyDriftReport): SummaryRow[] {
  const report = input as DriftReport;
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  return [
    ...report.columns.map((column) => summaryRow(column, "feature")),
    ...(check?.target ? [summaryRow(check.target, "target")] : []),
    ...(check?.prediction?.columns ?? []).map((column) => summaryRow(column, "prediction")),
  ];
}

function summaryRow(column: ColumnDriftResult, role: string): SummaryRow {
  const shares = column.distribution ? sparklineShares(column.distribution) : undefined;
  return {
    column: column.column,
    role,
    type: column.type,
    method: column.method,
    score: column.score,
    threshold: column.threshold,
    scoreLabel: scoreText(column.score),
    thresholdLabel: scoreText(column.threshold),
    drifted: column.drifted,
    severity: column.severity,
    ...(shares ?? {}),
  };
}

/** Both sides' shares per bar: histogram bins merged to `SPARKLINE_BARS`, categories with "other" last. */
function sparklineShares(distribution: ColumnDistribution): { reference: number[]; current: number[] } | undefined {
  const sides = distribution.kind === "histogram"
    ? { reference: merged(distribution.reference), current: merged(distribution.current) }
    : distribution.referenceOther + distribution.currentOther > 0
      ? { reference: [...distribution.reference.slice(0, SPARKLINE_BARS - 1), distribution.referenceOther], current: [...distribution.current.slice(0, SPARKLINE_BARS - 1), distribution.currentOther] }
      : { reference: distribution.reference.slice(0, SPARKLINE_BARS), current: distribution.current.slice(0, SPARKLINE_BARS) };
  const reference = shares(sides.reference);
  const current = shares(sides.current);
  return reference && current ? { reference, current } : undefined;
}

function merged(counts: readonly number[]): number[] {
  const groups = Math.ceil(counts.length / SPARKLINE_BARS);
  const out: number[] = [];
  for (let i = 0; i < counts.length; i += groups) out.push(counts.slice(i, i + groups).reduce((sum, n) => sum + n, 0));
  return out;
}

function shares(counts: readonly number[]): number[] | undefined {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return total > 0 ? counts.map((n) => Number((n / total).toPrecision(3))) : undefined;
}
