import type { ColumnType, Table } from "../data/table";
import type { PerformanceSnapshot, PerformanceUnavailable } from "../performance/performanceSnapshot";
import type { EmbeddingReference } from "./embeddingReference";
import type { FrequencySketchJson } from "../stats/sketch/frequencySketch";
import type { KllSketchJson } from "../stats/sketch/kllSketch";

/** The `schema` field of every `baseline.json`. */
export const BASELINE_SCHEMA = "driftlens.baseline";

/** Version of the `baseline.json` shape; bumped on any incompatible change. Readers refuse newer ones. */
export const BASELINE_SCHEMA_VERSION = 1;

export { DEFAULT_SAMPLE_CAP } from "../data/sampleCap";

/** The file names inside a baseline folder. */
export const BASELINE_FILE = "baseline.json";
export const SAMPLE_FILE = "reference.parquet";

/** The quantiles every numerical profile records. */
export const PROFILE_QUANTILES: readonly number[] = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];
/** Equal-width histogram bins of a numerical profile. */
export const HISTOGRAM_BINS = 20;
/** Most frequent values listed in a categorical or text profile. */
export const TOP_VALUES = 20;

/** What a column is for. Features are tested; target and prediction are tested and shown apart. */
/** "identifier": Evidently's column mapping `id` — an identifier-like column (`identifierReason`), profiled, not tested unless a check includes it. */
export type ColumnRole = "feature" | "target" | "prediction" | "predictionProba" | "timestamp" | "text" | "image" | "identifier";

export interface NumericalProfile {
  /** Finite values. */
  readonly count: number;
  /** NaN / empty cells. */
  readonly missing: number;
  /** ±Infinity cells. */
  readonly nonFinite: number;
  /** `null` when there is no finite value. */
  readonly mean: number | null;
  /** Sample standard deviation (n − 1), as pandas' `describe`; `null` below two values. */
  readonly std: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** At `PROFILE_QUANTILES`; exact (numpy's linear interpolation) unless `approximate`. */
  readonly quantiles: readonly { readonly p: number; readonly value: number }[];
  /** `HISTOGRAM_BINS` equal-width bins from min to max (last bin closed), exact counts. */
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
  /** Present when the quantiles come from the KLL sketch: their rank error bound (share of count, 99%). */
  readonly approximate?: { readonly rankError: number };
}

export interface CategoricalProfile {
  readonly count: number;
  readonly missing: number;
  /** Distinct values present. */
  readonly distinct: number;
  /** The `TOP_VALUES` most frequent values with exact counts, most frequent first. */
  readonly top: readonly { readonly value: string; readonly count: number }[];
  /** Values not in `top`. */
  readonly otherCount: number;
  /**
   * Every label seen, sorted (up to `MAX_CATEGORY_LIST`; absent beyond, and in baselines built
   * before it was kept): the list the out-of-list data-quality test checks against.
   */
  readonly categories?: readonly string[];
}

/** Labels a categorical profile lists in `categories` at most. */
export const MAX_CATEGORY_LIST = 10_000;

export interface TextProfile {
  readonly count: number;
  readonly missing: number;
  /** Most frequent values by a Misra–Gries sketch (lower bounds of the counts). */
  readonly top: readonly { readonly value: string; readonly count: number }[];
  /** Present when the counts may fall short: by at most `countError`. */
  readonly approximate?: { readonly countError: number };
}

export interface DatetimeProfile {
  readonly count: number;
  readonly missing: number;
  /** ISO 8601, `null` when there is no value. */
  readonly min: string | null;
  readonly max: string | null;
}

interface ColumnBase {
  readonly name: string;
  readonly role: ColumnRole;
  /** The type the column had in the source, when the baseline converted it (categorical override, parsed timestamps). */
  readonly convertedFrom?: ColumnType;
  /** Why the column has the identifier role (`identifierReason`), for that role only. */
  readonly identifier?: string;
}

/** One column of a baseline: type, role, profile, and — beyond the sample cap — its sketch. */
export type BaselineColumn =
  | (ColumnBase & { readonly type: "numerical"; readonly profile: NumericalProfile; readonly sketch?: KllSketchJson })
  | (ColumnBase & { readonly type: "categorical"; readonly profile: CategoricalProfile; readonly sketch?: FrequencySketchJson })
  | (ColumnBase & { readonly type: "text"; readonly profile: TextProfile })
  | (ColumnBase & { readonly type: "datetime"; readonly profile: DatetimeProfile });

/** Column roles as given to `buildBaseline` (every field optional). */
export interface BaselineRoles {
  /** The label column (ground truth). */
  readonly target?: string;
  /** The model's output column (a label or a score). */
  readonly prediction?: string;
  /** Predicted probability columns (one per class, or one for the positive class). */
  readonly predictionProba?: readonly string[];
  /** The event time: windows and the analysis window use it; not tested. */
  readonly timestamp?: string;
  /** Free-text columns: checked by text drift, not by a column test. */
  readonly text?: readonly string[];
  /** Columns of image paths: checked by embedding drift, not by a column test. */
  readonly image?: readonly string[];
  /** Columns to treat as categorical whatever their values look like (e.g. numeric codes). */
  readonly categorical?: readonly string[];
}

/** The reference sample stored beside `baseline.json`. */
export interface SampleInfo {
  readonly file: string;
  readonly rows: number;
  /** True when the sample holds every reference row (rows ≤ cap): checks are then exact. */
  readonly complete: boolean;
  readonly cap: number;
  /**
   * "all" rows, a seeded "uniform" sample without replacement (row order kept, sketches beside it),
   * or a "seeded" sample drawn by a database (rows ordered by a hash of the seed and the row): a
   * baseline built from a table, which checks test against as it is.
   */
  readonly selection: "all" | "uniform" | "seeded";
  readonly seed: number;
}

/** The content of `baseline.json`. */
export interface BaselineInfo {
  readonly schema: typeof BASELINE_SCHEMA;
  readonly schemaVersion: number;
  readonly name: string;
  readonly version: string;
  /** ISO 8601 time of building. */
  readonly created: string;
  /** Where the reference rows came from (a path, or "memory"). */
  readonly source: string;
  readonly rows: number;
  readonly roles: BaselineRoles;
  readonly columns: readonly BaselineColumn[];
  readonly sample: SampleInfo;
  /**
   * The model's performance on the reference, when a target and a prediction were given: metrics
   * and (binary model with a probability) the calibration CBPE uses; or why it could not be measured.
   */
  readonly performance?: PerformanceSnapshot | PerformanceUnavailable;
  /** Reference embeddings of the text and image columns (`embedReferenceColumns`), checked by `checkDrift`. */
  readonly embeddings?: readonly EmbeddingReference[];
}

/**
 * A baseline: its description and profiles (`info`, the content of `baseline.json`) and the exact
 * reference sample as a table. `sample` is `null` for a baseline loaded from disk beyond the cap
 * without asking for the sample (its checks use the sketches, not the sample).
 */
export interface Baseline {
  readonly info: BaselineInfo;
  readonly sample: Table | null;
  /** The folder it was loaded from or saved to. */
  readonly path?: string;
}
