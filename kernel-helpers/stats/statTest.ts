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
}

export interface CategoricalSample {
  readonly type: "categorical";
  /** Codes into `categories`, each in `[0, categories.length)`. */
  readonly codes: Int32Array;
  /** Category labels shared by both samples of a comparison (union of reference and current). */
  readonly categories: readonly string[];
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
}

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
  run(reference: Sample, current: Sample, context: StatTestContext): StatTestOutcome;
  /** The verdict for a score, with Evidently's comparison (`<` or `<=`, `>=` ...). */
  drifted(score: number, threshold: number): boolean;
}
