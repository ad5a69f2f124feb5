import { sortedCopy } from "../stats/sortedCopy";
import type { NumericalProfile } from "./baselineInfo";
import { HISTOGRAM_BINS, PROFILE_QUANTILES } from "./baselineInfo";
import { KllSketch } from "../stats/sketch/kllSketch";
import { DEFAULT_SEED } from "../stats/random";

/**
 * The profile of a numerical column: counts (finite, missing = NaN, non-finite = ±Infinity),
 * mean and sample standard deviation (two passes with a compensated sum, so 10⁷ values keep full
 * precision; values near ±1.8e308 are scaled so nothing overflows), min, max, exact equal-width
 * histogram, and quantiles — exact (numpy's linear
 * interpolation, like `numpy.quantile`) when `sketch` is false, otherwise from a KLL sketch over
 * every value, returned with it and flagged `approximate`.
 * Cost: O(n) plus one radix sort (exact) or the sketch's O(n log k).
 *
 * @example numericalProfile(Float64Array.of(1, 2, 3, NaN), { sketch: false }).profile.quantiles[4] // { p: 0.5, value: 2 }
 */
export function numericalProfile(values: Float64Array, options: { readonly sketch: boolean; readonly seed?: number }): { profile: NumericalProfile; sketch?: KllSketch } {
  let count = 0;
  let missing = 0;
  let nonFinite = 0;
  let sum = 0;
  let compensation = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) {
      missing++;
      continue;
    }
    if (value === Infinity || value === -Infinity) {
      nonFinite++;
      continue;
    }
    count++;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (count === 0) {
    return { profile: { count, missing, nonFinite, mean: null, std: null, min: null, max: null, quantiles: [], histogram: { edges: [], counts: [] } } };
  }
  // Near the top of the double range, sums and spans overflow: scale by the largest magnitude.
  const scale = Math.max(Math.abs(min), Math.abs(max)) > 1e150 ? Math.max(Math.abs(min), Math.abs(max)) : 1;
  const mean = scale === 1 ? (sum + compensation) / count : scaledMean(values, count, scale);
  // numpy's bins for a constant column: [v − 0.5, v + 0.5], every value in the middle bin.
  const constant = min === max;
  const first = constant ? min - 0.5 : min;
  const last = constant ? max + 0.5 : max;
  const span = last / scale - first / scale;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    const deviation = value / scale - mean / scale;
    squares += deviation * deviation;
    counts[constant ? HISTOGRAM_BINS / 2 : Math.min(HISTOGRAM_BINS - 1, Math.floor(((value / scale - first / scale) / span) * HISTOGRAM_BINS))]++;
  }
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => {
    const t = i / HISTOGRAM_BINS;
    if (i === HISTOGRAM_BINS) return last;
    return scale === 1 ? first + (i * (last - first)) / HISTOGRAM_BINS : first * (1 - t) + last * t;
  });
  const base = { count, missing, nonFinite, mean, std: count > 1 ? scale * Math.sqrt(squares / (count - 1)) : null, min, max, histogram: { edges, counts } };

  if (options.sketch) {
    const sketch = new KllSketch(undefined, options.seed ?? DEFAULT_SEED);
    sketch.addAll(values);
    const quantiles = PROFILE_QUANTILES.map((p) => ({ p, value: sketch.quantile(p) }));
    return { profile: { ...base, quantiles, approximate: { rankError: sketch.rankErrorBound() } }, sketch };
  }
  const finite = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite[at++] = values[i];
  const sorted = sortedCopy(finite);
  return { profile: { ...base, quantiles: PROFILE_QUANTILES.map((p) => ({ p, value: linearQuantile(sorted, p) })) } };
}

/** The mean of the finite values as Σ (x / scale) / count · scale, which cannot overflow. */
function scaledMean(values: Float64Array, count: number, scale: number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) sum += values[i] / scale;
  return (sum / count) * scale;
}

/** numpy's default ("linear", type 7) quantile of ascending values. */
function linearQuantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
