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

describe("sortedCopy on integer-valued data (the counting sort)", () => {
  const agrees = (values: Float64Array): void => {
    const sorted = sortedCopy(values);
    const expected = values.slice().sort();
    assert.equal(sorted.length, expected.length);
    for (let i = 0; i < expected.length; i++) assert.ok(Object.is(sorted[i], expected[i]), `index ${i}: ${sorted[i]} vs ${expected[i]}`);
  };
  it("sorts ages, negative integers and a single repeated value exactly like Float64Array.prototype.sort", () => {
    const random = createRandom(11);
    agrees(Float64Array.from({ length: 20_000 }, () => Math.round(40 + 12 * random.normal())));
    agrees(Float64Array.from({ length: 20_000 }, () => Math.round(-500 + 100 * random.normal())));
    agrees(new Float64Array(5_000).fill(7));
  });
  it("keeps -0, a fraction late in the data, Infinity and huge integers to the radix sort, with the same order", () => {
    const random = createRandom(12);
    const ages = (): Float64Array => Float64Array.from({ length: 10_000 }, () => Math.round(40 + 12 * random.normal()));
    const withNegativeZero = ages();
    withNegativeZero[9_000] = -0;
    withNegativeZero[100] = 0;
    agrees(withNegativeZero);
    const lateFraction = ages();
    lateFraction[9_999] = 41.5;
    agrees(lateFraction);
    const infinite = ages();
    infinite[5] = Infinity;
    agrees(infinite);
    agrees(Float64Array.from({ length: 10_000 }, (_, i) => 2 ** 60 + (i % 7) * 256));
  });
  it("sorts integers of a range too wide to count (beyond twice the values) by the radix sort", () => {
    const random = createRandom(13);
    agrees(Float64Array.from({ length: 10_000 }, () => Math.round(1e6 * random.next())));
  });
});
