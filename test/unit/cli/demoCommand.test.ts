import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { CheckReport } from "../../../kernel-helpers/check/checkReport";
import { runCli } from "../../helpers/runCli";

describe("driftlens demo", () => {
  it("builds a baseline, checks a drifting week and writes HTML, JSON, Markdown and CSV in under a minute", () => {
    const dir = mkdtempSync(join(tmpdir(), "driftlens-demo-"));
    try {
      const started = performance.now();
      const run = runCli(["demo", "--out", join(dir, "out")], { cwd: dir });
      const seconds = (performance.now() - started) / 1000;
      assert.equal(run.code, 0, run.stderr);
      assert.ok(seconds < 60, `${seconds} s`);
      assert.match(run.stdout, /^Model credit v1 · 7,000 rows · /m);
      assert.match(run.stdout, /Windows \(1d by event_time/);
      assert.match(run.stdout, /2026-11-22T00:00:00\.000Z\s+1,000 rows\s+score \d+% \(\d\/\d columns\) CRITICAL/);
      assert.match(run.stdout, /Report written to out\/ in [\d.]+ s:\n {2}out\/report\.html {2}open it in a browser/);
      const report = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as CheckReport;
      assert.equal(report.kind, "check");
      assert.equal(report.windows?.windows.length, 7);
      assert.ok(report.prediction?.drifted, "the model's score drifts with its inputs");
      assert.ok(report.windows?.windows.slice(0, 3).every((window) => window.driftedColumns === 0), "the first three days are stable");
      assert.ok(report.windows?.windows.slice(-2).every((window) => window.alert === "CRITICAL"), "the last two days are critical");
      const html = readFileSync(join(dir, "out", "report.html"), "utf8");
      assert.ok(statSync(join(dir, "out", "report.html")).size < 3 * 1024 * 1024);
      assert.match(html, /<title>driftlens demo — credit model, a week of inference data<\/title>/);
      assert.match(readFileSync(join(dir, "out", "report.md"), "utf8"), /^# Drift report/);
      assert.equal(readFileSync(join(dir, "out", "drift_summary.csv"), "utf8").split("\r\n")[0].split(",")[0], "column");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes to ./drift-report by default", () => {
    const dir = mkdtempSync(join(tmpdir(), "driftlens-demo-"));
    try {
      const run = runCli(["demo"], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      for (const file of ["report.html", "report.json", "report.md", "drift_summary.csv"]) assert.ok(existsSync(join(dir, "drift-report", file)), file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
