import type { CountedValues } from "./countedValues";
import { searchSorted } from "./searchSorted";

/**
 * How many of the ascending `sorted` values fall in each bin of `edges`: bin `i` is
 * `[edges[i], edges[i+1])`, except the last, which also holds its right edge. Values outside
 * `[edges[0], edges[last]]` are not counted.
 *
 * Agrees with `numpy.histogram(values, bins=edges)[0]` for an array of edges (the
 * `searchsorted`-based path numpy takes then, which Evidently's `get_binned_data` uses).
 *
 * Cost: O(bins · log n), since the values are already sorted.
 *
 * @param sorted ascending values without NaN
 * @param edges ascending bin edges (at least two)
 * @example histogramCounts(Float64Array.of(0, 0.5, 1, 2), Float64Array.of(0, 1, 2)) // Float64Array [2, 2]
 */
export function histogramCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  let previous = searchSorted(sorted, edges[0], "left");
  for (let i = 1; i <= bins; i++) {
    const next = i === bins ? searchSorted(sorted, edges[i], "right", previous) : searchSorted(sorted, edges[i], "left", previous);
    counts[i - 1] = next - previous;
    previous = next;
  }
  return counts;
}

/**
 * `histogramCounts` of a sample given as counts (see `countedValues`): the same bins, each the
 * sum of the counts of the distinct values in it, so the same counts as on the expanded values.
 *
 * Cost: O(k + bins · log k) for k distinct values.
 *
 * @example histogramCountsCounted({ values: Float64Array.of(0, 1, 2), counts: Float64Array.of(2, 1, 1), total: 4 },
 *   Float64Array.of(0, 1, 2)) // Float64Array [2, 2]
 */
export function histogramCountsCounted(sample: CountedValues, edges: Float64Array): Float64Array {
  const below = new Float64Array(sample.values.length + 1);
  for (let i = 0; i < sample.values.length; i++) below[i + 1] = below[i] + sample.counts[i];
  const positions = histogramCounts(sample.values, edges);
  const counts = new Float64Array(positions.length);
  let at = searchSorted(sample.values, edges[0], "left");
  for (let i = 0; i < positions.length; i++) {
    counts[i] = below[at + positions[i]] - below[at];
    at += positions[i];
  }
  return counts;
}
