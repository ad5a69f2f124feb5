import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pairwiseSum } from "../../../kernel-helpers/stats/pairwiseSum";
import { statsFixture } from "./statsFixture";

describe("pairwiseSum", () => {
  it("equals numpy's np.sum bit for bit, past its 8192-value buffer too", () => {
    const fixture = statsFixture();
    for (const [name, expected] of Object.entries(fixture.pairwiseSums)) {
      assert.equal(pairwiseSum(Float64Array.from(fixture.samples[name])), expected, name);
    }
  });

  it("is 0 for no values", () => {
    assert.equal(pairwiseSum([]), 0);
  });
});
