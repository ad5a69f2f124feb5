import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { adjustPValues } from "../../../kernel-helpers/drift/multipleTesting";
import { assertClose } from "../../helpers/closeTo";

describe("adjustPValues", () => {
  it("leaves p-values alone without a correction", () => {
    assert.deepEqual(adjustPValues([0.2, 0.01], "none"), [0.2, 0.01]);
  });
  it("multiplies by the number of tests for Bonferroni, capped at 1", () => {
    assert.deepEqual(adjustPValues([0.01, 0.02, 0.5], "bonferroni"), [0.03, 0.06, 1]);
  });
  it("gives the Benjamini–Hochberg step-up values in input order", () => {
    // Sorted p: 0.01, 0.03, 0.04 → 0.01·3/1 = 0.03, 0.03·3/2 = 0.045, 0.04·3/3 = 0.04; monotone from the top: 0.03, 0.04, 0.04.
    const adjusted = adjustPValues([0.04, 0.01, 0.03], "fdr");
    [0.04, 0.03, 0.04].forEach((want, i) => assertClose(adjusted[i], want, 1e-15));
  });
  it("answers empty input and ties", () => {
    assert.deepEqual(adjustPValues([], "fdr"), []);
    assert.deepEqual(adjustPValues([0.02, 0.02], "fdr"), [0.02, 0.02]);
  });
});
