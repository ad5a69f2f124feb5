import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { tTestIndependent } from "../../../kernel-helpers/stats/tTestIndependent";
import { tTestStatTest } from "../../../kernel-helpers/stats/tTestStatTest";
import { assertCloseToScipy, assertCloseP, fixtureNumber, numerical, statsFixture } from "./statsFixture";

describe("tTestIndependent", () => {
  const fixture = statsFixture();

  for (const c of fixture.numerical.filter((k) => fixtureNumber(k.t_test.pValue) === fixtureNumber(k.t_test.pValue))) {
    it(`matches scipy's ttest_ind on ${c.title}`, () => {
      const result = tTestIndependent(numerical(fixture, c.reference).values, numerical(fixture, c.current).values);
      assertCloseToScipy(result.statistic, c.t_test.statistic, "t");
      assertCloseP(result.pValue, c.t_test.pValue, "p-value");
    });
  }

  it("treats a single value as contributing no variance, where scipy gives NaN", () => {
    const c = fixture.numerical.find((k) => k.t_test.singleValueAsZeroVariance !== undefined);
    assert.ok(c, "the fixture has a one-value sample");
    const expected = c.t_test.singleValueAsZeroVariance as { statistic: number; pValue: number };
    const result = tTestIndependent(numerical(fixture, c.reference).values, numerical(fixture, c.current).values);
    assertCloseToScipy(result.statistic, expected.statistic, "t");
    assertCloseP(result.pValue, expected.pValue, "p-value");
  });

  it("gives t = 0 and p = 1 for identical constant samples, where scipy gives NaN", () => {
    assert.deepEqual(tTestIndependent(new Float64Array([3, 3, 3]), new Float64Array([3, 3])), { statistic: 0, pValue: 1, df: 3 });
  });

  it("gives t = -Infinity and p = 0 for different constant samples, as scipy", () => {
    assert.deepEqual(tTestIndependent(new Float64Array([3, 3, 3]), new Float64Array([4, 4])), { statistic: Number.NEGATIVE_INFINITY, pValue: 0, df: 3 });
  });

  it("gives p = 1 with an undefined statistic when each sample has one value", () => {
    const result = tTestIndependent(new Float64Array([1]), new Float64Array([2]));
    assert.equal(result.pValue, 1);
    assert.ok(Number.isNaN(result.statistic));
    const outcome = tTestStatTest.run({ type: "numerical", values: new Float64Array([1]) }, { type: "numerical", values: new Float64Array([2]) }, { seed: 0 });
    assert.deepEqual(outcome, { score: 1, pValue: 1 });
  });

  it("throws a DataError for an empty sample", () => {
    assert.throws(() => tTestIndependent(new Float64Array(0), new Float64Array([1, 2])), DataError);
  });
});

describe("tTestStatTest", () => {
  it("is Evidently's 't_test' with drift when p < threshold", () => {
    assert.equal(tTestStatTest.name, "t_test");
    assert.equal(tTestStatTest.defaultThreshold, 0.05);
    assert.equal(tTestStatTest.drifted(0.05, 0.05), false);
    assert.equal(tTestStatTest.drifted(0.01, 0.05), true);
  });
});
