import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { jensenShannonDistance, jensenShannonStatTest } from "../../../kernel-helpers/stats/jensenShannon";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, categoricalPair, fixture, numerical, sortedNumerical } from "./distanceFixture";

describe("jensenShannonDistance", () => {
  it("matches scipy.spatial.distance.jensenshannon on raw weights with zeros", () => {
    for (const { p, q, value } of fixture.pure.jensenshannon) {
      assertClose(jensenShannonDistance(Float64Array.from(p), Float64Array.from(q)), value, 1e-12, 1e-300, `${p} | ${q}`);
    }
  });

  it("reaches sqrt(ln 2) for disjoint distributions and 0 for equal ones", () => {
    assert.equal(jensenShannonDistance(Float64Array.of(1, 0), Float64Array.of(0, 1)), 0.8325546111576977);
    assert.equal(jensenShannonDistance(Float64Array.of(0.2, 0.8), Float64Array.of(2, 8)), 0);
  });
});

describe("jensenShannonStatTest", () => {
  it("matches Evidently's jensenshannon on every numerical fixture case (no zero filling)", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        assertClose(jensenShannonStatTest.run(make(c.reference), make(c.current), CONTEXT).score, c.jensenshannon, 1e-9, 1e-300, name);
      }
    }
  });

  it("matches Evidently's jensenshannon on categorical samples", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      assertClose(jensenShannonStatTest.run(reference, current, CONTEXT).score, c.jensenshannon, 1e-9, 1e-300, name);
    }
  });

  it("gives 0 for constant equal samples and throws a DataError for an empty one", () => {
    assert.equal(jensenShannonStatTest.run(numerical([4, 4]), numerical([4]), CONTEXT).score, 0);
    assert.throws(() => jensenShannonStatTest.run(numerical([]), numerical([]), CONTEXT), DataError);
  });

  it("flags drift at or above the threshold", () => {
    assert.equal(jensenShannonStatTest.drifted(0.1, 0.1), true);
    assert.equal(jensenShannonStatTest.drifted(0.099, 0.1), false);
  });
});
