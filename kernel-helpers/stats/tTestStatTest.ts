import { assertNonEmpty } from "./assertNonEmpty";
import { numericalValues } from "./numericalValues";
import type { StatTest } from "./statTest";
import { tTestFromMoments, tTestIndependent, tTestIndependentCounted } from "./tTestIndependent";
import { countedValues, eitherCounted } from "./countedValues";

/**
 * Evidently's "t_test": Student's two-sample t-test with pooled variance, two-sided (see
 * `tTestIndependent`, which also documents the answers where scipy gives NaN). Numerical columns;
 * drift when p < threshold (default 0.05), as in Evidently `t_test.py`. When both samples hold a
 * single value the statistic is undefined and left out of the outcome (p = 1).
 *
 * @throws {DataError} from `run` when a sample is empty
 * @example
 * tTestStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: t }
 */
export const tTestStatTest: StatTest = {
  name: "t_test",
  title: "t_test",
  columnTypes: ["numerical"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("t_test", reference, current);
    const result = reference.type === "numerical" && current.type === "numerical" && reference.moments && current.moments
      ? tTestFromMoments(reference.moments, current.moments, countedValues(reference, "t_test").total, countedValues(current, "t_test").total)
      : eitherCounted(reference, current)
      ? tTestIndependentCounted(countedValues(reference, "t_test"), countedValues(current, "t_test"))
      : tTestIndependent(numericalValues("t_test", reference), numericalValues("t_test", current));
    if (Number.isNaN(result.statistic)) return { score: result.pValue, pValue: result.pValue };
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
