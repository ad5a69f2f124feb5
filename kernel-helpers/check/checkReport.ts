import type { ColumnType } from "../data/table";
import type { ColumnDriftResult, DriftReport, Severity } from "../drift/driftReport";
import type { SettingsInForce } from "../config/resolveSettings";
import type { EmbeddingSection } from "../embeddings/embeddingDriftReport";
import type { PerformanceCheck } from "../performance/checkPerformance";
import type { PerformanceUnavailable } from "../performance/performanceSnapshot";
import type { WindowSpan } from "../windows/windowSpan";
import type { MultivariateDrift, MultivariateUnavailable } from "../multivariate/multivariateResult";
import type { DataQuality } from "../quality/dataQuality";

/** A column's drift verdict in a check; `approximate` when the reference side came from a sketch. */
export interface CheckColumnResult extends ColumnDriftResult {
  readonly approximate?: true;
}

/** A baseline column the check could not test, and why (reported instead of failing the check). */
export interface ColumnProblem {
  readonly column: string;
  /** missing: not in the current data; typeChanged: another type there; empty: no value on one side. */
  readonly kind: "missing" | "typeChanged" | "empty";
  readonly baselineType: ColumnType;
  readonly currentType?: ColumnType;
  readonly message: string;
}

export type AlertLevel = "WARNING" | "CRITICAL";

/** Something a person should look at, with how urgent it is. */
export interface DriftAlert {
  readonly level: AlertLevel;
  readonly kind:
    | "not-checked"
    | "dataset-drift"
    | "column-drift"
    | "prediction-drift"
    | "target-drift"
    | "column-problem"
    | "performance-degradation"
    | "performance-change"
    | "performance-problem"
    | "multivariate-drift"
    | "data-quality";
  readonly column?: string;
  readonly message: string;
}

/** Prediction drift: the prediction and predicted-probability columns, tested like features, shown apart. */
export interface PredictionDrift {
  readonly columns: readonly CheckColumnResult[];
  /** True when any of them drifted. */
  readonly drifted: boolean;
}

/** One column in one time window: its verdict, or why there is none. */
export interface WindowColumnResult {
  readonly column: string;
  readonly status: "ok" | "insufficient data";
  /** Values of the column in the window (non-missing). */
  readonly values: number;
  readonly method?: string;
  readonly score?: number;
  readonly threshold?: number;
  readonly drifted?: boolean;
  readonly severity?: Severity;
}

/** One window of the current data checked against the baseline. */
export interface DriftWindow extends WindowSpan {
  /** "insufficient data" when the window has fewer rows than `minSamples`: no verdict, not drift. */
  readonly status: "ok" | "insufficient data";
  /** Share of drifted feature columns among those tested in the window. */
  readonly driftScore?: number;
  readonly driftedColumns?: number;
  readonly testedColumns?: number;
  readonly drifted?: boolean;
  /** The dataset alert the window would raise on its own. */
  readonly alert?: AlertLevel;
  readonly columns: readonly WindowColumnResult[];
}

/** Per-window drift: the data behind a drift heatmap (windows × columns) and a score trend. */
export interface WindowedDrift {
  /** "1h", "1d", "6h"… for time windows; "N rows" for windows of rows. */
  readonly every: string;
  readonly timestampColumn?: string;
  readonly minSamples: number;
  /** Rows without a timestamp, in no time window. */
  readonly rowsWithoutTimestamp: number;
  readonly windows: readonly DriftWindow[];
}

/**
 * The result of checking current data against a baseline: a `DriftReport` (its `columns` and
 * `dataset` cover the feature columns) plus what a monitoring check adds. JSON-serialisable.
 */
export interface CheckReport extends DriftReport {
  readonly columns: readonly CheckColumnResult[];
  readonly baseline: {
    readonly name: string;
    readonly version: string;
    readonly created: string;
    readonly rows: number;
    readonly path?: string;
  };
  readonly target?: CheckColumnResult;
  readonly prediction?: PredictionDrift;
  readonly columnProblems: readonly ColumnProblem[];
  /** Columns of the current data that the baseline does not have (not tested). */
  readonly extraColumns: readonly string[];
  readonly alerts: readonly DriftAlert[];
  /** Present when the reference was beyond the sample cap and results come from sketches. */
  readonly approximate?: {
    readonly reason: string;
    /** Largest rank error bound (share, 99% confidence) of the numerical sketches used. */
    readonly rankErrorBound: number;
  };
  /** Present when only the most recent rows were checked (log folders). */
  readonly analysisWindow?: {
    readonly hours: number;
    readonly from: string;
    readonly to: string;
    readonly rowsKept: number;
    readonly rowsLeftOut: number;
  };
  readonly windows?: WindowedDrift;
  /**
   * The model's performance, when the baseline has a performance snapshot and the current data
   * the prediction column: measured on labelled rows, estimated (CBPE) on the others, per window,
   * with change points; or why it could not be measured (then a "performance-problem" alert).
   */
  readonly performance?: PerformanceCheck | PerformanceUnavailable;
  /** The monitoring settings in force and where each came from (option, config, env, default). */
  readonly monitoring: SettingsInForce;
  /**
   * Embedding drift of the text and image columns whose reference embeddings the baseline stores
   * (method, score, threshold, p-value, 2-D projection); each counts as one column in `dataset`.
   */
  readonly embeddings?: readonly EmbeddingSection[];
  /**
   * Multivariate drift (data reconstruction error, domain classifier) over the feature columns,
   * whole and per window, against the bands of the reference chunks; or why it was not measured.
   * Absent when turned off (`--no-multivariate`).
   */
  readonly multivariate?: MultivariateDrift | MultivariateUnavailable;
  /** Data-quality tests against the baseline (missing values, ranges, categories, rows, columns, types). Absent when turned off (`--no-quality`). */
  readonly quality?: DataQuality;
}
