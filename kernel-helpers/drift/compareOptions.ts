import type { ColumnType } from "../data/table";
import type { Correction } from "./multipleTesting";
import type { SeverityBands } from "./severityBands";

/** Options of a drift comparison. Every field is optional; the defaults are Evidently's. */
export interface CompareOptions {
  /** Columns to compare. Default: every column (both datasets must have the same columns). */
  readonly columns?: readonly string[];
  /** One stat test for every column; each column's type must fit it. Default: Evidently's rule per column. */
  readonly method?: string;
  /** Stat test for numerical columns. Default: Evidently's rule. */
  readonly numericalMethod?: string;
  /** Stat test for categorical columns. Default: Evidently's rule. */
  readonly categoricalMethod?: string;
  /** Stat test per column name; wins over the three options above. */
  readonly columnMethods?: Readonly<Record<string, string>>;
  /**
   * Threshold for every column. Default: the chosen test's own default threshold —
   * 0.05 for ks, chisquare, z, mannw, t_test, es; 0.1 for wasserstein, jensenshannon, psi, kl_div, hellinger, anderson, cramer_von_mises, ed, fisher_exact, g_test, TVD, empirical_mmd.
   */
  readonly threshold?: number;
  /** Threshold per column name; wins over `threshold`. */
  readonly columnThresholds?: Readonly<Record<string, number>>;
  /** Share of drifted columns at which the dataset counts as drifted. Default 0.5. */
  readonly driftShare?: number;
  /**
   * Share of the columns meant to be tested (all but text and datetime columns) that must be tested
   * for a verdict; below it the report is NOT CHECKED. Default `DEFAULT_MIN_TESTED_SHARE` (0.5).
   */
  readonly minTestedShare?: number;
  /** Multiple-testing correction of p-values. Default "none" (as Evidently). */
  readonly correction?: Correction;
  /** Where drifted columns move from low to medium to high severity. Default `DEFAULT_SEVERITY_BANDS`. */
  readonly severityBands?: SeverityBands;
  /** Seed for tests with random permutations. Default `DEFAULT_SEED`. */
  readonly seed?: number;
  /**
   * Identifier-like columns to test anyway. By default a column that looks like an identifier
   * (`identifierReason`: named `id`/`*_id`, or strings or serial integers nearly all distinct) is
   * left out of the drift score and listed in `skipped` with the role "identifier".
   */
  readonly includeColumns?: readonly string[];
  /** Column type overrides applied when reading files or records. */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /**
   * Bytes of column values `compareDatasets` may hold at once: it reads and tests the columns in
   * batches as wide as this allows, so a wide table never sits in memory whole. Default
   * `DEFAULT_MEMORY_BUDGET` (512 MB). DuckDB's copy of a CSV or JSON file comes on top of it.
   */
  readonly memoryBudget?: number;
  /**
   * Worker threads `compareDatasets` tests columns on (results are identical to testing on one
   * thread). Default: one per core when the columns hold at least `PARALLEL_MIN_VALUES` values
   * in all, none (the calling thread) below that. 0 tests on the calling thread.
   */
  readonly workers?: number;
  /** Called by `compareDatasets` each time a column is done, e.g. to show "120 / 500 columns". */
  readonly onProgress?: (progress: ColumnProgress) => void;
}

/** How far a comparison is: columns done (tested or skipped) out of all it compares. */
export interface ColumnProgress {
  readonly done: number;
  readonly total: number;
}

export const DEFAULT_DRIFT_SHARE = 0.5;
/** 512 MB: the default `memoryBudget`. */
export const DEFAULT_MEMORY_BUDGET = 512 * 1024 * 1024;
/** The share of `memoryBudget` that DuckDB's own memory may take while files are parsed and read (split between the two files). */
export const DUCKDB_SHARE_OF_BUDGET = 1 / 2;
/** Below this many values over all compared columns (both sides), starting workers costs more than it saves. */
export const PARALLEL_MIN_VALUES = 2_000_000;
