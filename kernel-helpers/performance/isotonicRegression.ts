import { DataError } from "../errors";
import { sortedCopy } from "../stats/sortedCopy";

/** A fitted increasing isotonic regression: breakpoints, interpolated linearly between, clipped outside. */
export interface IsotonicFit {
  /** Ascending x of the breakpoints (`X_thresholds_`). */
  readonly thresholds: readonly number[];
  /** Fitted y at each breakpoint (`y_thresholds_`), non-decreasing. */
  readonly values: readonly number[];
}

/**
 * Fits an increasing isotonic regression of `y` on `x`, as scikit-learn 1.2.1's
 * `IsotonicRegression(out_of_bounds="clip").fit(x, y)` (to rounding: equal x are merged into their
 * mean y, added in row order where sklearn adds in y order — exact for 0/1 labels), the pool-adjacent-violators algorithm makes the fit non-decreasing, and points
 * that lie inside a flat run are dropped. Pairs with a NaN are left out.
 * Reference: Barlow et al. (1972), "Statistical inference under order restrictions"; sklearn's
 * `_inplace_contiguous_isotonic_regression`.
 * Cost: O(n log u) for u distinct x (a radix sort, then a binary search per row), O(u) memory beyond the input.
 *
 * @example fitIsotonic(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 3, 2, 4)) // { thresholds: [1, 2, 3, 4], values: [1, 2.5, 2.5, 4] }
 * @throws {DataError} when no pair is complete
 */
export function fitIsotonic(x: ArrayLike<number>, y: ArrayLike<number>): IsotonicFit {
  const n0 = Math.min(x.length, y.length);
  const keys = new Float64Array(n0);
  let n = 0;
  for (let i = 0; i < n0; i++) if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) keys[n++] = x[i];
  if (n === 0) throw new DataError("isotonic calibration needs at least one row with both a score and a label.");
  // Merge equal x: the distinct x ascending, then the count and the sum of y of each.
  const sortedX = sortedCopy(keys.subarray(0, n));
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sortedX[i] !== sortedX[i - 1]) distinct.push(sortedX[i]);
  const uniqueX = Float64Array.from(distinct);
  const count = new Float64Array(uniqueX.length);
  const sums = new Float64Array(uniqueX.length);
  for (let i = 0; i < n0; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    const at = lowerBound(uniqueX, x[i]);
    count[at]++;
    sums[at] += y[i];
  }
  const means = new Float64Array(uniqueX.length);
  for (let i = 0; i < means.length; i++) means[i] = sums[i] / count[i];
  const fitted = pava(means, count);
  const thresholds: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < fitted.length; i++) {
    const inside = i > 0 && i < fitted.length - 1 && fitted[i] === fitted[i - 1] && fitted[i] === fitted[i + 1];
    if (inside) continue;
    thresholds.push(uniqueX[i]);
    values.push(fitted[i]);
  }
  return { thresholds, values };
}

/**
 * The fitted value at `x`, as `IsotonicRegression.predict`: linear interpolation between
 * breakpoints (scipy's `interp1d`), clipped to the fitted range outside it; NaN stays NaN.
 * Cost: O(log breakpoints).
 *
 * @example predictIsotonic({ thresholds: [0, 1], values: [0.2, 0.6] }, 0.25) // 0.30000000000000004
 */
export function predictIsotonic(fit: IsotonicFit, x: number): number {
  const { thresholds: xs, values: ys } = fit;
  if (Number.isNaN(x)) return NaN;
  if (xs.length === 1) return ys[0];
  const t = x < xs[0] ? xs[0] : x > xs[xs.length - 1] ? xs[xs.length - 1] : x;
  // searchsorted(xs, t, side="left"), clipped to [1, len - 1]
  const index = Math.min(Math.max(lowerBound(xs, t), 1), xs.length - 1);
  const x0 = xs[index - 1];
  const y0 = ys[index - 1];
  const slope = (ys[index] - y0) / (xs[index] - x0);
  return slope * (t - x0) + y0;
}

/** Weighted pool-adjacent-violators, in the order of sklearn's `_inplace_contiguous_isotonic_regression`. */
function pava(input: Float64Array, weights: Float64Array): Float64Array {
  const n = input.length;
  const y = Float64Array.from(input);
  const w = Float64Array.from(weights);
  const target = Int32Array.from({ length: n }, (_, i) => i);
  let i = 0;
  while (i < n) {
    let k = target[i] + 1;
    if (k === n) break;
    if (y[i] < y[k]) {
      i = k;
      continue;
    }
    let sumWy = w[i] * y[i];
    let sumW = w[i];
    for (;;) {
      const previous = y[k];
      sumWy += w[k] * y[k];
      sumW += w[k];
      k = target[k] + 1;
      if (k === n || previous < y[k]) {
        y[i] = sumWy / sumW;
        w[i] = sumW;
        target[i] = k - 1;
        target[k - 1] = i;
        if (i > 0) i = target[i - 1];
        break;
      }
    }
  }
  i = 0;
  while (i < n) {
    const k = target[i] + 1;
    y.fill(y[i], i + 1, k);
    i = k;
  }
  return y;
}

/** The first index whose value is ≥ `value` (numpy's `searchsorted(side="left")`). */
function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
