const BLOCK = 128;
const BUFFER = 8192;

function pairwise(values: ArrayLike<number>, start: number, count: number): number {
  if (count < 8) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[start + i];
    return sum;
  }
  if (count <= BLOCK) {
    const r = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let j = 0; j < 8; j++) r[j] = values[start + j];
    let i = 8;
    for (; i < count - (count % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] += values[start + i + j];
    }
    let sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < count; i++) sum += values[start + i];
    return sum;
  }
  let half = Math.floor(count / 2);
  half -= half % 8;
  return pairwise(values, start, half) + pairwise(values, start + half, count - half);
}

/**
 * The sum of an array of doubles, added in exactly the order numpy's `np.sum` / `np.mean` use for
 * a contiguous float64 array, so that means and variances agree with scipy to the last bit.
 *
 * Reference: numpy `pairwise_sum` (numpy/core/src/umath/loops_utils.h.src): blocks of up to 128
 * values are summed with 8 interleaved accumulators, longer runs are split in halves (rounded to a
 * multiple of 8), and the reduction walks the array in buffers of 8192 values. Its rounding error
 * grows like O(log n) rather than O(n).
 *
 * Agrees bit for bit with `numpy.sum(values)` for float64 input.
 *
 * Cost: O(n) time, O(log n) stack.
 *
 * @param values the numbers to add
 * @returns their sum; 0 for an empty array
 * @example
 * pairwiseSum(new Float64Array([0.1, 0.2, 0.3])); // => 0.6000000000000001
 */
export function pairwiseSum(values: ArrayLike<number>): number {
  let sum = 0;
  for (let start = 0; start < values.length; start += BUFFER) {
    sum += pairwise(values, start, Math.min(BUFFER, values.length - start));
  }
  return sum;
}
