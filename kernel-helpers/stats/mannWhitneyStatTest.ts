import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { mannWhitneyU } from "./mannWhitneyU";
import type { StatTest } from "./statTest";

/**
 * Evidently's "mannw" test: Mann–Whitney U of reference against current, two-sided (see
 * `mannWhitneyU`). Numerical columns; drift when p < threshold (default 0.05).
 *
 * Evidently's own `mann_whitney_urank_stattest.py` (current releases) calls
 * `mannwhitneyu(reference, current, alternative="less")`, a one-sided test that only reacts when
 * the current values move up, although its docstring promises "the two-tailed p-value"; older
 * releases used the two-sided default. This test is two-sided, so it reports shifts both ways.
 *
 * @throws {DataError} from `run` when a sample is empty
 * @example
 * mannWhitneyStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: U }
 */
export const mannWhitneyStatTest: StatTest = {
  name: "mannw",
  title: "Mann-Whitney U-rank test",
  columnTypes: ["numerical"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("mannw", reference, current);
    const result = mannWhitneyU(ascendingValues(reference, "mannw"), ascendingValues(current, "mannw"), "two-sided", true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
