import { DataError } from "../errors";
import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import type { CountedValues } from "./countedValues";
import { countedValues, eitherCounted } from "./countedValues";
import { sortedCopy } from "./sortedCopy";
import type { StatTest } from "./statTest";

/** What `andersonKSample` returns, as `scipy.stats.anderson_ksamp`. */
export interface AndersonKSampleResult {
  /** The normalized k-sample statistic `(A²akN − (k − 1)) / σ`. */
  readonly statistic: number;
  /** Critical values for significance levels 25%, 10%, 5%, 2.5%, 1%, 0.5%, 0.1%. */
  readonly criticalValues: Float64Array;
  /** Approximate p-value, interpolated and clipped to [0.001, 0.25]. */
  readonly pValue: number;
}

const SIGNIFICANCE = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
// Interpolation coefficients of Table 2 in Scholz & Stephens (1987), as in SciPy.
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];

/**
 * The Anderson–Darling k-sample test (midrank version `A²akN`, for data with ties) of the
 * hypothesis that all samples come from one distribution. The p-value interpolates
 * log(significance) quadratically in the tabulated critical values and is capped at 0.25 and
 * floored at 0.001 (SciPy warns there; here the cap is simply the answer).
 *
 * Agrees with `scipy.stats.anderson_ksamp(samples)` of SciPy 1.10 (midrank=True), statistic and
 * `significance_level`.
 * Reference: F. W. Scholz and M. A. Stephens, "K-Sample Anderson-Darling Tests", JASA 82 (1987)
 * 918–924, eq. 7 and Table 2.
 * Cost: O(N log N) for N values in all (one sort per unsorted sample; pass `sorted` samples).
 *
 * @param samples at least two samples, each ascending when `sorted` is true
 * @param sorted whether every sample is already ascending (skips the copies)
 * @throws {DataError} when there are fewer than two samples, an empty sample, fewer than three
 *   values in all, or fewer than two distinct values
 * @example andersonKSample([Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(6, 7, 8, 9, 10)]).pValue // 0.004355977966506477
 */
export function andersonKSample(samples: readonly Float64Array[], sorted = false): AndersonKSampleResult {
  const k = samples.length;
  if (k < 2) throw new DataError("the Anderson-Darling k-sample test needs at least two samples.");
  const ascending = samples.map((sample) => (sorted ? sample : sortedCopy(sample)));
  const sizes = ascending.map((sample) => sample.length);
  if (sizes.some((size) => size === 0)) throw new DataError(`the Anderson-Darling test got an empty sample (sizes ${sizes.join(", ")}); every sample needs values.`);
  const pooled = merged(ascending);
  const N = pooled.length;
  if (N < 3) throw new DataError(`the Anderson-Darling test needs at least 3 values in all (got ${N}).`);

  return andersonSignificance(midrankStatistic(ascending, pooled), sizes);
}

/**
 * The Anderson-Darling k-sample test on samples given as counts (see `countedValues`): the same
 * midrank statistic as `andersonKSample`, each run of equal values weighted by its count, so the
 * same statistic and p-value as on the expanded values.
 *
 * Cost: O(k · d) for d distinct values over all samples, plus O(N) for the variance's harmonic sums.
 *
 * @throws {DataError} as `andersonKSample`
 * @example
 * andersonKSampleCounted([
 *   { values: Float64Array.of(1, 2), counts: Float64Array.of(2, 1), total: 3 },
 *   { values: Float64Array.of(2, 3), counts: Float64Array.of(1, 2), total: 3 },
 * ]); // => the same as andersonKSample([Float64Array.of(1, 1, 2), Float64Array.of(2, 3, 3)])
 */
export function andersonKSampleCounted(samples: readonly CountedValues[]): AndersonKSampleResult {
  if (samples.length < 2) throw new DataError("the Anderson-Darling k-sample test needs at least two samples.");
  const sizes = samples.map((sample) => sample.total);
  if (sizes.some((size) => size === 0)) throw new DataError(`the Anderson-Darling test got an empty sample (sizes ${sizes.join(", ")}); every sample needs values.`);
  const N = sizes.reduce((sum, size) => sum + size, 0);
  if (N < 3) throw new DataError(`the Anderson-Darling test needs at least 3 values in all (got ${N}).`);
  const k = samples.length;
  const positions = new Int32Array(k);
  const below = new Float64Array(k);
  const sums = new Float64Array(k);
  const here = new Float64Array(k);
  let distinct = 0;
  let left = 0;
  for (;;) {
    let value = Infinity;
    for (let i = 0; i < k; i++) if (positions[i] < samples[i].values.length) value = Math.min(value, samples[i].values[positions[i]]);
    if (value === Infinity) break;
    here.fill(0);
    let l = 0;
    for (let i = 0; i < k; i++) {
      const sample = samples[i];
      if (positions[i] < sample.values.length && sample.values[positions[i]] === value) here[i] = sample.counts[positions[i]++];
      l += here[i];
    }
    const B = left + l / 2;
    const denominator = B * (N - B) - (N * l) / 4;
    for (let i = 0; i < k; i++) {
      const p = below[i] + here[i];
      const M = p - here[i] / 2;
      const term = N * M - B * sizes[i];
      sums[i] += ((l / N) * (term * term)) / denominator;
      below[i] = p;
    }
    distinct++;
    left += l;
  }
  if (distinct < 2) throw new DataError("the Anderson-Darling test needs at least two distinct values; both samples hold one constant value, which is no evidence of drift.");
  let total = 0;
  for (let i = 0; i < k; i++) total += sums[i] / sizes[i];
  return andersonSignificance((total * (N - 1)) / N, sizes);
}

/** The standardised statistic and Scholz & Stephens' interpolated p-value, from the midrank A²akN. */
function andersonSignificance(A2akN: number, sizes: readonly number[]): AndersonKSampleResult {
  const k = sizes.length;
  const N = sizes.reduce((sum, size) => sum + size, 0);
  let H = 0;
  for (const size of sizes) H += 1 / size;
  // hs_cs = cumsum(1 / [N−1, N−2, …, 2]); h = hs_cs[-1] + 1; g = Σ hs_cs[i] / (i + 2).
  let cumulative = 0;
  let g = 0;
  for (let j = N - 1, i = 0; j >= 2; j--, i++) {
    cumulative += 1 / j;
    g += cumulative / (i + 2);
  }
  const h = cumulative + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  const sigmaSquared = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const m = k - 1;
  const statistic = (A2akN - m) / Math.sqrt(sigmaSquared);

  const criticalValues = Float64Array.from(B0, (b0, i) => b0 + B1[i] / Math.sqrt(m) + B2[i] / m);
  let lowest = Infinity;
  let highest = -Infinity;
  for (const value of criticalValues) {
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  let pValue: number;
  if (statistic < lowest) pValue = 0.25;
  else if (statistic > highest) pValue = 0.001;
  else {
    const [c2, c1, c0] = quadraticFit(criticalValues, SIGNIFICANCE.map(Math.log));
    pValue = Math.exp((c2 * statistic + c1) * statistic + c0);
  }
  return { statistic, criticalValues, pValue };
}

/** `_anderson_ksamp_midrank`: Scholz & Stephens' A²akN over the distinct pooled values. */
function midrankStatistic(samples: readonly Float64Array[], pooled: Float64Array): number {
  const N = pooled.length;
  const k = samples.length;
  const positions = new Int32Array(k);
  const sums = new Float64Array(k);
  let distinct = 0;
  let left = 0;
  while (left < N) {
    const value = pooled[left];
    let right = left + 1;
    while (right < N && pooled[right] === value) right++;
    const l = right - left;
    const B = left + l / 2;
    const denominator = B * (N - B) - (N * l) / 4;
    for (let i = 0; i < k; i++) {
      const sample = samples[i];
      let p = positions[i];
      const below = p;
      while (p < sample.length && sample[p] === value) p++;
      positions[i] = p;
      const M = p - (p - below) / 2;
      const term = N * M - B * sample.length;
      sums[i] += ((l / N) * (term * term)) / denominator;
    }
    distinct++;
    left = right;
  }
  if (distinct < 2) throw new DataError("the Anderson-Darling test needs at least two distinct values; both samples hold one constant value, which is no evidence of drift.");
  let total = 0;
  for (let i = 0; i < k; i++) total += sums[i] / samples[i].length;
  return (total * (N - 1)) / N;
}

/** All values of ascending arrays, merged into one ascending array. */
function merged(samples: readonly Float64Array[]): Float64Array {
  let size = 0;
  for (const sample of samples) size += sample.length;
  const all = new Float64Array(size);
  let at = 0;
  for (const sample of samples) {
    all.set(sample, at);
    at += sample.length;
  }
  return sortedCopy(all);
}

/**
 * Least-squares quadratic `c2·x² + c1·x + c0` through (x, y), as `numpy.polyfit(x, y, 2)`:
 * columns scaled to unit norm, then Householder QR.
 */
function quadraticFit(x: Float64Array, y: readonly number[]): [number, number, number] {
  const rows = x.length;
  const columns = 3;
  const A = Array.from({ length: rows }, (_, r) => [x[r] * x[r], x[r], 1]);
  const b = y.slice();
  const scale = [0, 0, 0];
  for (let j = 0; j < columns; j++) {
    let s = 0;
    for (let r = 0; r < rows; r++) s += A[r][j] * A[r][j];
    scale[j] = Math.sqrt(s);
    for (let r = 0; r < rows; r++) A[r][j] /= scale[j];
  }
  for (let j = 0; j < columns; j++) {
    let norm = 0;
    for (let r = j; r < rows; r++) norm += A[r][j] * A[r][j];
    norm = Math.sqrt(norm);
    const alpha = A[j][j] > 0 ? -norm : norm;
    const v = new Float64Array(rows);
    v[j] = A[j][j] - alpha;
    for (let r = j + 1; r < rows; r++) v[r] = A[r][j];
    let vv = 0;
    for (let r = j; r < rows; r++) vv += v[r] * v[r];
    if (vv === 0) continue;
    for (let col = j; col < columns; col++) {
      let dot = 0;
      for (let r = j; r < rows; r++) dot += v[r] * A[r][col];
      const f = (2 * dot) / vv;
      for (let r = j; r < rows; r++) A[r][col] -= f * v[r];
    }
    let dot = 0;
    for (let r = j; r < rows; r++) dot += v[r] * b[r];
    const f = (2 * dot) / vv;
    for (let r = j; r < rows; r++) b[r] -= f * v[r];
  }
  const coefficients = [0, 0, 0];
  for (let j = columns - 1; j >= 0; j--) {
    let s = b[j];
    for (let col = j + 1; col < columns; col++) s -= A[j][col] * coefficients[col];
    coefficients[j] = s / A[j][j];
  }
  return [coefficients[0] / scale[0], coefficients[1] / scale[1], coefficients[2] / scale[2]];
}

/**
 * Evidently's `anderson`: the p-value (`significance_level`) of `anderson_ksamp([reference,
 * current])`. A p-value test: drift when p < threshold (default 0.1). Numerical columns only.
 * The p-value never leaves [0.001, 0.25], so thresholds outside that range decide nothing new.
 *
 * @throws {DataError} for fewer than three values in all or a column with one value on both sides
 *   (SciPy raises there too); choose a distance such as `wasserstein` for such columns.
 */
export const andersonStatTest: StatTest = {
  name: "anderson",
  title: "Anderson-Darling",
  columnTypes: ["numerical"],
  defaultThreshold: 0.1,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("anderson", reference, current);
    const result = eitherCounted(reference, current)
      ? andersonKSampleCounted([countedValues(reference, "anderson"), countedValues(current, "anderson")])
      : andersonKSample([ascendingValues(reference, "anderson"), ascendingValues(current, "anderson")], true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
