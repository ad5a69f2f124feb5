import { DataError } from "../errors";
import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { sortedCopy } from "./sortedCopy";
import { chiSquareSf } from "./special/chiSquareSf";
import type { StatTest } from "./statTest";
import { symmetricPseudoInverse } from "./symmetricPseudoInverse";

/** What `eppsSingleton2Samp` returns, as `scipy.stats.epps_singleton_2samp`. */
export interface EppsSingletonResult {
  /** The statistic W (after the small-sample correction when both samples are under 25). */
  readonly statistic: number;
  /** Upper tail of χ² with `degreesOfFreedom` at W. */
  readonly pValue: number;
  /** Rank of the pseudo-inverted covariance: 4 unless the covariance is degenerate. */
  readonly degreesOfFreedom: number;
}

/** SciPy's default points of the empirical characteristic function, scaled by the semi-IQR. */
const T = [0.4, 0.8];
const MIN_SIZE = 5;

/**
 * The Epps–Singleton two-sample test: compares the empirical characteristic functions of x and
 * y at t = 0.4/σ and 0.8/σ (σ = half the interquartile range of x ∪ y) with a Wald statistic
 * `W = N · dᵀ Σ⁺ d`, where Σ⁺ is the pseudo-inverse of the pooled covariance of
 * (cos tx, sin tx), and `W ~ χ²(rank Σ⁺)`. Samples under 25 values get the small-sample factor
 * `1 / (1 + N^−0.45 + 10.1 (nx^−1.7 + ny^−1.7))`.
 *
 * Agrees with `scipy.stats.epps_singleton_2samp(x, y)` of SciPy 1.10 (default t = (0.4, 0.8)),
 * including `numpy.linalg.pinv` / `matrix_rank` on the 4 × 4 covariance (`symmetricPseudoInverse`).
 * Reference: T. W. Epps and K. J. Singleton, "An omnibus test for the two-sample problem using the
 * empirical characteristic function", J. Stat. Comput. Simul. 26 (1986) 177–203.
 * Cost: O(N) after sorting (4 cos/sin per value).
 *
 * @param x first sample, at least 5 values
 * @param y second sample, at least 5 values
 * @param sorted whether x and y are already ascending
 * @throws {DataError} when a sample has fewer than 5 values, when the interquartile range of
 *   x ∪ y is 0 (Evidently's check: SciPy would divide by zero), or when both samples are
 *   constant (the covariance is 0 and W is undefined; SciPy returns rounding noise there)
 * @example eppsSingleton2Samp(Float64Array.of(1, 2, 3, 4, 5, 6), Float64Array.of(3, 5, 7, 9, 11, 13))
 * // { statistic: 4.09379439964…, pValue: 0.39346095594…, degreesOfFreedom: 4 }
 */
export function eppsSingleton2Samp(x: Float64Array, y: Float64Array, sorted = false): EppsSingletonResult {
  const nx = x.length;
  const ny = y.length;
  if (nx < MIN_SIZE || ny < MIN_SIZE) throw new DataError(`the Epps-Singleton test needs at least ${MIN_SIZE} values in each sample (got ${nx} and ${ny}).`);
  const xs = sorted ? x : sortedCopy(x);
  const ys = sorted ? y : sortedCopy(y);
  const iqr = interquartileRange(xs, ys);
  if (iqr === 0) {
    throw new DataError("the Epps-Singleton test needs spread: the interquartile range of reference and current together is 0 (the middle half of the values is one value). Use a test such as 'jensenshannon' or 'psi' for this column.");
  }
  if (xs[0] === xs[nx - 1] && ys[0] === ys[ny - 1]) {
    throw new DataError("the Epps-Singleton test needs variation inside the samples: reference and current are each constant. Use a test such as 'jensenshannon' or 'psi' for this column.");
  }
  const n = nx + ny;
  const sigma = iqr / 2;
  const ts = T.map((t) => t / sigma);
  const gx = characteristicTerms(x, ts);
  const gy = characteristicTerms(y, ts);
  const size = 2 * ts.length;
  const covariance = new Float64Array(size * size);
  const difference = new Float64Array(size);
  for (const [g, count] of [[gx, nx], [gy, ny]] as const) {
    const weight = n / count;
    const mean = columnMeans(g, count, size);
    for (let p = 0; p < size; p++) {
      for (let q = 0; q < size; q++) {
        let sum = 0;
        for (let i = 0; i < count; i++) sum += (g[i * size + p] - mean[p]) * (g[i * size + q] - mean[q]);
        covariance[p * size + q] += weight * (sum / count);
      }
    }
    for (let p = 0; p < size; p++) difference[p] += g === gx ? mean[p] : -mean[p];
  }
  const { inverse, rank } = symmetricPseudoInverse(covariance, size);
  if (rank === 0) throw new DataError("the Epps-Singleton test found no variation to compare: the covariance of the characteristic function is 0. Use a test such as 'jensenshannon' or 'psi' for this column.");
  let quadratic = 0;
  for (let p = 0; p < size; p++) {
    let row = 0;
    for (let q = 0; q < size; q++) row += inverse[p * size + q] * difference[q];
    quadratic += difference[p] * row;
  }
  let statistic = n * quadratic;
  if (Math.max(nx, ny) < 25) statistic *= 1 / (1 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
  return { statistic, pValue: chiSquareSf(statistic, rank), degreesOfFreedom: rank };
}

/** Rows (cos t₁x, cos t₂x, sin t₁x, sin t₂x), row-major, as SciPy's `gx`. */
function characteristicTerms(values: Float64Array, ts: readonly number[]): Float64Array {
  const size = 2 * ts.length;
  const g = new Float64Array(values.length * size);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < ts.length; j++) {
      g[i * size + j] = Math.cos(ts[j] * values[i]);
      g[i * size + ts.length + j] = Math.sin(ts[j] * values[i]);
    }
  }
  return g;
}

function columnMeans(g: Float64Array, count: number, size: number): Float64Array {
  const mean = new Float64Array(size);
  for (let i = 0; i < count; i++) for (let p = 0; p < size; p++) mean[p] += g[i * size + p];
  for (let p = 0; p < size; p++) mean[p] /= count;
  return mean;
}

/** `scipy.stats.iqr` of x ∪ y: numpy's linear percentiles 75 and 25 of the merged values. */
function interquartileRange(x: Float64Array, y: Float64Array): number {
  const all = new Float64Array(x.length + y.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < all.length; k++) all[k] = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i++] : y[j++];
  return percentile(all, 0.75) - percentile(all, 0.25);
}

/** `numpy.percentile(sorted, 100 q)` with the default linear method (numpy's `_lerp`). */
function percentile(sorted: Float64Array, q: number): number {
  const index = (sorted.length - 1) * q;
  const below = Math.floor(index);
  const gamma = index - below;
  const a = sorted[below];
  const b = sorted[Math.min(below + 1, sorted.length - 1)];
  const difference = b - a;
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}

/**
 * Evidently's `es`: the p-value of `eppsSingleton2Samp(reference, current)`, refusing data whose
 * interquartile range is 0 as Evidently does. A p-value test: drift when p < threshold (default
 * 0.05). Numerical columns only.
 *
 * @throws {DataError} for fewer than 5 values on a side, a zero interquartile range, or two
 *   constant samples
 */
export const eppsSingletonStatTest: StatTest = {
  name: "es",
  needsRawValues: true,
  title: "Epps-Singleton",
  columnTypes: ["numerical"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  minSamples: MIN_SIZE,
  run(reference, current) {
    assertNonEmpty("es", reference, current);
    const result = eppsSingleton2Samp(ascendingValues(reference, "es"), ascendingValues(current, "es"), true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
