import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { numericalPairOfSides } from "../../../kernel-helpers/drift/columnSamples";
import { columnSide } from "../../../kernel-helpers/drift/columnSide";
import type { NumericalSide } from "../../../kernel-helpers/drift/columnSide";
import { cdfDistanceSorted, cdfMerge } from "../../../kernel-helpers/stats/cdfDistanceSorted";
import { wassersteinStatTest } from "../../../kernel-helpers/stats/wasserstein";
import { CONTEXT, fixture, sortedNumerical } from "./distanceFixture";

const sorted = (values: readonly number[]) => Float64Array.from(values).sort();
const distinct = (...samples: readonly (readonly number[])[]) => new Set(samples.flat().map((value) => (Object.is(value, -0) ? 0 : value))).size;

describe("cdfMerge", () => {
  it("gives cdfDistanceSorted's distance, bit for bit, and the distinct values over both samples, on every fixture case", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      const u = sorted(c.reference);
      const v = sorted(c.current);
      for (const p of [1, 2] as const) {
        const merged = cdfMerge(u, v, p);
        assert.equal(merged.distance, cdfDistanceSorted(u, v, p), `${name}, p = ${p}`);
        assert.equal(merged.distinct, distinct(c.reference, c.current), `${name}: distinct values`);
      }
    }
  });

  it("counts ties within and across the samples once, and -0 with +0 as one value", () => {
    assert.deepEqual(cdfMerge(Float64Array.of(0, 1), Float64Array.of(1, 2), 1), { distance: 1, distinct: 3 });
    assert.equal(cdfMerge(Float64Array.of(-0, 1, 1, 1), Float64Array.of(0, 0, 1), 1).distinct, 2);
    assert.equal(cdfMerge(Float64Array.of(5, 5, 5), Float64Array.of(5), 1).distinct, 1);
    assert.equal(cdfMerge(Float64Array.of(1, 2, 3), Float64Array.of(7, 8, 9, 10), 1).distinct, 7);
  });
});

describe("numericalPairOfSides", () => {
  const side = (values: readonly number[]) => columnSide({ name: "x", type: "numerical", values: Float64Array.from(values) }, false) as NumericalSide;

  it("counts the distinct values and measures the Wasserstein distance in one merge, which the Wasserstein test then uses as it would measure it", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      const pair = numericalPairOfSides(side(c.reference), side(c.current));
      assert.equal(pair.uniqueValues, distinct(c.reference.filter(Number.isFinite), c.current.filter(Number.isFinite)), name);
      const measured = wassersteinStatTest.run(sortedNumerical(c.reference), sortedNumerical(c.current), CONTEXT);
      const given = wassersteinStatTest.run(pair.reference, pair.current, { ...CONTEXT, firstWasserstein: pair.firstWasserstein });
      assert.deepEqual(given, measured, name);
    }
  });

  it("counts each side's distinct values when the other side has none, with no distance", () => {
    const pair = numericalPairOfSides(side([1, 1, 2, NaN]), side([NaN, NaN]));
    assert.equal(pair.uniqueValues, 2);
    assert.equal(pair.firstWasserstein, undefined);
  });
});
