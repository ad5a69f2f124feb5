import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { distinctInSorted } from "../../../kernel-helpers/stats/distinctInSorted";

describe("distinctInSorted", () => {
  it("counts the distinct values of two ascending arrays together, ties within and across once", () => {
    assert.equal(distinctInSorted(Float64Array.of(0, 1, 1), Float64Array.of(1, 2)), 3);
    assert.equal(distinctInSorted(Float64Array.of(1, 2, 3), Float64Array.of(7, 8, 9, 10)), 7);
    assert.equal(distinctInSorted(Float64Array.of(5, 5, 5), Float64Array.of(5)), 1);
  });

  it("takes -0 and +0 as one value, and either array empty", () => {
    assert.equal(distinctInSorted(Float64Array.of(-0, 1), Float64Array.of(0, 0, 1)), 2);
    assert.equal(distinctInSorted(Float64Array.of(1, 1, 2), new Float64Array(0)), 2);
    assert.equal(distinctInSorted(new Float64Array(0), Float64Array.of(-3, 4)), 2);
    assert.equal(distinctInSorted(new Float64Array(0), new Float64Array(0)), 0);
  });
});
