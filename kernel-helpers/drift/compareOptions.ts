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
  /** Threshold for every column. Default: the chosen test's own default (0.05 for p-values, 0.1 for distances). */
  readonly threshold?: number;
  /** Threshold per column name; wins over `threshold`. */
  readonly columnThresholds?: Readonly<Record<string, number>>;
  /** Share of drifted columns at which the dataset counts as drifted. Default 0.5. */
  readonly driftShare?: number;
  /** Multiple-testing correction of p-values. Default "none" (as Evidently). */
  readonly correction?: Correction;
  /** Where drifted columns move from low to medium to high severity. Default `DEFAULT_SEVERITY_BANDS`. */
  readonly severityBands?: SeverityBands;
  /** Seed for tests with random permutations. Default 0. */
  readonly seed?: number;
  /** Column type overrides applied when reading files or records. */
  readonly types?: Readonly<Record<string, ColumnType>>;
}

export const DEFAULT_DRIFT_SHARE = 0.5;
export const DEFAULT_SEED = 0;
