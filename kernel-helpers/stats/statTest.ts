/**
 * The shape every statistical test and distance shares, and the samples it receives.
 *
 * Samples never contain missing values: the drift layer drops them (and counts them) first.
 * A categorical sample carries codes into `categories`, and the reference and current samples
 * of one comparison share the same `categories` array, so code `k` means the same value in both.
 */
export type StatColumnType = "numerical" | "categorical";

export interface NumericalSample {
  readonly type: "numerical";
  /** Finite values. Tests must not modify this array. */
  readonly values: Float64Array;
  /** True when `values` is already in ascending order (the drift layer sorts once, see `sortedCopy`). */
  readonly sorted?: boolean;
  /**
   * Present for a sample given as counts (a summary counted by a database, see `summary/`):
   * `values` then holds distinct values in ascending order and `counts[i]` how many rows hold
   * `values[i]`. Every test but the raw-value ones (`needsRawValues`) reads it.
   */
  readonly counts?: Float64Array;
  /**
   * Counts of the full column on the Sturges edges over both samples, counted where the data lives,
   * for a counted sample whose `values` are grid cells rather than distinct values (see `summary/`).
   * The binned tests (psi, kl_div, jensenshannon, hellinger) use them instead of binning `values`.
   */
  readonly sturges?: { readonly edges: Float64Array; readonly counts: Float64Array };
  /**
   * The full column's mean and mean squared deviation (ddof 0), for a counted sample on grid cells:
   * `t_test` uses them instead of the cells (see `summary/`).
   */
  readonly moments?: { readonly mean: number; readonly squares: number };
}

export interface CategoricalSample {
  readonly type: "categorical";
  /** Codes into `categories`, each in `[0, categories.length)`. */
  readonly codes: Int32Array;
  /** Category labels shared by both samples of a comparison (union of reference and current). */
  readonly categories: readonly string[];
  /** Present for a sample given as counts: `codes` are distinct and `counts[i]` rows hold `codes[i]`. */
  readonly counts?: Float64Array;
}

export type Sample = NumericalSample | CategoricalSample;

/** What a test computes: `score` is compared with the threshold (a p-value or a distance). */
export interface StatTestOutcome {
  readonly score: number;
  /** The p-value, for tests that have one (equal to `score` for p-value tests). */
  readonly pValue?: number;
  /** The test statistic behind the p-value (e.g. KS D, chi-square), where there is one. */
  readonly statistic?: number;
}

export interface StatTestContext {
  /** Seed for anything random (permutations); the same seed gives the same result. */
  readonly seed: number;
  /**
   * The first Wasserstein distance between the two samples, when the caller has it from a merge
   * of its own (the drift layer's, see `cdfMerge`): the Wasserstein test then does not merge them again.
   */
  readonly firstWasserstein?: number;
}

/** Values each side of a column needs before any test gives it a verdict (see `StatTest.minSamples`). */
export const DEFAULT_MIN_SAMPLES = 2;

/**
 * A registered statistical test, named as in Evidently so that its users recognise it.
 * `kind` tells the direction: for "pvalue" a small score means drift, for "distance" a large one.
 */
export interface StatTest {
  readonly name: string;
  readonly title: string;
  readonly columnTypes: readonly StatColumnType[];
  readonly defaultThreshold: number;
  readonly kind: "pvalue" | "distance";
  /**
   * Values each side needs for a verdict (scipy's own minimum where it has one); with fewer the
   * column is "not tested: insufficient data". Default `DEFAULT_MIN_SAMPLES` (2: one value is no
   * distribution).
   */
  readonly minSamples?: number;
  /**
   * True for tests that need every raw value (`es`, `empirical_mmd`): from summaries they run on
   * a seeded sample drawn where the data lives, and the result is marked sampled.
   */
  readonly needsRawValues?: boolean;
  run(reference: Sample, current: Sample, context: StatTestContext): StatTestOutcome;
  /** The verdict for a score, with Evidently's comparison (`<` or `<=`, `>=` ...). */
  drifted(score: number, threshold: number): boolean;
}
