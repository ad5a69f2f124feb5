import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { mannWhitneyStatTest } from "../../../kernel-helpers/stats/mannWhitneyStatTest";
import { mannWhitneyU } from "../../../kernel-helpers/stats/mannWhitneyU";
import { assertCloseToScipy, assertCloseP, numerical, statsFixture } from "./statsFixture";

describe("mannWhitneyU", () => {
  const fixture = statsFixture();

  for (const c of fixture.numerical) {
    for (const alternative of ["two-sided", "less", "greater"] as const) {
      it(`matches scipy's mannwhitneyu (${c.mannw.method}, ${alternative}) on ${c.title}`, () => {
        const result = mannWhitneyU(numerical(fixture, c.reference).values, numerical(fixture, c.current).values, alternative);
        assert.equal(result.method, c.mannw.method);
        assertCloseToScipy(result.statistic, c.mannw[alternative].statistic, "U");
        assertCloseP(result.pValue, c.mannw[alternative].pValue, "p-value");
      });
    }
  }

  it("covers the exact and the asymptotic branch in the fixture", () => {
    assert.deepEqual([...new Set(fixture.numerical.map((c) => c.mannw.method))].sort(), ["asymptotic", "exact"]);
  });

  it("matches scipy's documented example", () => {
    const result = mannWhitneyU(new Float64Array([19, 22, 16, 29, 24]), new Float64Array([20, 11, 17, 12]));
    assert.equal(result.statistic, 17);
    assertCloseToScipy(result.pValue, 0.1111111111111111, "p-value");
    assert.equal(result.method, "exact");
  });

  it("gives the same answer from presorted samples", () => {
    for (const c of fixture.numerical) {
      const x = numerical(fixture, c.reference).values;
      const y = numerical(fixture, c.current).values;
      assert.deepEqual(mannWhitneyU(x.slice().sort(), y.slice().sort(), "two-sided", true), mannWhitneyU(x, y), c.title);
    }
  });

  it("gives p = 1 for constant identical samples", () => {
    const result = mannWhitneyU(new Float64Array([4, 4, 4]), new Float64Array([4, 4]));
    assert.equal(result.pValue, 1);
    assert.equal(result.statistic, 3);
  });

  it("throws a DataError for an empty sample", () => {
    assert.throws(() => mannWhitneyU(new Float64Array([1]), new Float64Array(0)), DataError);
  });
});

describe("mannWhitneyStatTest", () => {
  it("is Evidently's 'mannw', with drift when p < threshold", () => {
    assert.equal(mannWhitneyStatTest.name, "mannw");
    assert.equal(mannWhitneyStatTest.defaultThreshold, 0.05);
    assert.equal(mannWhitneyStatTest.drifted(0.05, 0.05), false);
    assert.equal(mannWhitneyStatTest.drifted(0.049, 0.05), true);
  });

  it("matches scipy's mannwhitneyu(reference, current, alternative='less'), as Evidently calls it, on every fixture pair", () => {
    const fixture = statsFixture();
    for (const c of fixture.numerical) {
      const outcome = mannWhitneyStatTest.run(numerical(fixture, c.reference), numerical(fixture, c.current), { seed: 0 });
      assertCloseP(outcome.score, c.mannw.less.pValue, `score on ${c.title}`);
      assertCloseToScipy(outcome.statistic as number, c.mannw.less.statistic, `U on ${c.title}`);
    }
  });

  it("flags current values that move up, and not values that move down (one-sided, as Evidently)", () => {
    const reference = { type: "numerical" as const, values: Float64Array.from({ length: 200 }, (_, i) => (i * 37) % 101) };
    const shifted = (by: number) => ({ type: "numerical" as const, values: reference.values.map((value) => value + by) });
    assert.ok(mannWhitneyStatTest.run(reference, shifted(20), { seed: 0 }).score < 1e-6, "up: drift");
    assert.ok(mannWhitneyStatTest.run(reference, shifted(-20), { seed: 0 }).score > 0.999, "down: no drift");
  });
});
