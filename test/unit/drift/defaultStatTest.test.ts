import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultStatTest } from "../../../kernel-helpers/drift/defaultStatTest";

describe("defaultStatTest follows Evidently's _get_default_stattest", () => {
  it("picks ks for numerical columns with more than 5 values and at most 1000 reference rows", () => {
    assert.equal(defaultStatTest("numerical", 1000, 6), "ks");
    assert.equal(defaultStatTest("numerical", 1, 600), "ks");
  });
  it("picks chisquare for 3–5 values and z for 1–2 values with small references, numerical or categorical", () => {
    assert.equal(defaultStatTest("numerical", 1000, 5), "chisquare");
    assert.equal(defaultStatTest("numerical", 500, 3), "chisquare");
    assert.equal(defaultStatTest("numerical", 500, 2), "z");
    assert.equal(defaultStatTest("categorical", 500, 40), "chisquare");
    assert.equal(defaultStatTest("categorical", 500, 1), "z");
  });
  it("picks wasserstein for numerical columns with more than 5 values and more than 1000 reference rows", () => {
    assert.equal(defaultStatTest("numerical", 1001, 6), "wasserstein");
  });
  it("picks jensenshannon for categorical columns and numerical ones with few values on large references", () => {
    assert.equal(defaultStatTest("numerical", 1001, 5), "jensenshannon");
    assert.equal(defaultStatTest("categorical", 1_000_000, 12), "jensenshannon");
    assert.equal(defaultStatTest("categorical", 5000, 2), "jensenshannon");
  });
});
