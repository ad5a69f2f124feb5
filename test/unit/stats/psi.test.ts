import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { populationStabilityIndex, psiStatTest } from "../../../kernel-helpers/stats/psi";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, categoricalPair, fixture, numerical, sortedNumerical } from "./distanceFixture";

describe("psiStatTest", () => {
  it("matches Evidently's psi on every numerical fixture case (Sturges bins and one bin per value)", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        assertClose(psiStatTest.run(make(c.reference), make(c.current), CONTEXT).score, c.psi, 1e-9, 1e-300, name);
      }
    }
  });

  it("matches Evidently's psi on categorical samples, a category missing on one side included", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      assertClose(psiStatTest.run(reference, current, CONTEXT).score, c.psi, 1e-9, 1e-300, name);
    }
  });

  it("gives 0 for constant equal samples and one equal value on each side", () => {
    assert.equal(psiStatTest.run(numerical([5, 5, 5]), numerical([5, 5]), CONTEXT).score, 0);
    assert.equal(psiStatTest.run(numerical([5]), numerical([5]), CONTEXT).score, 0);
  });

  it("throws a DataError for an empty sample (Evidently returns NaN)", () => {
    assert.throws(() => psiStatTest.run(numerical([]), numerical([1]), CONTEXT), DataError);
  });

  it("flags drift at or above the threshold and documents its example", () => {
    assert.equal(psiStatTest.drifted(0.1, 0.1), true);
    assert.equal(psiStatTest.drifted(0.09, 0.1), false);
    assertClose(populationStabilityIndex(Float64Array.of(0.5, 0.5), Float64Array.of(0.25, 0.75)), 0.2746530721670274, 1e-15);
  });
});
