import { createRandom } from "../random";
import type { Random } from "../random";
import { sortedCopy } from "../sortedCopy";
import { DEFAULT_SEED } from "../random";

/** Default size parameter: about 3·k values are kept, and the rank error is about 1/k. */
export const DEFAULT_KLL_K = 2048;

/** The smallest capacity of a level (KLL's `m`). */
const MIN_LEVEL_WIDTH = 8;
/** Capacity ratio between a level and the one above it (KLL's `c`). */
const DECAY = 2 / 3;
/** Values sorted and compacted together by `addAll`. */
const BLOCK = 65536;

/** A sketch in JSON form (`baseline.json`): values per level, level h weighing 2^h. */
export interface KllSketchJson {
  readonly k: number;
  readonly n: number;
  readonly min: number | null;
  readonly max: number | null;
  /** Σ w² over all compactions so far (w the weight of the compacted level): the variance bound of a rank's error. */
  readonly compactionVariance: number;
  readonly seed: number;
  readonly levels: readonly (readonly number[])[];
}

/**
 * A KLL quantile sketch over finite numbers: mergeable, O(k) values kept whatever the stream's
 * length, each rank estimate off by at most `rankErrorBound()` (a share of n) with the stated
 * confidence.
 *
 * Level h holds values of weight 2^h; a full level is sorted and every other value (from a
 * random offset, so errors cancel on average) moves up one level — a compaction, which moves any
 * rank by at most the level's weight. Level capacities shrink by 2/3 going down from the top
 * (minimum 8). `addAll` sorts blocks of 65,536 values with the radix sort and compacts them in
 * one go, which is the same sequence of compactions done faster.
 *
 * Reference: Z. Karnin, K. Lang, E. Liberty, "Optimal Quantile Approximation in Streams",
 * FOCS 2016 (arXiv:1603.05346); error bound by Azuma–Hoeffding on the compaction errors.
 * Cost: O(1) amortised per value (O(log k) per value in `addAll`'s block sorts); O(k) memory.
 * Deterministic for a given seed.
 *
 * @example
 * const sketch = new KllSketch();
 * sketch.addAll(Float64Array.from({ length: 1e6 }, (_, i) => i));
 * sketch.quantile(0.5) // ≈ 500000 (within rankErrorBound() · 1e6 ranks)
 */
export class KllSketch {
  readonly k: number;
  private readonly seed: number;
  private readonly random: Random;
  private levels: Float64Array[] = [new Float64Array(MIN_LEVEL_WIDTH)];
  private sizes: number[] = [0];
  private n = 0;
  private min = Infinity;
  private max = -Infinity;
  private variance = 0;
  private totalCapacity = 0;
  private view: { values: Float64Array; cumulative: Float64Array } | undefined;

  constructor(k: number = DEFAULT_KLL_K, seed = DEFAULT_SEED) {
    if (!Number.isInteger(k) || k < MIN_LEVEL_WIDTH) throw new RangeError(`KLL k must be an integer ≥ ${MIN_LEVEL_WIDTH}, got ${k}`);
    this.k = k;
    this.seed = seed;
    this.random = createRandom(seed);
    this.totalCapacity = this.capacity(0);
  }

  /** Values summarised (non-finite values are ignored). */
  get count(): number {
    return this.n;
  }

  /** The smallest value seen (exact), NaN when empty. */
  get minimum(): number {
    return this.n === 0 ? NaN : this.min;
  }

  /** The largest value seen (exact), NaN when empty. */
  get maximum(): number {
    return this.n === 0 ? NaN : this.max;
  }

  /** Values kept in memory. */
  get retained(): number {
    return this.sizes.reduce((sum, size) => sum + size, 0);
  }

  /** Adds one value; NaN and ±Infinity are ignored. */
  add(value: number): void {
    if (!Number.isFinite(value)) return;
    this.n++;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.append(0, value);
    this.view = undefined;
    if (this.retained > this.totalCapacity) this.compress();
  }

  /** Adds every finite value of `values` (NaN and ±Infinity are ignored). */
  addAll(values: Float64Array): void {
    const block = new Float64Array(Math.min(BLOCK, values.length));
    for (let start = 0; start < values.length; start += BLOCK) {
      const end = Math.min(values.length, start + BLOCK);
      let size = 0;
      for (let i = start; i < end; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) continue;
        block[size++] = value;
        if (value < this.min) this.min = value;
        if (value > this.max) this.max = value;
      }
      this.n += size;
      this.addSortedRun(sortedCopy(block.subarray(0, size)));
    }
    this.view = undefined;
  }

  /** Folds `other` into this sketch (both must have the same k); `other` is left unchanged. */
  merge(other: KllSketch): void {
    if (other.k !== this.k) throw new RangeError(`cannot merge KLL sketches with k ${this.k} and ${other.k}`);
    if (other.n === 0) return;
    this.n += other.n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.variance += other.variance;
    other.sizes.forEach((size, h) => {
      while (this.levels.length <= h) this.addLevel();
      for (let i = 0; i < size; i++) this.append(h, other.levels[h][i]);
    });
    this.view = undefined;
    this.compress();
  }

  /**
   * The value at normalised rank `p` in [0, 1]: the smallest kept value whose estimated share of
   * values at or below it reaches p. `quantile(0)` and `quantile(1)` are the exact min and max.
   * NaN when the sketch is empty.
   */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    if (p <= 0) return this.min;
    if (p >= 1) return this.max;
    const { values, cumulative } = this.sortedView();
    const target = p * this.n;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  }

  /**
   * `count` values spread evenly over the distribution: the quantiles at ranks (i + ½) / count.
   * A stand-in sample of the summarised values, ascending. Cost: O(count + k).
   */
  quantilePoints(count: number): Float64Array {
    const points = new Float64Array(count);
    if (this.n === 0 || count === 0) return points.fill(NaN);
    const { values, cumulative } = this.sortedView();
    let at = 0;
    for (let i = 0; i < count; i++) {
      const target = ((i + 0.5) / count) * this.n;
      while (at < values.length - 1 && cumulative[at] < target) at++;
      points[i] = values[at];
    }
    return points;
  }

  /** Estimated share of values ≤ `value`, in [0, 1]. */
  rank(value: number): number {
    if (this.n === 0) return NaN;
    const { values, cumulative } = this.sortedView();
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : cumulative[lo - 1] / this.n;
  }

  /**
   * Bound on the error of a normalised rank (and of the rank of a returned quantile), holding
   * with probability `confidence` for any one query: the Azuma–Hoeffding bound
   * √(2 ln(2/δ) Σw²) / n plus the largest kept weight / n. Zero while nothing was compacted.
   */
  rankErrorBound(confidence = 0.99): number {
    if (this.n === 0) return 0;
    const delta = 1 - confidence;
    const topWeight = 2 ** (this.levels.length - 1);
    const compactions = Math.sqrt(2 * Math.log(2 / delta) * this.variance);
    return this.variance === 0 ? 0 : (compactions + topWeight) / this.n;
  }

  toJSON(): KllSketchJson {
    return {
      k: this.k,
      n: this.n,
      min: this.n === 0 ? null : this.min,
      max: this.n === 0 ? null : this.max,
      compactionVariance: this.variance,
      seed: this.seed,
      levels: this.sizes.map((size, h) => Array.from(this.levels[h].subarray(0, size))),
    };
  }

  /** Rebuilds a sketch saved with `toJSON`; further updates draw from a generator seeded by (seed, n). */
  static fromJSON(json: KllSketchJson): KllSketch {
    const sketch = new KllSketch(json.k, (json.seed + json.n) >>> 0);
    sketch.n = json.n;
    sketch.min = json.min ?? Infinity;
    sketch.max = json.max ?? -Infinity;
    sketch.variance = json.compactionVariance;
    json.levels.forEach((level, h) => {
      while (sketch.levels.length <= h) sketch.addLevel();
      for (const value of level) sketch.append(h, value);
    });
    return sketch;
  }

  /** Capacity of level h with the current number of levels. */
  private capacity(h: number): number {
    const depth = this.levels.length - 1 - h;
    return Math.max(MIN_LEVEL_WIDTH, Math.ceil(this.k * DECAY ** depth));
  }

  private addLevel(): void {
    this.levels.push(new Float64Array(MIN_LEVEL_WIDTH));
    this.sizes.push(0);
    let total = 0;
    for (let h = 0; h < this.levels.length; h++) total += this.capacity(h);
    this.totalCapacity = total;
  }

  private append(h: number, value: number): void {
    if (this.sizes[h] === this.levels[h].length) {
      const grown = new Float64Array(this.levels[h].length * 2);
      grown.set(this.levels[h]);
      this.levels[h] = grown;
    }
    this.levels[h][this.sizes[h]++] = value;
  }

  /** Places an ascending run at level 0, halving it level by level until it fits its level. */
  private addSortedRun(sorted: Float64Array): void {
    let run = sorted;
    let h = 0;
    while (run.length > this.capacity(h)) {
      if (h === this.levels.length - 1) this.addLevel();
      if (run.length % 2 === 1) this.append(h, run[run.length - 1]);
      run = this.halve(run, h);
      h++;
    }
    for (let i = 0; i < run.length; i++) this.append(h, run[i]);
    this.compress();
  }

  /** Every other value of an ascending run of even length (odd: the last is ignored) from a random offset. */
  private halve(sorted: Float64Array, h: number): Float64Array {
    const half = new Float64Array(sorted.length >>> 1);
    const offset = this.random.int(2);
    for (let i = 0; i < half.length; i++) half[i] = sorted[offset + 2 * i];
    this.variance += 4 ** h;
    return half;
  }

  /** Compacts the lowest full level until the sketch is within its total capacity. */
  private compress(): void {
    while (this.retained > this.totalCapacity) {
      let h = 0;
      while (this.sizes[h] < this.capacity(h)) h++;
      if (h === this.levels.length - 1) this.addLevel();
      const size = this.sizes[h];
      const level = this.levels[h].subarray(0, size).sort();
      const kept = size % 2 === 1 ? level[size - 1] : undefined;
      const half = this.halve(level.subarray(0, size - (size % 2)), h);
      for (let i = 0; i < half.length; i++) this.append(h + 1, half[i]);
      this.sizes[h] = 0;
      if (kept !== undefined) this.append(h, kept);
    }
  }

  /** Kept values ascending with cumulative weights, rebuilt after any change. */
  private sortedView(): { values: Float64Array; cumulative: Float64Array } {
    if (this.view) return this.view;
    const total = this.retained;
    const raw = new Float64Array(total);
    const weights = new Float64Array(total);
    let at = 0;
    this.sizes.forEach((size, h) => {
      for (let i = 0; i < size; i++) {
        raw[at] = this.levels[h][i];
        weights[at++] = 2 ** h;
      }
    });
    const order = Array.from({ length: total }, (_, i) => i).sort((a, b) => raw[a] - raw[b]);
    const values = new Float64Array(total);
    const cumulative = new Float64Array(total);
    let sum = 0;
    order.forEach((index, i) => {
      values[i] = raw[index];
      sum += weights[index];
      cumulative[i] = sum;
    });
    this.view = { values, cumulative };
    return this.view;
  }
}
