import type { WindowSpan } from "../windows/windowSpan";
import type { WindowSpec } from "../windows/windowSpec";
import type { ChunkBand } from "./chunkBand";

/** The two multivariate detectors. */
export type MultivariateDetector = "reconstruction" | "classifier";

export const MULTIVARIATE_DETECTORS: readonly MultivariateDetector[] = ["reconstruction", "classifier"];

/** Settings of the domain classifier. */
export interface ClassifierOptions {
  /** Rows drawn from each side (current chunk, reference) per comparison. Default 500. */
  readonly rows?: number;
  /**
   * Add every pairwise product of the scaled columns (squares included) to the features, so that
   * the linear model can tell a change in how columns move together. Default: on up to 16 columns.
   */
  readonly interactions?: boolean;
}

/**
 * Options of the multivariate detectors. Every field documents its default.
 */
export interface MultivariateOptions {
  /** Numerical and categorical columns to use. Default: all of them (in a check, the baseline's features). */
  readonly columns?: readonly string[];
  /** Which detectors run. Default both. */
  readonly detectors?: readonly MultivariateDetector[];
  /** Share of variance the PCA keeps (NannyML's 0.65). */
  readonly varianceKept?: number;
  /** Equal consecutive chunks the reference is cut into for the band. Default 20. */
  readonly referenceChunks?: number;
  readonly classifier?: ClassifierOptions;
  /** Seed of the classifier's row draws and splits. Default 0. */
  readonly seed?: number;
}

/** Options of the standalone detectors: those above, and windows of the current data. */
export interface MultivariateDriftOptions extends Omit<MultivariateOptions, "detectors"> {
  /** Windows of the current data: `{ rows: N }`, `{ hours: H }`, or "N", "1h", "1d". Default: none. */
  readonly window?: WindowSpec | string;
  /** The current data's timestamp column (time windows). */
  readonly timestampColumn?: string;
  /** Fewest rows a window needs for a verdict. Default 100. */
  readonly minSamples?: number;
}

/** A detector's statistic on one window of the current data, against the band. */
export interface MultivariateWindow extends WindowSpan {
  readonly status: "ok" | "insufficient data";
  readonly value?: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly drifted?: boolean;
}

/** One detector's verdict over the whole current data, and per window. */
export interface MultivariateDetectorResult {
  /** "reconstruction_error" (NannyML's data reconstruction) or "domain_classifier" (ROC AUC). */
  readonly method: "reconstruction_error" | "domain_classifier";
  readonly columns: readonly string[];
  /** Reference rows used (all, or a seeded sample of `MULTIVARIATE_REFERENCE_ROWS`). */
  readonly referenceRows: number;
  readonly currentRows: number;
  /** The statistic over the whole current data. */
  readonly value: number;
  /** The band for that many rows (see `bandLimits`). */
  readonly lower: number;
  readonly upper: number;
  /** True when `value` is outside [lower, upper] (the classifier: above `upper`; an AUC below the band is chance). */
  readonly drifted: boolean;
  /** The reference chunks' statistic: mean ± 3σ. */
  readonly band: ChunkBand;
  /** Reconstruction: PCA axes kept, the share of variance asked for and the share they explain. */
  readonly components?: number;
  readonly varianceKept?: number;
  readonly varianceExplained?: number;
  /** Domain classifier: the model and its features. */
  readonly classifier?: { readonly model: "logistic_regression"; readonly features: number; readonly interactions: boolean; readonly rowsPerSide: number };
  readonly windows?: readonly MultivariateWindow[];
}

/** A detector asked for that did not run on this data, and why (never counted as "no drift"). */
export interface MultivariateDetectorNotRun {
  readonly method: MultivariateDetectorResult["method"];
  readonly reason: string;
}

/** Multivariate drift of a check: each detector's result; drifted when one of them is. */
export interface MultivariateDrift {
  readonly columns: readonly string[];
  readonly detectors: readonly MultivariateDetectorResult[];
  /** Detectors that did not run on this data, with the reason (see `MultivariateDetectorNotRun`). */
  readonly notRun?: readonly MultivariateDetectorNotRun[];
  readonly drifted: boolean;
  /** Window label ("1h", "500 rows") when windows were checked. */
  readonly every?: string;
  readonly minSamples?: number;
}

/** Multivariate drift that could not be measured, and why. */
export interface MultivariateUnavailable {
  readonly unavailable: string;
}
