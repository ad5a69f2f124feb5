import { UsageError } from "../errors";
import { hypergeometricMasses } from "./hypergeometricMasses";

export interface FisherExactResult {
  /** The sample odds ratio (a·d)/(b·c); Infinity when b·c = 0 < a·d, NaN when a row or column is empty. */
  readonly oddsRatio: number;
  /** Two-sided p-value. */
  readonly pValue: number;
}

const EPSILON = 1e-14;
const GAMMA = 1 + EPSILON;

/**
 * Fisher's exact test on a 2×2 contingency table `[[a, b], [c, d]]`, two-sided: the probability,
 * with the margins fixed, of a table at most as likely as the one observed.
 *
 * Reference: R. A. Fisher, J. R. Statist. Soc. 85 (1922); Agresti, Categorical Data Analysis §3.5.
 * Follows scipy's procedure step by step: masses within a relative 1e-14 of the observed one
 * count as equally likely, and the far tail is found by binary search from the mode.
 *
 * Agrees with `scipy.stats.fisher_exact(table)` (alternative "two-sided"), p-value and odds
 * ratio. A table with an empty row or column gives p = 1, as in scipy.
 *
 * Cost: O(min(a+b, a+c)) for the hypergeometric masses.
 *
 * @param table counts `[[a, b], [c, d]]`, non-negative integers
 * @throws {UsageError} when a count is negative or not an integer
 * @example
 * fisherExact([[8, 2], [1, 5]]); // => { oddsRatio: 20, pValue: 0.03496503496503497 }
 */
export function fisherExact(table: readonly [readonly [number, number], readonly [number, number]]): FisherExactResult {
  const [[a, b], [c, d]] = table;
  for (const count of [a, b, c, d]) {
    if (!Number.isInteger(count) || count < 0) throw new UsageError(`Fisher's exact test needs non-negative integer counts (got ${count}).`);
  }
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { oddsRatio: Number.NaN, pValue: 1 };
  const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Number.POSITIVE_INFINITY;
  const n1 = a + b;
  const n2 = c + d;
  const n = a + c;
  const { low, masses } = hypergeometricMasses(n1 + n2, n1, n);
  const pmf = (x: number): number => (x < low || x >= low + masses.length ? 0 : masses[x - low]);
  const cdf = (x: number): number => {
    let sum = 0;
    for (let k = low; k <= Math.min(x, low + masses.length - 1); k++) sum += masses[k - low];
    return sum;
  };
  const sf = (x: number): number => {
    let sum = 0;
    for (let k = low + masses.length - 1; k > x && k >= low; k--) sum += masses[k - low];
    return sum;
  };
  const mode = Math.trunc(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
  const pExact = pmf(a);
  const pMode = pmf(mode);
  if (Math.abs(pExact - pMode) / Math.max(pExact, pMode) <= EPSILON) return { oddsRatio, pValue: 1 };
  let pValue: number;
  if (a < mode) {
    const pLower = cdf(a);
    if (pmf(n) > pExact * GAMMA) return { oddsRatio, pValue: pLower };
    const guess = binarySearch((x) => -pmf(x), -pExact * GAMMA, mode, n);
    pValue = pLower + sf(guess);
  } else {
    const pUpper = sf(a - 1);
    if (pmf(0) > pExact * GAMMA) return { oddsRatio, pValue: pUpper };
    const guess = binarySearch(pmf, pExact * GAMMA, 0, mode);
    pValue = pUpper + cdf(guess);
  }
  return { oddsRatio, pValue: Math.min(pValue, 1) };
}

/** The i in [lo, hi] with f(i) ≤ target < f(i + 1), f ascending on the range (scipy `_binary_search_for_binom_tst`). */
function binarySearch(f: (x: number) => number, target: number, lo0: number, hi0: number): number {
  let lo = lo0;
  let hi = hi0;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const value = f(mid);
    if (value < target) lo = mid + 1;
    else if (value > target) hi = mid - 1;
    else return mid;
  }
  return f(lo) <= target ? lo : lo - 1;
}
