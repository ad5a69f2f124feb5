import type { StreamDetector } from "./streamDetector";

export interface AdwinOptions {
  /** Significance of a cut. Default 0.002. */
  readonly delta?: number;
  /** Values between two checks for a change. Default 32. */
  readonly clock?: number;
  /** Buckets of each size kept before two are merged. Default 5. */
  readonly maxBuckets?: number;
  /** Fewest values on each side of a cut. Default 5. */
  readonly minWindowLength?: number;
  /** Values before the first check. Default 10. */
  readonly gracePeriod?: number;
}

/** The buckets of one size 2^level: totals and variances, oldest first. */
interface Level {
  totals: number[];
  variances: number[];
}

/**
 * ADWIN (adaptive windowing) with River's defaults and behaviour (`river.drift.ADWIN(delta=0.002,
 * clock=32, max_buckets=5, min_window_length=5, grace_period=10)`): keeps a window of recent
 * values in exponential-histogram buckets and, every `clock` values, drops the oldest buckets
 * while some cut splits the window into two parts whose means differ by more than
 * ε = √(2·m·σ²·δ′) + ⅔·δ′·m, with m = 1/(n₀ − 4) + 1/(n₁ − 4), δ′ = ln(2·ln(n)/δ) and σ² the
 * window's variance. A change is signalled when a cut is found; the next value starts a new
 * window, as in River. It reacts to a change of the mean in either direction.
 * Reference: A. Bifet, R. Gavaldà (2007), "Learning from time-changing data with adaptive
 * windowing", SIAM SDM.
 * Cost: O(log n) per value (amortised), O(log n) memory.
 *
 * @example const adwin = new Adwin(); detectChanges(errors, adwin).changePoints
 */
export class Adwin implements StreamDetector {
  readonly name = "adwin";
  readonly parameters: { readonly delta: number; readonly clock: number; readonly maxBuckets: number; readonly minWindowLength: number; readonly gracePeriod: number };
  private levels: Level[] = [];
  private total = 0;
  private variance = 0;
  private width = 0;
  private tick = 0;
  private detected = false;

  constructor(options: AdwinOptions = {}) {
    this.parameters = {
      delta: options.delta ?? 0.002,
      clock: options.clock ?? 32,
      maxBuckets: options.maxBuckets ?? 5,
      minWindowLength: options.minWindowLength ?? 5,
      gracePeriod: options.gracePeriod ?? 10,
    };
    this.reset();
  }

  /** Values in the current window. */
  get windowWidth(): number {
    return this.width;
  }

  /** Mean of the current window. */
  get estimation(): number {
    return this.width === 0 ? 0 : this.total / this.width;
  }

  update(value: number): boolean {
    if (this.detected) this.reset();
    this.insert(value);
    this.detected = this.detectChange();
    return this.detected;
  }

  private reset(): void {
    this.levels = [{ totals: [], variances: [] }];
    this.total = 0;
    this.variance = 0;
    this.width = 0;
    this.tick = 0;
  }

  private insert(value: number): void {
    const first = this.levels[0];
    first.totals.push(value);
    first.variances.push(0);
    this.width += 1;
    if (this.width > 1) {
      const previousMean = this.total / (this.width - 1);
      this.variance += ((this.width - 1) * (value - previousMean) * (value - previousMean)) / this.width;
    }
    this.total += value;
    this.compress();
  }

  private compress(): void {
    const max = this.parameters.maxBuckets;
    for (let level = 0; level < this.levels.length; level++) {
      const bucket = this.levels[level];
      if (bucket.totals.length !== max + 1) break;
      if (level + 1 === this.levels.length) this.levels.push({ totals: [], variances: [] });
      const next = this.levels[level + 1];
      const size = 2 ** level;
      const mean1 = bucket.totals[0] / size;
      const mean2 = bucket.totals[1] / size;
      const total = bucket.totals[0] + bucket.totals[1];
      const extra = (size * size * (mean1 - mean2) * (mean1 - mean2)) / (size + size);
      next.totals.push(total);
      next.variances.push(bucket.variances[0] + bucket.variances[1] + extra);
      bucket.totals.splice(0, 2);
      bucket.variances.splice(0, 2);
      if (next.totals.length <= max) break;
    }
  }

  /** Removes the oldest bucket; returns its size. */
  private deleteOldest(): number {
    const last = this.levels.length - 1;
    const bucket = this.levels[last];
    const size = 2 ** last;
    const total = bucket.totals[0];
    const mean = total / size;
    const variance = bucket.variances[0];
    this.width -= size;
    this.total -= total;
    const windowMean = this.total / this.width;
    this.variance -= variance + (size * this.width * (mean - windowMean) * (mean - windowMean)) / (size + this.width);
    bucket.totals.shift();
    bucket.variances.shift();
    if (bucket.totals.length === 0) this.levels.pop();
    return size;
  }

  private detectChange(): boolean {
    const { clock, gracePeriod, minWindowLength } = this.parameters;
    let changed = false;
    this.tick += 1;
    if (this.tick % clock !== 0 || this.width <= gracePeriod) return false;
    let reduce = true;
    while (reduce) {
      reduce = false;
      let stop = false;
      let n0 = 0;
      let n1 = this.width;
      let u0 = 0;
      let u1 = this.total;
      for (let level = this.levels.length - 1; level >= 0 && !stop; level--) {
        const bucket = this.levels[level];
        const size = 2 ** level;
        // As River: every bucket of a level but its newest is tried as a cut.
        for (let k = 0; k < bucket.totals.length - 1; k++) {
          n0 += size;
          n1 -= size;
          u0 += bucket.totals[k];
          u1 -= bucket.totals[k];
          const deltaMean = u0 / n0 - u1 / n1;
          if (n1 >= minWindowLength && n0 >= minWindowLength && this.cutHolds(n0, n1, deltaMean)) {
            reduce = true;
            changed = true;
            if (this.width > 0) {
              n0 -= this.deleteOldest();
              stop = true;
              break;
            }
          }
        }
      }
    }
    return changed;
  }

  private cutHolds(n0: number, n1: number, deltaMean: number): boolean {
    const { delta, minWindowLength } = this.parameters;
    const deltaPrime = Math.log((2 * Math.log(this.width)) / delta);
    const m = 1 / (n0 - minWindowLength + 1) + 1 / (n1 - minWindowLength + 1);
    const epsilon = Math.sqrt(2 * m * (this.variance / this.width) * deltaPrime) + (2 / 3) * deltaPrime * m;
    return Math.abs(deltaMean) > epsilon;
  }
}
