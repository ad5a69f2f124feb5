/** A list of inputs held once per distinct value: the distinct values and, for each row, which one it holds. */
export interface DistinctInputs<T> {
  /** The distinct inputs, in order of first appearance. */
  readonly values: T[];
  /** Row i holds `values[rowOf[i]]`. */
  readonly rowOf: Int32Array;
}

/**
 * The distinct values of `inputs` (compared by `key`, default the value itself: strings by
 * content, objects by identity), in order of first appearance, and the distinct value of each row.
 * When every input differs, `values` is `inputs` in order and `rowOf` is 0, 1, 2, …
 * Cost: O(n) with a hash map.
 *
 * @example distinctInputs(["a", "b", "a"]) // { values: ["a", "b"], rowOf: Int32Array [0, 1, 0] }
 */
export function distinctInputs<T>(inputs: readonly T[], key: (input: T) => unknown = (input) => input): DistinctInputs<T> {
  const seen = new Map<unknown, number>();
  const values: T[] = [];
  const rowOf = new Int32Array(inputs.length);
  inputs.forEach((input, row) => {
    const k = key(input);
    let at = seen.get(k);
    if (at === undefined) {
      at = values.length;
      seen.set(k, at);
      values.push(input);
    }
    rowOf[row] = at;
  });
  return { values, rowOf };
}
