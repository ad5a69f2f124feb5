import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { countedValues, eitherCounted } from "./countedValues";
import { ksTwoSample, ksTwoSampleCounted } from "./ksTwoSample";
import type { StatTest } from "./statTest";

/**
 * Evidently's "ks" test: two-sample Kolmogorov–Smirnov, two-sided (see `ksTwoSample`).
 * Numerical columns; drift when p ≤ threshold (default 0.05), as in Evidently `ks_stattest.py`.
 *
 * @throws {DataError} from `run` when a sample is empty
 * @example
 * ksStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: D }
 */
export const ksStatTest: StatTest = {
  name: "ks",
  title: "K-S p_value",
  columnTypes: ["numerical"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("ks", reference, current);
    const result = eitherCounted(reference, current)
      ? ksTwoSampleCounted(countedValues(reference, "ks"), countedValues(current, "ks"))
      : ksTwoSample(ascendingValues(reference, "ks"), ascendingValues(current, "ks"), true);
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score <= threshold,
};
