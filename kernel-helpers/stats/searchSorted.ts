/**
 * Where `value` would be inserted into the ascending array `sorted` to keep it sorted: with
 * `"left"` the index of the first element ≥ `value`, with `"right"` the index of the first
 * element > `value` (so `right - left` counts the elements equal to `value`).
 *
 * Agrees with `numpy.searchsorted(sorted, value, side)`. Reference: binary search (Knuth, TAOCP
 * vol. 3, §6.2.1). Cost: O(log n).
 *
 * @param sorted ascending values without NaN
 * @param value the value to place
 * @param side `"left"` (default) or `"right"`
 * @param from search only at or after this index (default 0), for a merge that moves forward
 * @example searchSorted(Float64Array.of(1, 2, 2, 3), 2, "right") // 3
 */
export function searchSorted(sorted: Float64Array, value: number, side: "left" | "right" = "left", from = 0): number {
  let lo = from;
  let hi = sorted.length;
  if (side === "left") {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) lo = mid + 1;
      else hi = mid;
    }
  } else {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
  }
  return lo;
}
