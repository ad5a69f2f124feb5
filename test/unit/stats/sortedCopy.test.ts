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

describe("sortedCopy on measured values (the high-word sort and its way out)", () => {
  const agrees = (values: Float64Array): void => {
    const sorted = sortedCopy(values);
    const expected = values.slice().sort();
    for (let i = 0; i < expected.length; i++) assert.ok(Object.is(sorted[i], expected[i]), `index ${i}: ${sorted[i]} vs ${expected[i]}`);
  };
  it("sorts log-normal, negative and 4-decimal values, -0 and +0 included, like Float64Array.prototype.sort", () => {
    const random = createRandom(21);
    agrees(Float64Array.from({ length: 30_000 }, () => Math.exp(10.6 + 0.55 * random.normal())));
    const mixed = Float64Array.from({ length: 30_000 }, () => -Math.exp(random.normal()) * (random.next() < 0.5 ? -1 : 1));
    mixed.set([0, -0, 0, -0], 100);
    agrees(mixed);
    agrees(Float64Array.from({ length: 30_000 }, () => Math.round(random.normal() * 1e4) / 1e4));
  });
  it("puts values that share their high 32 bits in order (a few per high word)", () => {
    const random = createRandom(22);
    // Pairs 1e-9 apart share their high word: the insertion pass orders each pair.
    agrees(Float64Array.from({ length: 30_000 }, (_, i) => 1 + Math.floor(i / 2) * 1e-4 + (random.next() < 0.5 ? 1e-9 : 0) + (i % 2) * 3e-10));
  });
  it("gives tightly clustered values and long runs of one high word to the full radix sort, with the same order", () => {
    const random = createRandom(23);
    agrees(Float64Array.from({ length: 30_000 }, () => 1.7e12 + Math.floor(random.next() * 86_400_000)));
    agrees(Float64Array.from({ length: 30_000 }, () => 1 + random.next() * 1e-7));
    // Spread values, and a third of them in one high word: past the insertion pass's budget.
    agrees(Float64Array.from({ length: 30_000 }, (_, i) => (i % 3 === 0 ? 5 + random.next() * 1e-8 : random.normal() * 1e3)));
  });
});

describe("sortedCopy with reuse: the input given up", () => {
  const random = createRandom(11);
  const cases: Record<string, () => Float64Array> = {
    "measured values (the high-word sort)": () => Float64Array.from({ length: 60_000 }, () => random.normal() * 1e3),
    "integers of a small range (the counting sort)": () => Float64Array.from({ length: 60_000 }, () => random.int(90)),
    "tightly clustered values (the full radix sort)": () => Float64Array.from({ length: 60_000 }, () => 1.7e12 + random.int(30) * 1e-3),
    // 2^k × (1 + j/16): the low 16 bits of every high word are 0, so the high-word sort skips its first pass.
    "values whose high words share their low digits (a pass skipped)": () => Float64Array.from({ length: 20_000 }, () => 2 ** (random.int(201) - 100) * (1 + random.int(16) / 16)),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`sorts ${name} exactly as without it`, () => {
      const values = make();
      const expected = sortedCopy(values);
      const given = values.slice();
      const sorted = sortedCopy(given, true);
      assert.equal(sorted.length, expected.length);
      for (let i = 0; i < expected.length; i++) assert.ok(Object.is(sorted[i], expected[i]), `index ${i}: ${sorted[i]} vs ${expected[i]}`);
    });
  }
  it("works in a view of a larger buffer without writing outside it", () => {
    const buffer = new Float64Array(70_000).fill(-1);
    const view = buffer.subarray(5_000, 65_000);
    view.set(Float64Array.from({ length: 60_000 }, () => random.normal()));
    const expected = sortedCopy(view);
    const sorted = sortedCopy(view, true);
    for (let i = 0; i < expected.length; i++) assert.ok(sorted[i] === expected[i], `index ${i}`);
    for (const i of [0, 4_999, 65_000, 69_999]) assert.equal(buffer[i], -1, `outside the view at ${i}`);
  });
});
