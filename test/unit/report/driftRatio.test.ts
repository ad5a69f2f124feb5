import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { driftRatio } from "../../../kernel-helpers/report/driftRatio";
import { assertClose } from "../../helpers/closeTo";

describe("driftRatio", () => {
  it("is the score over the threshold for distances", () => {
    assert.equal(driftRatio(0.2, 0.1, "distance"), 2);
    assert.equal(driftRatio(0, 0.1, "distance"), 0);
    assert.equal(driftRatio(Infinity, 0.1, "distance"), Infinity);
  });

  it("is 1 at the threshold and 2 at its square for p-values, 0 at p = 1, Infinity at p = 0", () => {
    assertClose(driftRatio(0.05, 0.05, "pvalue"), 1, 1e-12);
    assertClose(driftRatio(0.0025, 0.05, "pvalue"), 2, 1e-12);
    assert.equal(driftRatio(1, 0.05, "pvalue"), 0);
    assert.equal(driftRatio(0, 0.05, "pvalue"), Infinity);
  });

  it("is NaN for a missing score (NaN in memory, null from JSON) or a threshold that is not positive", () => {
    assert.ok(Number.isNaN(driftRatio(NaN, 0.1, "distance")));
    assert.ok(Number.isNaN(driftRatio(null, 0.1, "pvalue")));
    assert.ok(Number.isNaN(driftRatio(0.3, 0, "distance")));
  });
});
