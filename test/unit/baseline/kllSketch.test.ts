import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KllSketch } from "../../../kernel-helpers/stats/sketch/kllSketch";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { searchSorted } from "../../../kernel-helpers/stats/searchSorted";
import { sortedCopy } from "../../../kernel-helpers/stats/sortedCopy";

const PROBABILITIES = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);

function logNormal(n: number, seed: number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: n }, () => Math.exp(random.normal()));
}

/** Largest distance between p and the exact rank interval of the sketch's p-quantile. */
function worstRankError(sketch: KllSketch, values: Float64Array): number {
  const sorted = sortedCopy(values);
  let worst = 0;
  for (const p of PROBABILITIES) {
    const q = sketch.quantile(p);
    const below = searchSorted(sorted, q, "left") / sorted.length;
    const atOrBelow = searchSorted(sorted, q, "right") / sorted.length;
    worst = Math.max(worst, p < below ? below - p : p > atOrBelow ? p - atOrBelow : 0);
  }
  return worst;
}

describe("KllSketch", () => {
  it("keeps every quantile of 1,000,000 log-normal values within its stated rank error bound", () => {
    const values = logNormal(1_000_000, 7);
    const sketch = new KllSketch();
    sketch.addAll(values);
    const bound = sketch.rankErrorBound();
    assert.ok(bound > 0 && bound < 0.005, `bound ${bound} is small`);
    assert.ok(worstRankError(sketch, values) <= bound, `worst ${worstRankError(sketch, values)} ≤ bound ${bound}`);
    assert.ok(sketch.retained < 10_000, `retained ${sketch.retained} values, not all of them`);
    assert.equal(sketch.count, 1_000_000);
  });

  it("gives the same guarantee when values arrive one by one", () => {
    const values = logNormal(200_000, 8);
    const sketch = new KllSketch();
    values.forEach((value) => sketch.add(value));
    assert.ok(worstRankError(sketch, values) <= sketch.rankErrorBound());
  });

  it("is exact while nothing was compacted", () => {
    const sketch = new KllSketch(64);
    [5, 1, 4, 2, 3].forEach((value) => sketch.add(value));
    assert.equal(sketch.rankErrorBound(), 0);
    assert.equal(sketch.quantile(0.5), 3);
    assert.equal(sketch.quantile(0), 1);
    assert.equal(sketch.quantile(1), 5);
    assert.equal(sketch.rank(2), 0.4);
  });

  it("merges two sketches into one that bounds the ranks of the union", () => {
    const a = logNormal(300_000, 1);
    const b = Float64Array.from(logNormal(300_000, 2), (value) => value + 2);
    const left = new KllSketch(512, 1);
    const right = new KllSketch(512, 2);
    left.addAll(a);
    right.addAll(b);
    left.merge(right);
    const union = new Float64Array(600_000);
    union.set(a);
    union.set(b, 300_000);
    assert.equal(left.count, 600_000);
    assert.equal(left.maximum, union.reduce((max, value) => Math.max(max, value), -Infinity));
    assert.ok(worstRankError(left, union) <= left.rankErrorBound());
  });

  it("ignores NaN and ±Infinity, and answers NaN when empty", () => {
    const sketch = new KllSketch();
    assert.ok(Number.isNaN(sketch.quantile(0.5)));
    sketch.addAll(Float64Array.of(NaN, Infinity, -Infinity, 2));
    sketch.add(NaN);
    assert.equal(sketch.count, 1);
    assert.equal(sketch.quantile(0.3), 2);
  });

  it("answers a constant column and huge magnitudes exactly at the ends", () => {
    const constant = new KllSketch();
    constant.addAll(new Float64Array(100_000).fill(4.5));
    assert.equal(constant.quantile(0.37), 4.5);
    const huge = new KllSketch();
    const values = Float64Array.from({ length: 100_000 }, (_, i) => (i - 50_000) * 1e300);
    huge.addAll(values);
    assert.equal(huge.minimum, values[0]);
    assert.equal(huge.quantile(1), values[values.length - 1]);
    assert.ok(Math.abs(huge.quantile(0.5)) <= 100_000 * huge.rankErrorBound() * 1e300 + 1e300);
  });

  it("round-trips through JSON and stays deterministic for a seed", () => {
    const values = logNormal(150_000, 3);
    const first = new KllSketch(256, 9);
    const second = new KllSketch(256, 9);
    first.addAll(values);
    second.addAll(values);
    assert.deepEqual(first.toJSON(), second.toJSON());
    const copy = KllSketch.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
    for (const p of [0.01, 0.5, 0.99]) assert.equal(copy.quantile(p), first.quantile(p));
    assert.equal(copy.rankErrorBound(), first.rankErrorBound());
  });

  it("spreads quantile points evenly as a stand-in sample", () => {
    const sketch = new KllSketch();
    sketch.addAll(Float64Array.from({ length: 100_000 }, (_, i) => i));
    const points = sketch.quantilePoints(10);
    assert.equal(points.length, 10);
    points.forEach((point, i) => assert.ok(Math.abs(point - (i + 0.5) * 10_000) <= 100_000 * sketch.rankErrorBound() + 1, `point ${i}: ${point}`));
  });
});
