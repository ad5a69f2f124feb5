/**
 * The distinct values of two ascending arrays taken together (−0 and +0 are one), by a merge
 * that steps over each value on both sides at once. Either array may be empty.
 * Cost: O(n + m), no allocation.
 *
 * @example distinctInSorted(Float64Array.of(0, 1, 1), Float64Array.of(1, 2)) // 3
 */
export function distinctInSorted(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    distinct++;
  }
  return distinct;
}
