import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import type { CheckReport } from "../../../kernel-helpers/check/checkReport";
import { latestReports } from "../../../kernel-helpers/store/latestReports";
import { listReports } from "../../../kernel-helpers/store/listReports";
import { saveReport } from "../../../kernel-helpers/store/saveReport";
import { verdictLine } from "../../../kernel-helpers/report/verdictLine";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { tempDir } from "./baselineFixtures";

async function report(drift: number, createdAt: string): Promise<CheckReport> {
  const baseline = buildBaseline(creditSample({ rows: 1000, seed: 1 }), { name: "credit", version: "v1" });
  // The column verdicts only: multivariate drift, which also names its detectors in the verdict, has its own tests.
  const checked = await checkDrift(baseline, creditSample({ rows: 500, seed: 2, drift }), { configFile: false, env: {}, checkMultivariate: false });
  return { ...checked, createdAt };
}

describe("check reports on disk", () => {
  it("saves <dir>/<name>/<stamp>.json and replaces latest.json, never overwriting a report", async () => {
    const dir = tempDir();
    const first = await report(0, "2026-11-23T08:00:00.000Z");
    const saved = await saveReport(first, dir);
    assert.equal(saved.path, join(dir, "credit", "2026-11-23T08-00-00.000Z.json"));
    assert.deepEqual(JSON.parse(readFileSync(saved.latest, "utf8")), JSON.parse(JSON.stringify(first)));
    const again = await saveReport(first, dir);
    assert.equal(again.path, join(dir, "credit", "2026-11-23T08-00-00.000Z-2.json"));
    const second = await report(1, "2026-11-23T09:00:00.000Z");
    await saveReport(second, dir);
    assert.equal(JSON.parse(readFileSync(join(dir, "credit", "latest.json"), "utf8")).createdAt, "2026-11-23T09:00:00.000Z");
    assert.deepEqual(readdirSync(join(dir, "credit")).sort(), ["2026-11-23T08-00-00.000Z-2.json", "2026-11-23T08-00-00.000Z.json", "2026-11-23T09-00-00.000Z.json", "latest.json"]);
  });

  it("lists reports newest first, per name or all, without latest.json", async () => {
    const dir = tempDir();
    await saveReport(await report(0, "2026-11-23T08:00:00.000Z"), dir);
    await saveReport(await report(0, "2026-11-24T08:00:00.000Z"), dir);
    const listings = await listReports(dir);
    assert.deepEqual(listings.map((listing) => [listing.name, listing.createdAt]), [["credit", "2026-11-24T08:00:00.000Z"], ["credit", "2026-11-23T08:00:00.000Z"]]);
    assert.deepEqual(await listReports(dir, "other"), []);
    assert.deepEqual(await listReports(join(dir, "nowhere")), []);
  });

  it("reads the latest report per name and explains one that cannot be read", async () => {
    const dir = tempDir();
    await saveReport(await report(1, "2026-11-23T08:00:00.000Z"), dir);
    await saveReport({ ...(await report(0, "2026-11-23T08:00:00.000Z")), baseline: { name: "fraud", version: "v3", created: "2026-01-01T00:00:00.000Z", rows: 1000 } }, dir);
    writeFileSync(join(dir, "fraud", "latest.json"), '{"baseline": ');
    const latest = await latestReports(dir);
    assert.deepEqual(latest.map((entry) => entry.name), ["credit", "fraud"]);
    assert.equal(latest[0].report?.dataset.drifted, true);
    assert.match(latest[1].problem ?? "", /fraud\/latest\.json is not valid JSON \(line 1, column 14: .*\)\. Run the check again/);
  });

  it("puts the verdict on one line: model, rows, verdict, score, columns, alerts", async () => {
    const drifted = await report(1, "2026-11-23T08:00:00.000Z");
    const critical = drifted.alerts.filter((alert) => alert.level === "CRITICAL").length;
    const warnings = drifted.alerts.length - critical;
    assert.equal(verdictLine(drifted), `Model credit v1 · 500 rows · DRIFT (score ${Math.round(drifted.dataset.driftScore * 100)}%, ${drifted.dataset.driftedColumns}/9 columns) · ${critical} CRITICAL, ${warnings} WARNING`);
    const calm = await report(0, "2026-11-23T08:00:00.000Z");
    assert.equal(calm.alerts.length, 0);
    assert.equal(verdictLine(calm), `Model credit v1 · 500 rows · NO DRIFT (score ${Math.round(calm.dataset.driftScore * 100)}%, ${calm.dataset.driftedColumns}/9 columns) · no alerts`);
  });
});
