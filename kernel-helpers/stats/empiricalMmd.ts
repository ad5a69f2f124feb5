import { DataError } from "../errors";
import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { mmdPermutationCount } from "./mmdPermutationCount";
import { sortedCopy } from "./sortedCopy";
import type { StatTest } from "./statTest";
import { formatCount } from "../formatCount";

/** What `empiricalMmd` returns. */
export interface EmpiricalMmdResult {
  /** The unbiased squared MMD estimate (can be slightly negative when x and y agree). */
  readonly statistic: number;
  /** Share of the 100 permutations whose MMD is at least the observed one. */
  readonly pValue: number;
  /** The Gaussian kernel bandwidth (median heuristic on the reference). */
  readonly sigma: number;
}

/** Permutations in Evidently's `mmd_pval`. */
const PERMUTATIONS = 100;

/**
 * Largest reference + current size `empiricalMmd` accepts: the permutation test keeps the
 * (n+m)² kernel (half of it, single precision: 50 MB at this size) and walks it 100 times.
 */
export const EMPIRICAL_MMD_MAX_VALUES = 5000;

/**
 * Evidently's empirical maximum mean discrepancy with a Gaussian kernel
 * `exp(−(a − b)² / (2σ²))`: σ = √(½ · median) of the squared reference–reference distances
 * (numpy `percentile(q=50, method="nearest")` over all n² pairs, diagonal included; √½ when that
 * median is 0), and the unbiased estimate
 * `MMD² = Σ_{i≠j} k(xᵢ,xⱼ)/(n(n−1)) + Σ_{i≠j} k(yᵢ,yⱼ)/(m(m−1)) − 2 Σ k(xᵢ,yⱼ)/(nm)`.
 * The p-value is the share of 100 random relabelings of the pooled values (same sizes) whose
 * MMD² is ≥ the observed one.
 *
 * Agrees with Evidently's `mmd_pval` (`mmd_stattest.py`) for the statistic and σ. The exponent
 * is computed as `((a − b) / (√2 σ))²`, where Evidently expands `(a² − 2ab + b²) / (2σ²)`; the two
 * agree to rounding unless the values' spread is tiny next to their magnitude (there Evidently's
 * form loses every digit) or the values are beyond ~1e150 (there Evidently's squares overflow
 * and it returns NaN; this form does not). The permutations come from `createRandom(seed)`, so the p-value is
 * reproducible but not Evidently's (numpy's unseeded global generator): it is an estimate with
 * standard error ≤ 0.05 of the exact permutation p-value, as Evidently's is.
 * Reference: Gretton et al., "A Kernel Two-Sample Test", JMLR 13 (2012) 723–773.
 * Cost: O((n+m)²) kernel evaluations, plus 100 · min(n,m)² / 2 additions; O((n+m)²) memory.
 *
 * @param x reference values, at least 2
 * @param y current values, at least 2
 * @param seed seed of the permutations
 * @param sorted whether x is already ascending
 * @throws {DataError} when a sample has fewer than 2 values or n + m > EMPIRICAL_MMD_MAX_VALUES
 * @example empiricalMmd(Float64Array.of(0, 1, 2, 3), Float64Array.of(10, 11, 12), 1).statistic // 0.4414236755931867 (σ = √½)
 */
export function empiricalMmd(x: Float64Array, y: Float64Array, seed: number, sorted = false): EmpiricalMmdResult {
  const n = x.length;
  const m = y.length;
  const N = n + m;
  if (n < 2 || m < 2) throw new DataError(`'empirical_mmd' needs at least 2 values in each sample (got ${n} and ${m}).`);
  if (N > EMPIRICAL_MMD_MAX_VALUES) {
    throw new DataError(
      `'empirical_mmd' compares at most ${formatCount(EMPIRICAL_MMD_MAX_VALUES)} values (reference + current) since it keeps their pairwise kernel; ` +
        `this column has ${formatCount(N)}. Sample the rows down first, or use 'wasserstein' or 'ed', which scale to millions.`,
    );
  }
  // k(a, b) = exp(−(a − b)² / (2σ²)) = exp(−((a − b) / scale)²) with scale = √2 σ, the median
  // pair distance: the same kernel without squaring values, so huge magnitudes do not overflow.
  const scale = medianPairDistance(sorted ? x : sortedCopy(x));
  const sigma = scale * Math.SQRT1_2;

  // Pool z = [x; y]; keep the strict upper triangle of the kernel (single precision) for the
  // permutations and the exact double-precision sums for the statistic.
  const z = new Float64Array(N);
  z.set(x);
  z.set(y, n);
  const kernel = new Float32Array((N * (N - 1)) / 2);
  const rowSums = new Float64Array(N);
  let xx = 0;
  let yy = 0;
  let xy = 0;
  let at = 0;
  for (let i = 0; i < N; i++) {
    const zi = z[i];
    let inX = 0;
    let inY = 0;
    for (let j = i + 1; j < N; j++) {
      const d = (zi - z[j]) / scale;
      const w = Math.exp(-(d * d));
      if (j < n) inX += w;
      else inY += w;
      const stored = Math.fround(w);
      kernel[at++] = stored;
      rowSums[i] += stored;
      rowSums[j] += stored;
    }
    if (i < n) {
      xx += inX;
      xy += inY;
    } else yy += inY;
  }
  const statistic = (2 * xx) / (n * (n - 1)) + (2 * yy) / (m * (m - 1)) - (2 * xy) / (n * m);

  // Relabel: exact comparisons (no tolerance), as Evidently counts them.
  const atLeastObserved = mmdPermutationCount(kernel, rowSums, n, m, { permutations: PERMUTATIONS, seed, relativeTolerance: 0 });
  return { statistic, pValue: atLeastObserved / PERMUTATIONS, sigma };
}

/**
 * √2 σ of Evidently's `sigma_median`, where σ = √(½ · d) and d is the element at position
 * round-half-even((n² − 1)/2) of the sorted n² squared distances of the reference to itself (n
 * zeros on the diagonal, every pair twice); σ = √½ (so 1 here) when d is 0. Found by bisection on
 * the pair distance with a two-pointer count, O(n) per step, without the n² array.
 */
function medianPairDistance(sorted: Float64Array): number {
  const n = sorted.length;
  const position = roundHalfEven((n * n - 1) * 0.5);
  const distance = position >= n ? pairDifferenceAtRank(sorted, Math.floor((position - n) / 2)) : 0;
  return distance === 0 ? 1 : distance;
}

/** The `rank`-th smallest (0-based) of the differences a[j] − a[i], i < j, of ascending `a`. */
function pairDifferenceAtRank(a: Float64Array, rank: number): number {
  const atMost = (limit: number): number => {
    let count = 0;
    let i = 0;
    for (let j = 1; j < a.length; j++) {
      while (a[j] - a[i] > limit) i++;
      count += j - i;
    }
    return count;
  };
  if (atMost(0) > rank) return 0;
  let low = 0;
  let high = a[a.length - 1] - a[0];
  let lowCount = atMost(low);
  let highCount = atMost(high);
  while (highCount - lowCount > a.length) {
    const middle = low + (high - low) / 2;
    if (middle <= low || middle >= high) return high;
    const count = atMost(middle);
    if (count > rank) {
      high = middle;
      highCount = count;
    } else {
      low = middle;
      lowCount = count;
    }
  }
  const candidates: number[] = [];
  let lowStart = 0;
  let highStart = 0;
  for (let j = 1; j < a.length; j++) {
    while (a[j] - a[highStart] > high) highStart++;
    while (lowStart < j && a[j] - a[lowStart] > low) lowStart++;
    for (let i = highStart; i < lowStart; i++) candidates.push(a[j] - a[i]);
  }
  candidates.sort((p, q) => p - q);
  return candidates[rank - lowCount];
}

function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Evidently's `empirical_mmd`: the permutation p-value of `empiricalMmd(reference, current,
 * context.seed)`. A p-value test: drift when p < threshold (default 0.1). Numerical columns
 * only; at most `EMPIRICAL_MMD_MAX_VALUES` values in all (Evidently itself holds (n+m)² doubles
 * several times over and cannot run on large columns either).
 *
 * @throws {DataError} when a sample has fewer than 2 values or the column is too large
 */
export const empiricalMmdStatTest: StatTest = {
  name: "empirical_mmd",
  needsRawValues: true,
  title: "empirical_mmd",
  columnTypes: ["numerical"],
  defaultThreshold: 0.1,
  kind: "pvalue",
  run(reference, current, context) {
    assertNonEmpty("empirical_mmd", reference, current);
    const result = empiricalMmd(ascendingValues(reference, "empirical_mmd"), ascendingValues(current, "empirical_mmd"), context.seed, true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
