import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { multivariateDrift } from "../../../kernel-helpers/multivariate/multivariateDrift";
import { reconstructionDrift } from "../../../kernel-helpers/multivariate/reconstructionDrift";
import { checkSummary } from "../../../kernel-helpers/report/checkSummary";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { reportNotes } from "../../../kernel-helpers/report/reportNotes";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { correlatedSample } from "./correlatedSample";

// Two uncorrelated columns: each PCA axis explains about half the variance, so at the default 65%
// the PCA keeps both, rebuilds every row exactly, and the reconstruction error is rounding noise on
// both sides. A band of noise alerted at random (CRITICAL "multivariate drift" on unchanged data).
describe("the reconstruction detector when the PCA keeps every axis", () => {
  const pair = (rows: number, seed: number) => {
    const random = createRandom(seed);
    return tableFromColumns({ a: Array.from({ length: rows }, () => random.normal()), b: Array.from({ length: rows }, () => random.normal()) });
  };

  it("does not run, says why, and never counts as no drift", () => {
    const drift = multivariateDrift(pair(1000, 1), pair(500, 2));
    assert.deepEqual(drift.detectors.map((detector) => detector.method), ["domain_classifier"]);
    assert.equal(drift.notRun?.length, 1);
    assert.equal(drift.notRun?.[0].method, "reconstruction_error");
    assert.match(drift.notRun?.[0].reason ?? "", /^not run: to explain more than 65% of the variance the PCA keeps all 2 axes of the 2 columns/);
    // Correlated columns keep fewer axes than columns: the detector runs.
    assert.equal(multivariateDrift(correlatedSample(1000, 0.9, 3), correlatedSample(500, 0.9, 4), { columns: ["x", "y"] }).notRun, undefined);
  });

  it("is listed as not run in a check's console summary and HTML; with only that detector the check says not checked", async () => {
    const baseline = buildBaseline(pair(1000, 1), { name: "pair", version: "v1" });
    const report = await checkDrift(baseline, pair(500, 2), { configFile: false, env: {} });
    assert.ok(report.multivariate && "detectors" in report.multivariate);
    assert.equal(report.alerts.some((alert) => alert.kind === "multivariate-drift" && /reconstruction/.test(alert.message)), false);
    assert.match(checkSummary(report, { color: false }), /^ {2}reconstruction error: not run: to explain more than 65%/m);
    assert.match(reportHtml(report), /<li>reconstruction error: not run: to explain more than 65%/);
    // The panel and the notebook renderer list it with the warnings (reportNotes).
    assert.ok(reportNotes(report).warnings.some((warning) => /^Multivariate drift: reconstruction error: not run: /.test(warning)));
    const only = await checkDrift(baseline, pair(500, 2), { configFile: false, env: {}, multivariate: { detectors: ["reconstruction"] } });
    assert.ok(only.multivariate && "unavailable" in only.multivariate, "no detector ran: not checked");
    assert.match(only.multivariate.unavailable, /^reconstruction error: not run/);
    assert.ok(reportNotes(only).warnings.some((warning) => /^Multivariate drift: reconstruction error: not run/.test(warning)));
    await assert.rejects(reconstructionDrift(pair(1000, 1), pair(500, 2)), /multivariate drift: not run: to explain more than 65%/);
  });
});
