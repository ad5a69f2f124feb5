import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { sortedCopy } from "../../../kernel-helpers/stats/sortedCopy";

describe("sortedCopy", () => {
  it("sorts large arrays exactly like Float64Array.prototype.sort, negatives, zeros and extremes included", () => {
    const random = createRandom(7);
    const values = Float64Array.from({ length: 100_000 }, (_, i) => (i % 5 === 0 ? Math.round(random.normal() * 10) : random.normal() * 1e6));
    values.set([0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-310], 0);
    const sorted = sortedCopy(values);
    const expected = values.slice().sort();
    assert.equal(sorted.length, expected.length);
    for (let i = 0; i < expected.length; i++) assert.ok(sorted[i] === expected[i], `index ${i}: ${sorted[i]} vs ${expected[i]}`);
  });
  it("leaves its input untouched and answers empty and one-value input", () => {
    const values = Float64Array.of(3, 1, 2);
    assert.deepEqual([...sortedCopy(values)], [1, 2, 3]);
    assert.deepEqual([...values], [3, 1, 2]);
    assert.equal(sortedCopy(new Float64Array(0)).length, 0);
    assert.deepEqual([...sortedCopy(Float64Array.of(5))], [5]);
  });
  it("sorts integer-valued data with many ties", () => {
    const values = Float64Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 13);
    const sorted = sortedCopy(values);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1] <= sorted[i]);
  });
});
