import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";

const work = mkdtempSync(join(tmpdir(), "driftlens-flow-"));
const reference = repoPath("examples/data/reference.csv");
const current = repoPath("examples/data/current.csv");
const env = { DRIFT_PSI_THRESHOLD: "", DRIFT_MIN_SAMPLES: "", DRIFT_ANALYSIS_WINDOW_HOURS: "", DRIFT_SCORE_CRITICAL_THRESHOLD: "" };

describe("the driftlens binary: baseline → check → status", () => {
  it("builds a baseline, checks drifted data against it, saves the report and shows the verdict", () => {
    const built = runCli(["baseline", reference, "--name", "credit", "--version", "v1"], { cwd: work, env });
    assert.equal(built.code, 0, built.stderr);
    assert.ok(existsSync(join(work, ".driftlens/baselines/credit/v1/baseline.json")));
    assert.ok(existsSync(join(work, ".driftlens/baselines/credit/v1/reference.parquet")));

    const checked = runCli(["check", current, "--baseline", ".driftlens/baselines/credit/v1", "--json", "check.json"], { cwd: work, env });
    assert.equal(checked.code, 1, checked.stderr);
    assert.match(checked.stdout, /credit v1 · 2,000 rows · DRIFT \(score 56%, 5\/9 columns; multivariate: reconstruction error, domain classifier ROC AUC\)/);
    const report = JSON.parse(readFileSync(join(work, "check.json"), "utf8"));
    assert.equal(report.kind, "check");
    assert.equal(report.dataset.driftedColumns, 5);
    assert.ok(readdirSync(join(work, ".driftlens/reports/credit")).includes("latest.json"));

    const compared = JSON.parse(runCli(["compare", reference, current, "--json", "-"], { cwd: work, env }).stdout);
    for (const column of compared.columns) {
      const fromBaseline = report.columns.find((c: { column: string }) => c.column === column.column);
      assert.equal(fromBaseline.score, column.score, `${column.column}: same score as compare on the raw reference`);
    }

    const status = runCli(["status"], { cwd: work, env });
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, /credit v1/);
    assert.match(status.stdout, /DRIFT/);
  });

  it("refuses to overwrite a version without --force, and names a foreign baseline folder", () => {
    const again = runCli(["baseline", reference, "--name", "credit", "--version", "v1"], { cwd: work, env });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /--force/);
    const foreign = join(work, "not-a-baseline");
    writeFileSync(join(work, "x.txt"), "x");
    const bad = runCli(["check", current, "--baseline", foreign], { cwd: work, env });
    assert.equal(bad.code, 2);
    assert.ok(bad.stderr.includes("not-a-baseline"), bad.stderr);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });
});
