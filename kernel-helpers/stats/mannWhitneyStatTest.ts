import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { countedValues, eitherCounted } from "./countedValues";
import { mannWhitneyU, mannWhitneyUCounted } from "./mannWhitneyU";
import type { StatTest } from "./statTest";

/**
 * Evidently's "mannw" test: Mann–Whitney U of reference against current with the alternative
 * Evidently passes, "less" (see `mannWhitneyU`). Numerical columns; drift when p < threshold
 * (default 0.05). Agrees with `scipy.stats.mannwhitneyu(reference, current, alternative="less")`.
 *
 * Evidently's `mann_whitney_urank_stattest.py` (current releases, `evidently.legacy` included)
 * calls `mannwhitneyu(x=reference, y=current, alternative="less")`; releases before it used scipy's
 * two-sided default. "less" is one-sided: p is small only when the reference is stochastically
 * less than the current data, so "mannw" flags current values that moved up and never values that
 * moved down (p then tends to 1), although Evidently's docstring speaks of "the two-tailed
 * p-value". driftlens gives Evidently's numbers; for shifts either way use `ks`, `t_test`,
 * `anderson` or `cramer_von_mises`, or `mannWhitneyU(x, y, "two-sided")` from the API.
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
    const result = eitherCounted(reference, current)
      ? mannWhitneyUCounted(countedValues(reference, "mannw"), countedValues(current, "mannw"), "less")
      : mannWhitneyU(ascendingValues(reference, "mannw"), ascendingValues(current, "mannw"), "less", true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
