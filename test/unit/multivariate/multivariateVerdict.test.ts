import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { checkCommand } from "../../../kernel-helpers/cli/checkCommand";
import { EXIT_DRIFT, EXIT_OK } from "../../../kernel-helpers/cli/exitCodes";
import type { Table } from "../../../kernel-helpers/data/table";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { reportMarkdown } from "../../../kernel-helpers/report/reportMarkdown";
import { reportVerdict, verdictConsole } from "../../../kernel-helpers/report/reportVerdict";
import { summaryHtml } from "../../../kernel-helpers/report/summaryHtml";
import { verdictLine } from "../../../kernel-helpers/report/verdictLine";
import { correlatedSample } from "./correlatedSample";
import { captureStdout, tempDir } from "../baseline/baselineFixtures";

const sample = correlatedSample;

function toCsv(table: Table): string {
  const columns = table.columns.map((column) => (column.type === "numerical" ? column.values : new Float64Array()));
  const lines = [table.columns.map((column) => column.name).join(",")];
  for (let i = 0; i < table.rowCount; i++) lines.push(columns.map((values) => values[i]).join(","));
  return `${lines.join("\n")}\n`;
}

describe("a check's verdict with multivariate drift", () => {
  it("is DRIFT when only the multivariate detectors find drift, in every surface, with the column share unchanged", async () => {
    const baseline = buildBaseline(sample(5000, 0.8, 1), { name: "flip", version: "v1" });
    const flipped = sample(2000, -0.8, 2);
    const report = await checkDrift(baseline, flipped, { configFile: false });
    assert.equal(report.dataset.drifted, false, "Evidently's dataset drift (share of drifted columns) stays as it was");
    assert.equal(report.dataset.driftedColumns, 0);
    const verdict = reportVerdict(report);
    assert.equal(verdict.label, "DRIFT");
    assert.equal(verdict.multivariateOnly, true);
    assert.ok(verdict.multivariate?.includes("reconstruction error"));
    assert.match(verdictLine(report), /^Model flip v1 · 2,000 rows · DRIFT \(multivariate: reconstruction error.*; score 0%, 0\/3 columns\) · \d CRITICAL/);
    assert.match(verdictConsole(verdict), /^DRIFT · found by multivariate drift \(reconstruction error.* outside .*reference band.*\) · columns alone: score 0% \(0\/3 drifted, under the 50% drift share\)$/);
    assert.ok(report.alerts.some((alert) => alert.kind === "multivariate-drift" && alert.level === "CRITICAL"), "the drift that makes the verdict is a CRITICAL alert");
    assert.ok(/<section class="verdict drift"><strong>DRIFT<\/strong>\s*<span>found by multivariate drift/.test(reportHtml(report)), "the HTML report's verdict");
    assert.match(summaryHtml(report), /DRIFT<\/strong> · found by multivariate drift[\s\S]*Multivariate drift over 3 columns/);
    assert.match(reportMarkdown(report), /- Found by multivariate drift: \*\*reconstruction error/);

    const without = await checkDrift(baseline, flipped, { configFile: false, checkMultivariate: false });
    assert.equal(reportVerdict(without).label, "NO DRIFT", "without the detectors the columns alone decide");
  });

  it("stays NO DRIFT on unshifted data", async () => {
    const baseline = buildBaseline(sample(5000, 0.8, 3), { name: "calm", version: "v1" });
    const report = await checkDrift(baseline, sample(2000, 0.8, 4), { configFile: false });
    assert.equal(reportVerdict(report).label, "NO DRIFT");
    assert.equal(reportVerdict(report).multivariate, undefined);
  });

  it("driftlens check exits 1 on it under --fail-on drift (the default) and critical, 0 with --no-multivariate", async () => {
    const dir = tempDir("driftlens-mv-verdict-");
    const baseline = await saveBaseline(buildBaseline(sample(5000, 0.8, 5), { name: "flip", version: "v1" }), join(dir, "baselines"));
    const current = join(dir, "current.csv");
    writeFileSync(current, toCsv(sample(2000, -0.8, 6)));
    const run = (...flags: string[]) => captureStdout(() => checkCommand.run([current, "--baseline", baseline, "--report-dir", join(dir, "reports"), "--no-color", ...flags]));
    const byDefault = await run();
    assert.equal(byDefault.result, EXIT_DRIFT);
    assert.match(byDefault.output, /^Model flip v1 · 2,000 rows · DRIFT \(multivariate: /);
    assert.equal((await run("--fail-on", "critical")).result, EXIT_DRIFT);
    assert.equal((await run("--no-multivariate")).result, EXIT_OK);
  });
});
