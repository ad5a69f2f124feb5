import { checkFrequencies } from "./checkFrequencies";
import { pairwiseSum } from "./pairwiseSum";
import { chiSquareSf } from "./special/chiSquareSf";

export interface GTestResult {
  /** G = 2 Σ observed · ln(observed / expected) (cells with observed 0 add 0). */
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * G-test (log-likelihood ratio test) of observed counts against expected counts, with k - 1
 * degrees of freedom for k cells.
 *
 * Reference: R. R. Sokal & F. J. Rohlf, Biometry (1981), ch. 17; Wikipedia, "G-test".
 *
 * Agrees with `scipy.stats.power_divergence(observed, expected, lambda_="log-likelihood")`.
 * A cell with expected 0 and observed > 0 makes G = ∞ and p = 0, as in scipy. With a single cell
 * (df = 0) scipy answers NaN; this function answers p = 1.
 *
 * Cost: O(k).
 *
 * @param observed observed counts
 * @param expected expected counts, same length, with the same total (to 1e-8 relative)
 * @throws {UsageError} when the lengths or the totals differ, or there are no cells (see `checkFrequencies`)
 * @example
 * gTest(new Float64Array([16, 18, 16, 14, 12, 12]), new Float64Array([16, 16, 16, 16, 16, 8]));
 * // => { statistic: 3.3281031458963746, pValue: 0.6495419288047497 }
 */
export function gTest(observed: Float64Array, expected: Float64Array): GTestResult {
  checkFrequencies(observed, expected);
  const terms = new Float64Array(observed.length);
  for (let i = 0; i < observed.length; i++) {
    terms[i] = observed[i] === 0 ? 0 : 2 * (observed[i] * Math.log(observed[i] / expected[i]));
  }
  const statistic = pairwiseSum(terms);
  const df = observed.length - 1;
  return { statistic, pValue: df < 1 ? 1 : chiSquareSf(statistic, df) };
}
