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
}

/** A column that was not tested, and why. */
export interface SkippedColumn {
  readonly column: string;
  readonly type: ColumnType;
  readonly reason: string;
}

export interface DatasetDriftResult {
  /** True when `driftScore >= driftShare`. */
  readonly drifted: boolean;
  /** Share of tested columns that drifted, in [0, 1]. */
  readonly driftScore: number;
  readonly driftedColumns: number;
  readonly columns: number;
  /** The share of drifted columns at which the dataset counts as drifted. */
  readonly driftShare: number;
}

/** The options that were in force, so a report can be read without the command that made it. */
export interface DriftSettingsInForce {
  readonly driftShare: number;
  readonly correction: "none" | "bonferroni" | "fdr";
  readonly method?: string;
  readonly numericalMethod?: string;
  readonly categoricalMethod?: string;
  readonly threshold?: number;
  readonly seed: number;
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
