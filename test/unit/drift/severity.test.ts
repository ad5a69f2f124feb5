import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { severityOf } from "../../../kernel-helpers/drift/severity";

describe("severityOf", () => {
  it("uses the PSI bands: < 0.1 none, 0.1–0.2 medium, > 0.2 high", () => {
    assert.equal(severityOf("psi", "distance", 0.05, 0.1, false), "none");
    assert.equal(severityOf("psi", "distance", 0.15, 0.1, true), "medium");
    assert.equal(severityOf("psi", "distance", 0.25, 0.1, true), "high");
    assert.equal(severityOf("psi", "distance", 0.07, 0.05, true), "low");
  });
  it("grades p-values by orders of magnitude below the threshold", () => {
    assert.equal(severityOf("ks", "pvalue", 0.2, 0.05, false), "none");
    assert.equal(severityOf("ks", "pvalue", 0.01, 0.05, true), "low");
    assert.equal(severityOf("ks", "pvalue", 0.001, 0.05, true), "medium");
    assert.equal(severityOf("ks", "pvalue", 1e-9, 0.05, true), "high");
  });
  it("grades distances by their ratio to the threshold", () => {
    assert.equal(severityOf("wasserstein", "distance", 0.12, 0.1, true), "low");
    assert.equal(severityOf("wasserstein", "distance", 0.17, 0.1, true), "medium");
    assert.equal(severityOf("wasserstein", "distance", 0.3, 0.1, true), "high");
  });
  it("moves the PSI, p-value and distance bands where they are configured", () => {
    const bands = { psi: { medium: 0.15, high: 0.3 }, pValue: { low: 0.5, medium: 0.1 }, distance: { medium: 1.1, high: 1.3 } };
    assert.equal(severityOf("psi", "distance", 0.12, 0.1, true, bands), "low");
    assert.equal(severityOf("psi", "distance", 0.25, 0.1, true, bands), "medium");
    assert.equal(severityOf("psi", "distance", 0.31, 0.1, true, bands), "high");
    assert.equal(severityOf("ks", "pvalue", 0.03, 0.05, true, bands), "low");
    assert.equal(severityOf("ks", "pvalue", 0.01, 0.05, true, bands), "medium");
    assert.equal(severityOf("ks", "pvalue", 0.001, 0.05, true, bands), "high");
    assert.equal(severityOf("wasserstein", "distance", 0.12, 0.1, true, bands), "medium");
    assert.equal(severityOf("wasserstein", "distance", 0.14, 0.1, true, bands), "high");
  });
});
