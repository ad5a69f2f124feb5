import { assertNonEmpty } from "./assertNonEmpty";
import { categoryCounts } from "./categoryCounts";
import { chiSquare } from "./chiSquare";
import { scaledReferenceCounts } from "./scaledReferenceCounts";
import type { StatTest } from "./statTest";

/**
 * Evidently's "chisquare" test: Pearson's chi-square of the current counts against the reference
 * counts scaled to the current sample's size, over the values present in either sample (see
 * `categoryCounts`, `scaledReferenceCounts`, `chiSquare`). A value absent from the reference but
 * present in the current sample gives p = 0. Drift when p < threshold (default 0.05), as in
 * Evidently `chisquare_stattest.py`. Registered for categorical columns; `run` also accepts
 * numerical samples (distinct values as categories), as Evidently's default selection uses it
 * for numerical columns with few values.
 *
 * @throws {DataError} from `run` when a sample is empty
 * @example
 * chiSquareStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: X² }
 */
export const chiSquareStatTest: StatTest = {
  name: "chisquare",
  title: "chi-square p_value",
  columnTypes: ["categorical"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("chisquare", reference, current);
    const counts = categoryCounts(reference, current);
    const result = chiSquare(counts.current, scaledReferenceCounts(counts));
    return { score: result.pValue, pValue: result.pValue, statistic: result.statistic };
  },
  drifted: (score, threshold) => score < threshold,
};
