import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { klDivergence, klDivStatTest } from "../../../kernel-helpers/stats/klDiv";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, categoricalPair, fixture, numerical, sortedNumerical } from "./distanceFixture";

describe("klDivergence", () => {
  it("matches scipy.stats.entropy(p, q) on raw weights, Infinity where q has a zero under p", () => {
    for (const { p, q, value } of fixture.pure.entropy) {
      const actual = klDivergence(Float64Array.from(p), Float64Array.from(q));
      if (value === "Infinity") assert.equal(actual, Infinity);
      else assertClose(actual, value, 1e-12, 1e-300, `${p} | ${q}`);
    }
  });

  it("documents its example", () => {
    assertClose(klDivergence(Float64Array.of(0.5, 0.5), Float64Array.of(0.25, 0.75)), 0.14384103622589042, 1e-15);
  });
});

describe("klDivStatTest", () => {
  it("matches Evidently's kl_div on every numerical fixture case", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        assertClose(klDivStatTest.run(make(c.reference), make(c.current), CONTEXT).score, c.kl_div, 1e-9, 1e-300, name);
      }
    }
  });

  it("matches Evidently's kl_div on categorical samples", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      assertClose(klDivStatTest.run(reference, current, CONTEXT).score, c.kl_div, 1e-9, 1e-300, name);
    }
  });

  it("gives 0 for constant equal samples, never NaN or Infinity, and throws for an empty one", () => {
    assert.equal(klDivStatTest.run(numerical([1, 1]), numerical([1]), CONTEXT).score, 0);
    assert.ok(Number.isFinite(klDivStatTest.run(numerical([1, 1]), numerical([2]), CONTEXT).score));
    assert.throws(() => klDivStatTest.run(numerical([1]), numerical([]), CONTEXT), DataError);
  });

  it("flags drift at or above the threshold", () => {
    assert.equal(klDivStatTest.drifted(0.1, 0.1), true);
    assert.equal(klDivStatTest.drifted(0.05, 0.1), false);
  });
});
