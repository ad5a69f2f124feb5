/**
 * Equal-width histogram bin edges by Sturges' rule, for `count` values spanning `[min, max]`:
 * width `(max − min) / (log2(count) + 1)`, `ceil((max − min) / width)` bins, edges laid out as
 * `numpy.linspace` does (`i · step + min`, the last edge exactly `max`). A zero range becomes
 * `[min − 0.5, max + 0.5]` with one bin.
 *
 * Agrees with `numpy.histogram_bin_edges(values, bins="sturges")` (numpy 1.24) bit for bit; that
 * is the binning of Evidently's `get_binned_data` and of its Hellinger distance.
 * Reference: H. A. Sturges, "The choice of a class interval", JASA 21 (1926) 65–66.
 *
 * Cost: O(bins), about log2(count) + 1.
 *
 * @param min smallest value
 * @param max largest value
 * @param count number of values (≥ 1)
 * @returns the bin edges, ascending, one more than the number of bins
 * @example sturgesBinEdges(0, 1, 8) // Float64Array [0, 0.25, 0.5, 0.75, 1]
 */
export function sturgesBinEdges(min: number, max: number, count: number): Float64Array {
  const range = max - min;
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = range / (Math.log2(count) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const edges = new Float64Array(bins + 1);
  const delta = last - first;
  const step = delta / bins;
  for (let i = 0; i < bins; i++) edges[i] = (step === 0 ? (i / bins) * delta : i * step) + first;
  edges[bins] = last;
  return edges;
}
