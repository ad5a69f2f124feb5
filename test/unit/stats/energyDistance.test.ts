import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { energyDistance, energyDistanceSorted, energyDistanceStatTest } from "../../../kernel-helpers/stats/energyDistance";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, fixture, numerical, sortedNumerical } from "./distanceFixture";

describe("energyDistance", () => {
  it("matches scipy.stats.energy_distance on every fixture case", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      assertClose(energyDistance(Float64Array.from(c.reference), Float64Array.from(c.current)), c.energy_distance, 1e-9, 1e-300, name);
    }
  });

  it("documents its examples", () => {
    assert.equal(energyDistanceSorted(Float64Array.of(0), Float64Array.of(1)), Math.SQRT2);
    assertClose(energyDistance(Float64Array.of(2, 0), Float64Array.of(1)), 1.0000000000000002, 1e-15);
  });

  it("throws a DataError for an empty sample", () => {
    assert.throws(() => energyDistance(Float64Array.of(1), new Float64Array(0)), DataError);
  });
});

describe("energyDistanceStatTest", () => {
  it("is Evidently's ed: the raw energy distance of sorted or unsorted samples", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        assertClose(energyDistanceStatTest.run(make(c.reference), make(c.current), CONTEXT).score, c.energy_distance, 1e-9, 1e-300, name);
      }
    }
  });

  it("gives 0 for constant equal samples and for identical samples", () => {
    assert.equal(energyDistanceStatTest.run(numerical([2, 2, 2]), numerical([2]), CONTEXT).score, 0);
    const c = fixture.numerical.identical;
    assert.equal(energyDistanceStatTest.run(numerical(c.reference), numerical(c.current), CONTEXT).score, 0);
  });

  it("flags drift strictly above the threshold, as Evidently's >", () => {
    assert.equal(energyDistanceStatTest.drifted(0.1, 0.1), false);
    assert.equal(energyDistanceStatTest.drifted(0.1000001, 0.1), true);
    assert.equal(energyDistanceStatTest.name, "ed");
  });
});
