import type { ColumnType } from "../data/table";
import type { ColumnDistribution } from "./columnDistribution";

/** Version of the `DriftReport` JSON shape; bumped on any incompatible change. */
export const DRIFT_REPORT_SCHEMA_VERSION = 1;

export type Severity = "none" | "low" | "medium" | "high";

/** Counts for one side (reference or current) of one column. */
export interface ColumnSideSummary {
  /** Rows that took part in the test (after dropping missing and non-finite values). */
  readonly count: number;
  /** Empty, NA, null or NaN cells, dropped before testing. */
  readonly missing: number;
  /** +Infinity / -Infinity cells, dropped before testing (as Evidently does). */
  readonly nonFinite: number;
}

/** The drift verdict for one column. `score` is what was compared with `threshold`. */
export interface ColumnDriftResult {
  readonly column: string;
  readonly type: ColumnType;
  /** Evidently's stat-test name (`ks`, `wasserstein`, `chisquare`, ...). */
  readonly method: string;
  readonly methodTitle: string;
  /** "pvalue": drift when the score is small; "distance": drift when it is large. */
  readonly methodKind: "pvalue" | "distance";
  /** The p-value (after correction, if one was asked for) or the distance. */
  readonly score: number;
  readonly threshold: number;
  /** The uncorrected p-value, for tests that have one. */
  readonly pValue?: number;
  /** The test statistic behind the p-value, where there is one and it is finite. */
  readonly statistic?: number;
  readonly drifted: boolean;
  readonly severity: Severity;
  /** True when the method was picked by the default rule rather than by the caller. */
  readonly defaultMethod: boolean;
  /** Distinct non-missing values over reference and current together (capped at 1,000,000). */
  readonly uniqueValues: number;
  readonly reference: ColumnSideSummary;
  readonly current: ColumnSideSummary;
  /** Binned (numerical) or per-category counts of both sides, bounded in size, for plotting; absent in older reports. */
  readonly distribution?: ColumnDistribution;
  /** Present when the column was tested from summaries counted where the data lives (a database table, or files too large to load). */
  readonly summaries?: SummaryProvenance;
}

/**
 * How a column's numbers were obtained from summaries:
 * - "exact": from counts per distinct value, per category or per bin, or from moments — the
 *   same numbers as on every row (up to the rounding of the engine's sums, for `t_test`);
 * - "approximate": the values were counted on a grid of `cells` cells (the column has more than
 *   the distinct-value cap); `bound`, where stated, is the largest possible error of the statistic;
 * - "sampled": the test needs raw values and ran on seeded samples of `sampleRows` rows.
 */
export interface SummaryProvenance {
  readonly exactness: "exact" | "approximate" | "sampled";
  /** Where each side was summarised: "memory", "duckdb", "clickhouse" or "postgres". */
  readonly engines: { readonly reference: string; readonly current: string };
  readonly cells?: number;
  /** The largest share of either side's rows in one grid cell. */
  readonly largestCellShare?: number;
  readonly bound?: { readonly of: string; readonly maxError: number };
  readonly sampleRows?: { readonly reference: number; readonly current: number };
}

/** A column that was not tested, and why. */
export interface SkippedColumn {
  readonly column: string;
  readonly type: ColumnType;
  readonly reason: string;
  /** "identifier" when the column was left out as identifier-like (put it back with `includeColumns`). */
  readonly role?: "identifier";
}

export interface DatasetDriftResult {
  /**
   * DRIFT, NO DRIFT, or NOT CHECKED when no column, or fewer than `minTestedShare` of the columns
   * meant to be tested, could be tested (`notChecked` says why). Absent in reports written before
   * verdicts existed (read them with `reportVerdict`).
   */
  readonly verdict: "DRIFT" | "NO DRIFT" | "NOT CHECKED";
  /** True when the verdict is DRIFT: `driftScore >= driftShare` and enough columns were tested. */
  readonly drifted: boolean;
  /** Share of tested columns that drifted, in [0, 1]. */
  readonly driftScore: number;
  readonly driftedColumns: number;
  /** Columns tested. */
  readonly columns: number;
  /** Columns meant to be tested that were not: missing, another type, no values, no finite score, too few values (listed in `skipped` or `columnProblems`). */
  readonly notTested: number;
  /** The share of drifted columns at which the dataset counts as drifted. */
  readonly driftShare: number;
  /** The share of the columns meant to be tested below which the verdict is NOT CHECKED. */
  readonly minTestedShare: number;
  /** Why the verdict is NOT CHECKED. */
  readonly notChecked?: string;
}

/** The options that were in force, so a report can be read without the command that made it. */
export interface DriftSettingsInForce {
  readonly driftShare: number;
  /** Share of the columns meant to be tested below which the verdict is NOT CHECKED. */
  readonly minTestedShare?: number;
  readonly correction: "none" | "bonferroni" | "fdr";
  readonly method?: string;
  readonly numericalMethod?: string;
  readonly categoricalMethod?: string;
  readonly threshold?: number;
  readonly seed: number;
  /** Identifier-like columns tested anyway (`includeColumns`). */
  readonly includeColumns?: readonly string[];
}

export interface DatasetSource {
  readonly source: string;
  readonly rows: number;
}

/**
 * The result of a drift comparison: JSON-serialisable data, never figures. Renderers turn it
 * into summaries, Plotly specs, HTML or a VS Code panel.
 */
export interface DriftReport {
  readonly schemaVersion: number;
  /** "compare": two datasets; "check": current data against a saved baseline (a `CheckReport`). */
  readonly kind: "compare" | "check";
  readonly createdAt: string;
  readonly reference: DatasetSource;
  readonly current: DatasetSource;
  readonly dataset: DatasetDriftResult;
  readonly columns: readonly ColumnDriftResult[];
  readonly skipped: readonly SkippedColumn[];
  readonly settings: DriftSettingsInForce;
  readonly warnings: readonly string[];
  readonly durationMs: number;
}
