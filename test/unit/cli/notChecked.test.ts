import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { CheckReport } from "../../../kernel-helpers/check/checkReport";
import { runCli } from "../../helpers/runCli";

/** Columns 'age' (numbers) and 'region' (categories) over `rows` rows, under the given header. */
function csv(header: string, rows: number, shift = 0): string {
  const lines = [header];
  for (let i = 0; i < rows; i++) lines.push(`${20 + ((i * 7 + shift) % 50)},${["north", "south", "east"][i % 3]}`);
  return `${lines.join("\n")}\n`;
}

describe("driftlens check and compare say NOT CHECKED (exit 4) when too few columns were tested (the real binary)", () => {
  const dir = mkdtempSync(join(tmpdir(), "driftlens-not-checked-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "reference.csv"), csv("age,region", 300));
  writeFileSync(join(dir, "renamed.csv"), csv("AGE,REGION", 200, 3));
  writeFileSync(join(dir, "half.csv"), csv("age,REGION", 200, 3));
  const built = runCli(["baseline", "reference.csv", "--out", "baselines", "--name", "credit"], { cwd: dir });

  it("a check whose data shares no column with the baseline is NOT CHECKED, says why, and exits 4", () => {
    assert.equal(built.code, 0, built.stderr);
    const run = runCli(["check", "renamed.csv", "--baseline", "baselines/credit/v1", "--report-dir", "reports", "--json", "report.json"], { cwd: dir });
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stdout, /· NOT CHECKED \(0 of 2 columns tested: none of the 2 columns could be tested — age: missing from the current data; region: missing from the current data\)/);
    assert.doesNotMatch(run.stdout, /NO DRIFT/);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as CheckReport;
    assert.equal(report.dataset.verdict, "NOT CHECKED");
    assert.equal(report.dataset.drifted, false);
    assert.equal(report.dataset.notTested, 2);
    assert.deepEqual(report.alerts.filter((alert) => alert.kind !== "data-quality").map((alert) => [alert.level, alert.kind]), [["CRITICAL", "not-checked"], ["WARNING", "column-problem"], ["WARNING", "column-problem"]]);
    assert.match(report.alerts[0].message, /^NOT CHECKED: 0 of 2 columns tested, so there is no drift verdict \(none of the 2 columns could be tested/);
    assert.match(run.stdout, /^Alerts:\n {2}CRITICAL {2}NOT CHECKED: 0 of 2 columns tested/m);
  });

  it("the NOT CHECKED alert is what --fail-on critical and warning see; a half-tested check whose one column drifted raises it, not a dataset-drift alert", () => {
    for (const level of ["critical", "warning"]) {
      const run = runCli(["check", "renamed.csv", "--baseline", "baselines/credit/v1", "--report-dir", "reports", "--fail-on", level], { cwd: dir });
      assert.equal(run.code, 4, run.stderr);
    }
    writeFileSync(join(dir, "half-shifted.csv"), csv("age,REGION", 200, 0).replace(/^(\d+),/gm, (_, age: string) => `${Number(age) + 500},`));
    const run = runCli(["check", "half-shifted.csv", "--baseline", "baselines/credit/v1", "--report-dir", "reports", "--min-tested-share", "0.6", "--json", "-"], { cwd: dir });
    assert.equal(run.code, 4, run.stderr);
    const report = JSON.parse(run.stdout) as CheckReport;
    assert.equal(report.dataset.driftScore, 1, "the one tested column drifted");
    assert.equal(report.alerts[0].kind, "not-checked");
    assert.equal(report.alerts[0].level, "CRITICAL");
    assert.equal(report.alerts.filter((alert) => alert.kind === "dataset-drift").length, 0);
  });

  it("--fail-on none exits 0 on NOT CHECKED, and still prints it", () => {
    const run = runCli(["check", "renamed.csv", "--baseline", "baselines/credit/v1", "--report-dir", "reports", "--fail-on", "none"], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Dataset drift: NOT CHECKED · 0 of 2 columns tested/);
  });

  it("half the columns tested is a verdict at the default share (0.5); --min-tested-share 0.6 makes it NOT CHECKED", () => {
    const half = runCli(["check", "half.csv", "--baseline", "baselines/credit/v1", "--report-dir", "reports"], { cwd: dir });
    assert.ok(half.code === 0 || half.code === 1, `${half.code} ${half.stderr}`);
    assert.match(half.stdout, /(NO DRIFT|DRIFT) \(score \d+%, \d\/1 columns, 1 not tested\)/);
    const strict = runCli(["check", "half.csv", "--baseline", "baselines/credit/v1", "--report-dir", "reports", "--min-tested-share", "0.6"], { cwd: dir });
    assert.equal(strict.code, 4, strict.stderr);
    assert.match(strict.stdout, /NOT CHECKED \(1 of 2 columns tested: only 1 of 2 columns could be tested \(fewer than 60%\) — region: missing from the current data\)/);
  });

  it("a column whose test gives no finite score is 'not tested', with a warning, never 'No drift'", () => {
    writeFileSync(join(dir, "huge-a.csv"), "mag\n1e308\n-1e308\n1e308\n-1e308\n");
    writeFileSync(join(dir, "huge-b.csv"), "mag\n-1e308\n1e308\n1e308\n1e307\n");
    const run = runCli(["compare", "huge-a.csv", "huge-b.csv", "--method", "t_test"], { cwd: dir });
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stdout, /Not tested: mag — t_test gave no finite score \(NaN\)/);
    assert.match(run.stdout, /Warning: column 'mag' was not tested: t_test gave no finite score/);
    assert.doesNotMatch(run.stdout, /No drift: mag/);
  });

  it("a one-row reference is 'insufficient data' for chi-square, not a confident p = 0", () => {
    writeFileSync(join(dir, "one.csv"), "colour\nred\n");
    writeFileSync(join(dir, "many.csv"), "colour\nred\nblue\nred\nblue\n");
    const run = runCli(["compare", "one.csv", "many.csv", "--method", "chisquare", "--json", "-"], { cwd: dir });
    assert.equal(run.code, 4, run.stderr);
    const report = JSON.parse(run.stdout) as CheckReport;
    assert.equal(report.columns.length, 0);
    assert.match(report.skipped[0].reason, /^insufficient data: chisquare needs at least 2 values on each side, and the column has 1 in the reference and 4 in the current data$/);
    assert.equal(report.dataset.verdict, "NOT CHECKED");
  });

  it("--min-tested-share outside [0, 1] is a usage error (exit 2) naming the value", () => {
    const run = runCli(["compare", "reference.csv", "reference.csv", "--min-tested-share", "1.5"], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /minimum tested share 1\.5 must be a share between 0 and 1/);
  });
});
