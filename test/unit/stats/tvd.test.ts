import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { totalVariationDistance, tvdStatTest } from "../../../kernel-helpers/stats/tvd";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, categoricalPair, fixture, numerical } from "./distanceFixture";

describe("totalVariationDistance", () => {
  it("documents its example and is half the L1 distance of the shares", () => {
    assert.equal(totalVariationDistance(Float64Array.of(1, 1), Float64Array.of(0, 2)), 0.5);
    assert.equal(totalVariationDistance(Float64Array.of(3, 0), Float64Array.of(0, 5)), 1);
  });
});

describe("tvdStatTest", () => {
  it("matches Evidently's observed distance on every categorical fixture case", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      assertClose(tvdStatTest.run(reference, current, CONTEXT).statistic ?? NaN, c.TVD.statistic, 1e-12, 1e-15, name);
    }
  });

  it("gives permutation p-values within 0.09 (four standard errors) of Evidently's numpy ones", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      const outcome = tvdStatTest.run(reference, current, CONTEXT);
      assert.equal(outcome.score, outcome.pValue);
      assert.ok(Math.abs(outcome.score - c.TVD.pValueNumpy) <= 0.09, `${name}: ${outcome.score} vs ${c.TVD.pValueNumpy}`);
    }
  });

  it("is reproducible for a seed and gives p = 1 when both samples hold one category", () => {
    const c = fixture.categorical.categorical_same;
    const [reference, current] = categoricalPair(c.reference, c.current);
    assert.equal(tvdStatTest.run(reference, current, { seed: 7 }).score, tvdStatTest.run(reference, current, { seed: 7 }).score);
    const [a, b] = categoricalPair(["x", "x", "x"], ["x"]);
    assert.deepEqual(tvdStatTest.run(a, b, CONTEXT), { score: 1, pValue: 1, statistic: 0 });
  });

  it("throws a DataError for an empty sample and a UsageError for numerical samples", () => {
    const [a] = categoricalPair(["x"], []);
    const empty = { type: "categorical" as const, codes: new Int32Array(0), categories: a.categories };
    assert.throws(() => tvdStatTest.run(a, empty, CONTEXT), DataError);
    assert.throws(() => tvdStatTest.run(numerical([1]), numerical([2]), CONTEXT), UsageError);
  });

  it("flags drift below the threshold, as Evidently's p < threshold", () => {
    assert.equal(tvdStatTest.drifted(0.1, 0.1), false);
    assert.equal(tvdStatTest.drifted(0.099, 0.1), true);
    assert.equal(tvdStatTest.kind, "pvalue");
    assert.deepEqual(tvdStatTest.columnTypes, ["categorical"]);
  });
});
