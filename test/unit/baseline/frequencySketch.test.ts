import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FrequencySketch } from "../../../kernel-helpers/stats/sketch/frequencySketch";
import { createRandom } from "../../../kernel-helpers/stats/random";

/** A seeded Zipf-like stream over `labels` labels and its exact counts. */
function zipfStream(length: number, labels: number, seed: number): { stream: string[]; counts: Map<string, number> } {
  const random = createRandom(seed);
  const weights = Array.from({ length: labels }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const stream: string[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const u = random.next();
    let k = cumulative.findIndex((c) => u < c);
    if (k < 0) k = labels - 1;
    const label = `label-${k}`;
    stream.push(label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return { stream, counts };
}

describe("FrequencySketch (Misra–Gries)", () => {
  it("counts exactly while there are no more labels than counters", () => {
    const sketch = new FrequencySketch(10);
    ["a", "b", "a", "c", "a", "b"].forEach((label) => sketch.add(label));
    assert.equal(sketch.maxError, 0);
    assert.deepEqual(sketch.top(), [{ value: "a", count: 3 }, { value: "b", count: 2 }, { value: "c", count: 1 }]);
  });

  it("underestimates each count by at most maxError ≤ n / (capacity + 1) on a long-tailed stream", () => {
    const { stream, counts } = zipfStream(200_000, 5_000, 4);
    const sketch = new FrequencySketch(100);
    stream.forEach((label) => sketch.add(label));
    assert.ok(sketch.maxError > 0 && sketch.maxError <= stream.length / 101, `maxError ${sketch.maxError}`);
    for (const [label, count] of counts) {
      const estimate = sketch.estimate(label);
      assert.ok(estimate <= count && count <= estimate + sketch.maxError, `${label}: ${estimate} ≤ ${count} ≤ ${estimate} + ${sketch.maxError}`);
    }
    assert.equal(sketch.top(1)[0].value, "label-0");
  });

  it("keeps the guarantee after merging two sketches", () => {
    const first = zipfStream(50_000, 2_000, 5);
    const second = zipfStream(50_000, 2_000, 6);
    const a = new FrequencySketch(50);
    const b = new FrequencySketch(50);
    first.stream.forEach((label) => a.add(label));
    second.stream.forEach((label) => b.add(label));
    a.merge(b);
    assert.equal(a.total, 100_000);
    for (const label of new Set([...first.counts.keys(), ...second.counts.keys()])) {
      const count = (first.counts.get(label) ?? 0) + (second.counts.get(label) ?? 0);
      assert.ok(a.estimate(label) <= count && count <= a.estimate(label) + a.maxError, label);
    }
  });

  it("keeps the most frequent of exact counts exactly, the rest within maxError", () => {
    const sketch = FrequencySketch.fromCounts(["x", "y", "z", "w"], [5, 9, 1, 3], 2);
    assert.deepEqual(sketch.top(), [{ value: "y", count: 9 }, { value: "x", count: 5 }]);
    assert.equal(sketch.maxError, 3);
    assert.equal(sketch.total, 18);
  });

  it("round-trips through JSON", () => {
    const sketch = FrequencySketch.fromCounts(["a", "b"], [2, 7]);
    const copy = FrequencySketch.fromJSON(JSON.parse(JSON.stringify(sketch.toJSON())));
    assert.deepEqual(copy.toJSON(), sketch.toJSON());
  });
});
