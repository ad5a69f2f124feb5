import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { ksStatTest } from "../../../kernel-helpers/stats/ksStatTest";
import { ksTwoSample } from "../../../kernel-helpers/stats/ksTwoSample";
import { assertCloseToScipy, assertCloseP, numerical, statsFixture } from "./statsFixture";

describe("ksTwoSample", () => {
  const fixture = statsFixture();

  for (const c of fixture.numerical) {
    it(`matches scipy's ks_2samp (${c.ks.method} mode) on ${c.title}`, () => {
      const result = ksTwoSample(numerical(fixture, c.reference).values, numerical(fixture, c.current).values);
      assert.equal(result.method, c.ks.method);
      assertCloseToScipy(result.statistic, c.ks.statistic, "statistic");
      assertCloseP(result.pValue, c.ks.pValue, "p-value");
    });
  }

  it("covers both of scipy's branches in the fixture", () => {
    const methods = new Set(fixture.numerical.map((c) => c.ks.method));
    assert.deepEqual([...methods].sort(), ["asymptotic", "exact"]);
  });

  it("matches scipy's exact mode on tiny samples", () => {
    const result = ksTwoSample(new Float64Array([1, 2, 3]), new Float64Array([4, 5, 6]));
    assert.deepEqual(result, { statistic: 1, pValue: 0.09999999999999999, method: "exact" });
  });

  it("gives p = 1 and D = 0 for identical samples and for one equal value on each side", () => {
    assert.deepEqual(ksTwoSample(new Float64Array([2, 5, 5]), new Float64Array([5, 2, 5])), { statistic: 0, pValue: 1, method: "exact" });
    assert.deepEqual(ksTwoSample(new Float64Array([7]), new Float64Array([7])), { statistic: 0, pValue: 1, method: "exact" });
  });

  it("gives the same answer from presorted samples", () => {
    for (const c of fixture.numerical) {
      const x = numerical(fixture, c.reference).values;
      const y = numerical(fixture, c.current).values;
      assert.deepEqual(ksTwoSample(x.slice().sort(), y.slice().sort(), true), ksTwoSample(x, y), c.title);
    }
  });

  it("does not modify its inputs", () => {
    const a = new Float64Array([3, 1, 2]);
    ksTwoSample(a, new Float64Array([0.5]));
    assert.deepEqual([...a], [3, 1, 2]);
  });

  it("throws a DataError for an empty sample", () => {
    assert.throws(() => ksTwoSample(new Float64Array(0), new Float64Array([1])), DataError);
    assert.throws(() => ksStatTest.run({ type: "numerical", values: new Float64Array([1]) }, { type: "numerical", values: new Float64Array(0) }, { seed: 0 }), DataError);
  });
});

describe("ksStatTest", () => {
  it("is registered as Evidently's 'ks' with drift when p <= threshold", () => {
    assert.equal(ksStatTest.name, "ks");
    assert.equal(ksStatTest.defaultThreshold, 0.05);
    assert.deepEqual(ksStatTest.columnTypes, ["numerical"]);
    assert.equal(ksStatTest.drifted(0.05, 0.05), true);
    assert.equal(ksStatTest.drifted(0.050001, 0.05), false);
  });

  it("reports the p-value as the score and D as the statistic", () => {
    const fixture = statsFixture();
    const c = fixture.numerical[1];
    const outcome = ksStatTest.run(numerical(fixture, c.reference), numerical(fixture, c.current), { seed: 0 });
    assertCloseP(outcome.score, c.ks.pValue, "score");
    assert.equal(outcome.pValue, outcome.score);
    assertCloseToScipy(outcome.statistic as number, c.ks.statistic, "statistic");
  });
});
