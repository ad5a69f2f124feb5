import { UsageError } from "../errors";
import { assertNonEmpty } from "./assertNonEmpty";
import { addCodeCounts } from "./categoryCounts";
import { hypergeometricVariate } from "./hypergeometricVariate";
import { createRandom } from "./random";
import type { Sample, StatTest, StatTestContext, StatTestOutcome } from "./statTest";

/**
 * Total variation distance `½ Σ |r_k / Σr − c_k / Σc|` between two count (or weight) vectors
 * over the same categories. Between 0 and 1.
 *
 * Agrees with Evidently's `_total_variation_distance`.
 * Reference: https://en.wikipedia.org/wiki/Total_variation_distance_of_probability_measures.
 * Cost: O(k).
 *
 * @example totalVariationDistance(Float64Array.of(1, 1), Float64Array.of(0, 2)) // 0.5
 */
export function totalVariationDistance(referenceCounts: Float64Array, currentCounts: Float64Array): number {
  let referenceTotal = 0;
  let currentTotal = 0;
  for (let k = 0; k < referenceCounts.length; k++) {
    referenceTotal += referenceCounts[k];
    currentTotal += currentCounts[k];
  }
  let sum = 0;
  for (let k = 0; k < referenceCounts.length; k++) sum += Math.abs(referenceCounts[k] / referenceTotal - currentCounts[k] / currentTotal);
  return 0.5 * sum;
}

/** Permutations in Evidently's TVD test. */
const TVD_PERMUTATIONS = 1000;

/**
 * Evidently's `TVD`: a permutation test on the total variation distance. The pooled sample is
 * split at random into a reference-sized and a current-sized part 1000 times; the p-value is the
 * share of splits whose distance is at least the observed one (no +1 correction, as Evidently).
 * A p-value test: drift when p < threshold (default 0.1). Categorical columns only, as registered
 * in Evidently. `statistic` is the observed distance.
 *
 * A split matters only through the per-category counts of its smaller part, so each split draws
 * those counts directly instead of shuffling rows: they follow the multivariate hypergeometric
 * distribution, sampled category by category as `drawn_c ~ Hypergeometric(population = pool
 * left, successes = total_c, draws = draws left)` with `hypergeometricVariate`. The splits have
 * the same distribution as Evidently's `np.random.choice(..., replace=False)` ones.
 *
 * The splits come from `createRandom(context.seed)`, so the p-value is reproducible but differs
 * from Evidently's (numpy, seed 0) by permutation noise (standard error √(p(1 − p)/1000) ≤ 0.016).
 *
 * Cost: O(n + m) to count the categories, then O(1000 · k) expected time for the splits; O(k)
 * memory beyond the input.
 *
 * @throws {DataError} when a sample is empty
 */
export const tvdStatTest: StatTest = {
  name: "TVD",
  title: "Total-Variation-Distance",
  columnTypes: ["categorical"],
  defaultThreshold: 0.1,
  kind: "pvalue",
  run: tvdPermutationTest,
  drifted: (score, threshold) => score < threshold,
};

function tvdPermutationTest(reference: Sample, current: Sample, context: StatTestContext): StatTestOutcome {
  if (reference.type !== "categorical" || current.type !== "categorical") {
    throw new UsageError("'TVD' works on categorical columns only; choose 'wasserstein', 'ks' or another numerical test for this column.");
  }
  assertNonEmpty("TVD", reference, current);
  // Counts indexed by code (not `categoryCounts`' order), as the permutations below count codes.
  const referenceCounts = new Float64Array(reference.categories.length);
  const currentCounts = new Float64Array(current.categories.length);
  addCodeCounts(referenceCounts, reference);
  addCodeCounts(currentCounts, current);
  const n = referenceCounts.reduce((sum, count) => sum + count, 0);
  const m = currentCounts.reduce((sum, count) => sum + count, 0);
  const observed = totalVariationDistance(referenceCounts, currentCounts);

  const k = referenceCounts.length;
  const totals = new Float64Array(k);
  for (let c = 0; c < k; c++) totals[c] = referenceCounts[c] + currentCounts[c];
  const drawn = Math.min(n, m);
  const drawnCounts = new Float64Array(k);
  const restCounts = new Float64Array(k);
  const random = createRandom(context.seed);
  let atLeastObserved = 0;
  for (let iteration = 0; iteration < TVD_PERMUTATIONS; iteration++) {
    let poolLeft = n + m;
    let drawsLeft = drawn;
    for (let c = 0; c < k; c++) {
      const count = hypergeometricVariate(random, poolLeft, totals[c], drawsLeft);
      drawnCounts[c] = count;
      restCounts[c] = totals[c] - count;
      poolLeft -= totals[c];
      drawsLeft -= count;
    }
    const distance = drawn === n ? totalVariationDistance(drawnCounts, restCounts) : totalVariationDistance(restCounts, drawnCounts);
    if (observed <= distance) atLeastObserved++;
  }
  const pValue = atLeastObserved / TVD_PERMUTATIONS;
  return { score: pValue, pValue, statistic: observed };
}
