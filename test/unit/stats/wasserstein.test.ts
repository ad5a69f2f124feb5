import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { wassersteinDistance, wassersteinDistanceSorted, wassersteinStatTest } from "../../../kernel-helpers/stats/wasserstein";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, fixture, numerical, sortedNumerical } from "./distanceFixture";

describe("wassersteinDistance", () => {
  it("matches scipy.stats.wasserstein_distance on every fixture case", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      assertClose(wassersteinDistance(Float64Array.from(c.reference), Float64Array.from(c.current)), c.wasserstein_distance, 1e-9, 1e-300, name);
    }
  });

  it("gives the same answer from pre-sorted input", () => {
    const c = fixture.numerical.heavy_tailed;
    const sorted = wassersteinDistanceSorted(Float64Array.from(c.reference).sort(), Float64Array.from(c.current).sort());
    assertClose(sorted, c.wasserstein_distance, 1e-9, 0, "heavy_tailed");
  });

  it("documents its examples", () => {
    assert.equal(wassersteinDistanceSorted(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)), 5);
    assert.equal(wassersteinDistance(Float64Array.of(3, 0, 1), Float64Array.of(5, 6, 8)), 5);
  });

  it("throws a DataError for an empty sample, as SciPy raises", () => {
    assert.throws(() => wassersteinDistance(new Float64Array(0), Float64Array.of(1)), DataError);
  });
});

describe("wassersteinStatTest", () => {
  it("matches Evidently's normed Wasserstein distance on every fixture case, sorted or not", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        const outcome = wassersteinStatTest.run(make(c.reference), make(c.current), CONTEXT);
        assertClose(outcome.score, c.wasserstein, 1e-9, 1e-300, name);
      }
    }
  });

  it("gives 0, not NaN, for two equal constant columns and divides by 0.001 for a constant reference", () => {
    assert.equal(wassersteinStatTest.run(numerical([3, 3, 3]), numerical([3, 3]), CONTEXT).score, 0);
    assertClose(wassersteinStatTest.run(numerical([3, 3]), numerical([4]), CONTEXT).score, 1000, 1e-12);
  });

  it("gives 0 for identical samples and for one equal value on each side", () => {
    const c = fixture.numerical.identical;
    assert.equal(wassersteinStatTest.run(numerical(c.reference), numerical(c.current), CONTEXT).score, 0);
    assert.equal(wassersteinStatTest.run(numerical([7]), numerical([7]), CONTEXT).score, 0);
  });

  it("flags drift at or above the threshold, as Evidently's >=", () => {
    assert.equal(wassersteinStatTest.drifted(0.1, 0.1), true);
    assert.equal(wassersteinStatTest.drifted(0.0999, 0.1), false);
    assert.equal(wassersteinStatTest.defaultThreshold, 0.1);
    assert.equal(wassersteinStatTest.kind, "distance");
  });

  it("refuses a categorical sample with a UsageError", () => {
    const categorical = { type: "categorical" as const, codes: Int32Array.of(0), categories: ["a"] };
    assert.throws(() => wassersteinStatTest.run(categorical, categorical, CONTEXT), UsageError);
  });
});
