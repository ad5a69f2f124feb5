import { assertNonEmpty } from "./assertNonEmpty";
import { categoryCounts } from "./categoryCounts";
import { proportionsZTest } from "./proportionsZTest";
import type { StatTest } from "./statTest";

/**
 * Evidently's "z" test: two-proportion z-test of the first value (in sorted order) against all
 * others, two-sided (see `proportionsZTest`). Drift when p < threshold (default 0.05), as in
 * Evidently `z_stattest.py`. Registered for categorical columns, as in Evidently; `run` also accepts
 * numerical samples, which Evidently's default selection sends here for binary numerical columns.
 *
 * @throws {DataError} from `run` when a sample is empty
 * @example
 * zStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: z }
 */
export const zStatTest: StatTest = {
  name: "z",
  title: "Z-test p_value",
  columnTypes: ["categorical"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("z", reference, current);
    const result = proportionsZTest(categoryCounts(reference, current));
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
