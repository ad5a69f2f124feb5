import { checkFrequencies } from "./checkFrequencies";
import { pairwiseSum } from "./pairwiseSum";
import { chiSquareSf } from "./special/chiSquareSf";

export interface ChiSquareResult {
  /** Pearson's X² = Σ (observed - expected)² / expected. */
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * Pearson's chi-square goodness-of-fit test of observed counts against expected counts, with
 * k - 1 degrees of freedom for k cells.
 *
 * Reference: K. Pearson, Philosophical Magazine 50 (1900); NIST/SEMATECH e-Handbook §1.3.5.15.
 *
 * Agrees with `scipy.stats.chisquare(observed, expected)` (ddof = 0). A cell with expected 0 and
 * observed > 0 makes X² = ∞ and p = 0, as in scipy. With a single cell (df = 0) scipy answers NaN;
 * this function answers p = 1: one category cannot show a change of distribution.
 *
 * Cost: O(k).
 *
 * @param observed observed counts
 * @param expected expected counts, same length, with the same total (to 1e-8 relative)
 * @throws {UsageError} when the lengths or the totals differ, or there are no cells (see `checkFrequencies`)
 * @example
 * chiSquare(new Float64Array([16, 18, 16, 14, 12, 12]), new Float64Array([16, 16, 16, 16, 16, 8]));
 * // => { statistic: 3.5, pValue: 0.623387627749582 }
 */
export function chiSquare(observed: Float64Array, expected: Float64Array): ChiSquareResult {
  checkFrequencies(observed, expected);
  const terms = new Float64Array(observed.length);
  for (let i = 0; i < observed.length; i++) {
    const d = observed[i] - expected[i];
    terms[i] = (d * d) / expected[i];
  }
  const statistic = pairwiseSum(terms);
  const df = observed.length - 1;
  return { statistic, pValue: df < 1 ? 1 : chiSquareSf(statistic, df) };
}
