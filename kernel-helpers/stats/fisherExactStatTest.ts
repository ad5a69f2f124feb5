import { DataError } from "../errors";
import { assertNonEmpty } from "./assertNonEmpty";
import { categoryCounts } from "./categoryCounts";
import { fisherExact } from "./fisherExact";
import type { StatTest } from "./statTest";

/**
 * Evidently's "fisher_exact" test: Fisher's exact test, two-sided, on the 2×2 table
 * `[[current second, current first], [reference second, reference first]]` of a binary column
 * (Evidently `generate_fisher2x2_contingency_table`; which value comes first does not change the
 * two-sided p-value). A column with a single value gives p = 1. Drift when p < threshold (default
 * 0.1), as in Evidently `fisher_exact_stattest.py`.
 *
 * Two departures from Evidently, both where Evidently has no usable answer: Evidently refuses
 * samples of different sizes, which the test itself does not need, so they are accepted here; and
 * with more than two values across both samples Evidently builds a table that depends on Python's
 * set order, so this test refuses them.
 *
 * @throws {DataError} from `run` when a sample is empty or the column has more than two values
 * @example
 * fisherExactStatTest.run(reference, current, { seed: 0 }); // => { score: p, pValue: p, statistic: odds ratio }
 */
export const fisherExactStatTest: StatTest = {
  name: "fisher_exact",
  title: "Fisher's Exact test",
  columnTypes: ["categorical"],
  defaultThreshold: 0.1,
  kind: "pvalue",
  run(reference, current) {
    assertNonEmpty("fisher_exact", reference, current);
    const counts = categoryCounts(reference, current);
    if (counts.labels.length > 2) {
      throw new DataError(
        `The 'fisher_exact' test needs a binary column, but this one has ${counts.labels.length} values (${counts.labels.slice(0, 5).join(", ")}${counts.labels.length > 5 ? ", ..." : ""}): use 'chisquare' or 'g_test' instead.`,
      );
    }
    if (counts.labels.length === 1) return { score: 1, pValue: 1 };
    const result = fisherExact([
      [counts.current[1], counts.current[0]],
      [counts.reference[1], counts.reference[0]],
    ]);
    const outcome = { score: result.pValue, pValue: result.pValue };
    return Number.isNaN(result.oddsRatio) ? outcome : { ...outcome, statistic: result.oddsRatio };
  },
  drifted: (score, threshold) => score < threshold,
};
