import { UsageError } from "../errors";
import { ascendingValues } from "./ascendingValues";
import { assertNonEmpty } from "./assertNonEmpty";
import { categoryCounts } from "./categoryCounts";
import { countedValues, eitherCounted } from "./countedValues";
import { distinctInSorted } from "./distinctInSorted";
import { histogramCounts, histogramCountsCounted } from "./histogramCounts";
import type { Sample, StatTest, StatTestOutcome } from "./statTest";
import { sturgesBinEdges } from "./sturgesBinEdges";

/**
 * Evidently's `hellinger`: the Hellinger distance `sqrt(1 − BC)`, where the Bhattacharyya
 * coefficient BC (clipped to [0, 1]) is
 *
 * - categorical: `Σ sqrt(p_k q_k)` over the categories' shares;
 * - numerical: `Σ sqrt(f_i g_i) · w` over histogram densities f, g on the Sturges bins of the
 *   *distinct* values of both samples (`numpy.histogram_bin_edges(unique values, "sturges")`),
 *   with `w` the mean bin width — Evidently's formula, whatever the number of distinct values.
 *
 * Between 0 (same distribution) and 1 (disjoint). A distance: drift when ≥ threshold (default
 * 0.1). Agrees with Evidently's `_hellinger_distance` (numpy densities, `np.histogram` bins).
 * Reference: Hellinger (1909); https://en.wikipedia.org/wiki/Hellinger_distance.
 * Cost: O(n) for categorical samples; O(n) to count distinct values plus O(bins · log n) for
 * sorted numerical samples.
 *
 * @throws {DataError} when a sample is empty
 * @example
 * hellingerStatTest.run(
 *   { type: "categorical", codes: Int32Array.of(0, 1), categories: ["a", "b"] },
 *   { type: "categorical", codes: Int32Array.of(1, 1), categories: ["a", "b"] }, { seed: 0 }).score
 * // 0.5411961001461969  (sqrt(1 − sqrt(0.5)))
 */
export const hellingerStatTest: StatTest = {
  name: "hellinger",
  title: "Hellinger distance",
  columnTypes: ["categorical", "numerical"],
  defaultThreshold: 0.1,
  kind: "distance",
  run: hellinger,
  drifted: (score, threshold) => score >= threshold,
};

function hellinger(reference: Sample, current: Sample): StatTestOutcome {
  assertNonEmpty("hellinger", reference, current);
  const coefficient = reference.type === "categorical" && current.type === "categorical" ? categoricalCoefficient(reference, current) : numericalCoefficient(reference, current);
  return { score: Math.sqrt(1 - Math.min(Math.max(coefficient, 0), 1)) };
}

function categoricalCoefficient(reference: Sample & { type: "categorical" }, current: Sample & { type: "categorical" }): number {
  const counts = categoryCounts(reference, current);
  const n = counts.reference.reduce((sum, count) => sum + count, 0);
  const m = counts.current.reduce((sum, count) => sum + count, 0);
  let total = 0;
  for (let k = 0; k < counts.reference.length; k++) total += Math.sqrt((counts.reference[k] / n) * (counts.current[k] / m));
  return total;
}

function numericalCoefficient(reference: Sample, current: Sample): number {
  if (reference.type !== current.type) throw new UsageError(`'hellinger' needs both samples of the same type (got ${reference.type} and ${current.type}).`);
  let edges: Float64Array;
  let referenceCounts: Float64Array;
  let currentCounts: Float64Array;
  if (eitherCounted(reference, current)) {
    const r = countedValues(reference, "hellinger");
    const c = countedValues(current, "hellinger");
    edges = sturgesBinEdges(Math.min(r.values[0], c.values[0]), Math.max(r.values[r.values.length - 1], c.values[c.values.length - 1]), distinctInSorted(r.values, c.values));
    referenceCounts = histogramCountsCounted(r, edges);
    currentCounts = histogramCountsCounted(c, edges);
  } else {
    const r = ascendingValues(reference, "hellinger");
    const c = ascendingValues(current, "hellinger");
    edges = sturgesBinEdges(Math.min(r[0], c[0]), Math.max(r[r.length - 1], c[c.length - 1]), distinctInSorted(r, c));
    referenceCounts = histogramCounts(r, edges);
    currentCounts = histogramCounts(c, edges);
  }
  const f = densities(referenceCounts, edges);
  const g = densities(currentCounts, edges);
  const bins = edges.length - 1;
  const width = (edges[bins] - edges[0]) / bins;
  let total = 0;
  for (let i = 0; i < bins; i++) total += Math.sqrt(f[i] * g[i]) * width;
  return total;
}

/** `numpy.histogram(..., density=True)`: count / bin width / total count. */
function densities(counts: Float64Array, edges: Float64Array): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  return counts.map((count, i) => count / (edges[i + 1] - edges[i]) / total);
}

