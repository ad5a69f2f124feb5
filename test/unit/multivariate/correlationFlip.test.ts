import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { classifierDrift } from "../../../kernel-helpers/multivariate/classifierDrift";
import { reconstructionDrift } from "../../../kernel-helpers/multivariate/reconstructionDrift";
import { correlatedSample } from "./correlatedSample";

const SEEDS = 20;

const sample = correlatedSample;

describe("quality bar: a correlation flip with the same marginals", () => {
  it("passes every univariate test, and the reconstruction error alerts in ≥ 19/20 seeds with ≤ 1/20 false alarms", async (t) => {
    let univariateDrift = 0;
    let alerts = 0;
    let falseAlarms = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const reference = sample(5000, 0.8, seed * 3);
      const flipped = sample(2000, -0.8, seed * 3 + 1);
      const unshifted = sample(2000, 0.8, seed * 3 + 2);
      if (compareTables(reference, flipped).dataset.drifted) univariateDrift++;
      if ((await reconstructionDrift(reference, flipped)).drifted) alerts++;
      if ((await reconstructionDrift(reference, unshifted)).drifted) falseAlarms++;
    }
    t.diagnostic(`univariate dataset drift ${univariateDrift}/20, reconstruction alerts ${alerts}/20, false alarms ${falseAlarms}/20`);
    assert.equal(univariateDrift, 0, "univariate dataset drift on the flipped data");
    assert.ok(alerts >= 19, `reconstruction error alerted in ${alerts}/20 seeds`);
    assert.ok(falseAlarms <= 1, `false alarms on unshifted data in ${falseAlarms}/20 seeds`);
  });

  it("the domain classifier (logistic regression on the columns and their products) tells the flip too", async (t) => {
    let alerts = 0;
    let falseAlarms = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const reference = sample(5000, 0.8, seed * 3);
      if ((await classifierDrift(reference, sample(2000, -0.8, seed * 3 + 1), { seed })).drifted) alerts++;
      if ((await classifierDrift(reference, sample(2000, 0.8, seed * 3 + 2), { seed })).drifted) falseAlarms++;
    }
    t.diagnostic(`classifier alerts ${alerts}/20, false alarms ${falseAlarms}/20`);
    assert.ok(alerts >= 19, `classifier alerted in ${alerts}/20 seeds`);
    assert.ok(falseAlarms <= 1, `classifier false alarms in ${falseAlarms}/20 seeds`);
  });

  it("per window: every window of a flipped stretch is outside the band, the others inside", async () => {
    const reference = sample(5000, 0.8, 11);
    const unshifted = sample(3000, 0.8, 12);
    const flipped = sample(2000, -0.8, 13);
    const current = tableFromColumns(Object.fromEntries(["x", "y", "z"].map((name, j) => [name, Float64Array.from([...(unshifted.columns[j] as { values: Float64Array }).values, ...(flipped.columns[j] as { values: Float64Array }).values])])));
    const result = await reconstructionDrift(reference, current, { window: "1000" });
    assert.deepEqual(result.windows?.map((w) => w.drifted), [false, false, false, true, true]);
  });

  it("says what to do with too few columns, a column of another type, or a bad option", async () => {
    const reference = sample(500, 0.8, 1);
    await assert.rejects(reconstructionDrift(reference, reference, { columns: ["x"] }), /at least 2 numerical or categorical columns/);
    await assert.rejects(reconstructionDrift(reference, reference, { columns: ["x", "w"] }), /column 'w' is not in memory/);
    await assert.rejects(reconstructionDrift(reference, reference, { varianceKept: 1.5 }), /varianceKept must be a number in \(0, 1\)/);
    await assert.rejects(reconstructionDrift(sample(50, 0.8, 1), reference), /at least 200 reference rows/);
  });
});
