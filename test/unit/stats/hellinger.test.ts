import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { hellingerStatTest } from "../../../kernel-helpers/stats/hellinger";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, categoricalPair, fixture, numerical, sortedNumerical } from "./distanceFixture";

describe("hellingerStatTest", () => {
  it("matches Evidently's hellinger on every numerical fixture case (Sturges bins of the distinct values)", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        assertClose(hellingerStatTest.run(make(c.reference), make(c.current), CONTEXT).score, c.hellinger, 1e-9, 1e-300, name);
      }
    }
  });

  it("matches Evidently's hellinger on categorical samples", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      assertClose(hellingerStatTest.run(reference, current, CONTEXT).score, c.hellinger, 1e-9, 1e-300, name);
    }
  });

  it("documents its example and stays within [0, 1]", () => {
    const [a, b] = categoricalPair(["a", "b"], ["b", "b"]);
    assertClose(hellingerStatTest.run(a, b, CONTEXT).score, Math.sqrt(1 - Math.sqrt(0.5)), 1e-15);
    assert.equal(hellingerStatTest.run(numerical([1, 1]), numerical([9, 9]), CONTEXT).score, 1);
    assert.equal(hellingerStatTest.run(numerical([3]), numerical([3]), CONTEXT).score, 0);
  });

  it("throws a DataError for an empty sample and flags drift at or above the threshold", () => {
    assert.throws(() => hellingerStatTest.run(numerical([]), numerical([1]), CONTEXT), DataError);
    assert.equal(hellingerStatTest.drifted(0.1, 0.1), true);
    assert.equal(hellingerStatTest.drifted(0.05, 0.1), false);
  });
});
