/** Default number of counters: categories beyond it share the error bound `maxError`. */
export const DEFAULT_FREQUENCY_CAPACITY = 10000;

/** A sketch in JSON form (`baseline.json`): counted labels, most frequent first. */
export interface FrequencySketchJson {
  readonly capacity: number;
  /** Total count summarised. */
  readonly total: number;
  /** Any label's true count is at most its stored count (0 when absent) + `maxError`. */
  readonly maxError: number;
  readonly items: readonly (readonly [string, number])[];
}

export interface LabelCount {
  readonly value: string;
  readonly count: number;
}

/**
 * A Misra–Gries frequent-items sketch: at most `capacity` counters; each stored count is a lower
 * bound of the true count and falls short of it by at most `maxError` ≤ total / (capacity + 1).
 * Mergeable (add the counters, then reduce): a merged sketch keeps the same guarantee.
 *
 * Counters grow to twice the capacity before a reduction subtracts the (capacity+1)-th largest
 * count from all of them, so the work per update is O(1) amortised.
 *
 * Reference: J. Misra, D. Gries, "Finding repeated elements", Science of Computer Programming 2
 * (1982); mergeability: P. Agarwal et al., "Mergeable Summaries", PODS 2012.
 * Cost: O(1) amortised per update, O(capacity log capacity) per reduction; O(capacity) memory.
 *
 * @example
 * const sketch = new FrequencySketch(2);
 * ["a", "b", "a", "c", "a"].forEach((label) => sketch.add(label));
 * sketch.estimate("a") // 3 (exact here: maxError is 0 until a reduction)
 */
export class FrequencySketch {
  readonly capacity: number;
  private counts = new Map<string, number>();
  private sum = 0;
  private error = 0;

  constructor(capacity: number = DEFAULT_FREQUENCY_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`frequency sketch capacity must be a whole number ≥ 1, got ${capacity}`);
    this.capacity = capacity;
  }

  /**
   * The sketch of exact counts: the `capacity` largest kept exactly (ties by label), `maxError`
   * the largest count left out. Cost: O(k log k) for k labels.
   */
  static fromCounts(labels: readonly string[], counts: ArrayLike<number>, capacity: number = DEFAULT_FREQUENCY_CAPACITY): FrequencySketch {
    const sketch = new FrequencySketch(capacity);
    const order = ranked(labels.map((label, i) => [label, counts[i]] as const).filter(([, count]) => count > 0));
    order.forEach(([label, count], i) => {
      sketch.sum += count;
      if (i < capacity) sketch.counts.set(label, count);
    });
    sketch.error = order.length > capacity ? order[capacity][1] : 0;
    return sketch;
  }

  static fromJSON(json: FrequencySketchJson): FrequencySketch {
    const sketch = new FrequencySketch(json.capacity);
    sketch.sum = json.total;
    sketch.error = json.maxError;
    for (const [label, count] of json.items) sketch.counts.set(label, count);
    return sketch;
  }

  /** Total count summarised. */
  get total(): number {
    return this.sum;
  }

  /** Largest amount by which a stored (or absent, 0) count can fall short of the true count. */
  get maxError(): number {
    return this.error;
  }

  /** Counts `label` `count` more times. */
  add(label: string, count = 1): void {
    this.sum += count;
    this.counts.set(label, (this.counts.get(label) ?? 0) + count);
    if (this.counts.size > 2 * this.capacity) this.reduce();
  }

  /** Folds `other` into this sketch; `other` is left unchanged. */
  merge(other: FrequencySketch): void {
    this.sum += other.sum;
    this.error += other.error;
    for (const [label, count] of other.counts) this.counts.set(label, (this.counts.get(label) ?? 0) + count);
    this.reduce();
  }

  /** Lower bound of the count of `label` (the true count is at most this + `maxError`). */
  estimate(label: string): number {
    return this.counts.get(label) ?? 0;
  }

  /** Stored labels, most frequent first (ties by label), at most `limit` of them. */
  top(limit = Infinity): LabelCount[] {
    this.reduce();
    return ranked([...this.counts]).slice(0, limit).map(([value, count]) => ({ value, count }));
  }

  toJSON(): FrequencySketchJson {
    return { capacity: this.capacity, total: this.sum, maxError: this.error, items: this.top().map(({ value, count }) => [value, count] as const) };
  }

  /** Subtracts the (capacity+1)-th largest count from every counter and drops those at 0. */
  private reduce(): void {
    if (this.counts.size <= this.capacity) return;
    const cut = ranked([...this.counts])[this.capacity][1];
    this.error += cut;
    for (const [label, count] of this.counts) {
      if (count <= cut) this.counts.delete(label);
      else this.counts.set(label, count - cut);
    }
  }
}

function ranked(entries: (readonly [string, number])[]): (readonly [string, number])[] {
  return entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
