import { assertNonEmpty } from "./assertNonEmpty";
import { categoryCounts } from "./categoryCounts";
import { gTest } from "./gTest";
import { scaledReferenceCounts } from "./scaledReferenceCounts";
import type { StatTest } from "./statTest";

/**
 * Evidently's "g_test": the G-test of the current counts against the reference counts scaled to
 * the current sample's size, over the values present in either sample (see `categoryCounts`,
 * `scaledReferenceCounts`, `gTest`). Drift when p < threshold (default 0.1), as in Evidently
 * `g_stattest.py`. Categorical columns; `run` also accepts numerical samples.
 *
 * @throws {DataError} from `run` when a sample is empty
 * @example
 * gTestStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: G }
 */
export const gTestStatTest: StatTest = {
  name: "g_test",
  title: "g_test",
  columnTypes: ["categorical"],
  defaultThreshold: 0.1,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("g_test", reference, current);
    const counts = categoryCounts(reference, current);
    const result = gTest(counts.current, scaledReferenceCounts(counts));
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
