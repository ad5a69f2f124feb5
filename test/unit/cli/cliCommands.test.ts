import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { tableToCsv } from "../../../kernel-helpers/data/tableToCsv";
import { baselineCommand } from "../../../kernel-helpers/cli/baselineCommand";
import { baselinesCommand } from "../../../kernel-helpers/cli/baselinesCommand";
import { checkCommand } from "../../../kernel-helpers/cli/checkCommand";
import { reportsCommand } from "../../../kernel-helpers/cli/reportsCommand";
import { statusCommand } from "../../../kernel-helpers/cli/statusCommand";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { captureStdout, tempDir, withTimestamps } from "../baseline/baselineFixtures";

const HOUR = 3_600_000;
const START = Date.UTC(2026, 10, 21);

/** A workspace with reference.csv (stable, 48 h) and current.csv (drifted, the next 48 h). */
async function workspace(): Promise<{ dir: string; reference: string; current: string; baselines: string; reports: string }> {
  const dir = tempDir("driftlens-cli-baseline-");
  const reference = join(dir, "reference.csv");
  const current = join(dir, "current.csv");
  await tableToCsv(withTimestamps(creditSample({ rows: 3000, seed: 1 }), START, 48), reference);
  await tableToCsv(withTimestamps(creditSample({ rows: 2000, seed: 2, drift: 1 }), START + 48 * HOUR, 48), current);
  return { dir, reference, current, baselines: join(dir, ".driftlens", "baselines"), reports: join(dir, ".driftlens", "reports") };
}

describe("driftlens baseline, check, baselines, reports and status (commands run in-process)", () => {
  it("builds and saves a baseline, and refuses to overwrite the version before reading the data", async () => {
    const { reference, baselines } = await workspace();
    const { result, output } = await captureStdout(() => baselineCommand.run([reference, "--out", baselines, "--name", "credit", "--target", "has_default", "--timestamp", "ts", "--categorical", "tenure_months"]));
    assert.equal(result, 0);
    assert.match(output, /^Baseline credit v1 · 3,000 rows · 10 columns \(4 numerical, 5 categorical, 1 datetime\) · exact reference sample\n/);
    assert.ok(output.includes(`Saved to ${join(baselines, "credit", "v1")}`));
    assert.ok(existsSync(join(baselines, "credit", "v1", "reference.parquet")));
    await assert.rejects(baselineCommand.run([join(reference, "..", "no-such-file.csv"), "--out", baselines, "--name", "credit"]), (error: Error) => error instanceof DataError && /already exists/.test(error.message));
    await assert.rejects(baselineCommand.run([reference, "--out", baselines, "--name", "bad/name"]), (error: Error) => error instanceof UsageError && /cannot be a folder name/.test(error.message));
    await assert.rejects(baselineCommand.run([]), /baseline needs one REFERENCE dataset, got 0 arguments/);
  });

  it("checks a dataset: prints the verdict line and the summary, saves the report, exits by --fail-on", async () => {
    const { reference, current, baselines, reports, dir } = await workspace();
    await captureStdout(() => baselineCommand.run([reference, "--out", baselines, "--name", "credit", "--timestamp", "ts"]));
    const args = [current, "--baseline", join(baselines, "credit", "v1"), "--report-dir", reports, "--config", join(dir, "none.json")];
    await assert.rejects(checkCommand.run(args), /config file .*none\.json does not exist/);
    const json = join(dir, "out", "report.json");
    const run = await captureStdout(() => checkCommand.run([...args.slice(0, 5), "--json", json, "--window", "1d"]));
    assert.equal(run.result, 1, "dataset drift exits 1 with --fail-on drift");
    assert.match(run.output, /^Model credit v1 · 2,000 rows · DRIFT \(score \d+%, \d\/9 columns(; multivariate: [a-zA-Z ,]+)?\) · \d CRITICAL, \d+ WARNING\n/);
    assert.match(run.output, /Windows \(1d by ts; fewer than 100 rows: insufficient data\):\n {2}2026-11-23T00:00:00\.000Z/);
    assert.match(run.output, /Alerts:\n {2}CRITICAL {2}dataset drift score/);
    const report = JSON.parse(readFileSync(json, "utf8"));
    assert.equal(report.baseline.name, "credit");
    assert.equal(report.windows.windows.length, 2);
    assert.deepEqual(JSON.parse(readFileSync(join(reports, "credit", "latest.json"), "utf8")), report);
    const exit = async (failOn: string, extra: string[] = []) => (await captureStdout(() => checkCommand.run([...args.slice(0, 5), "--fail-on", failOn, ...extra]))).result;
    assert.equal(await exit("none"), 0);
    assert.equal(await exit("critical"), 1);
    assert.equal(await exit("critical", ["--critical-threshold", "1"]), 1, "multivariate drift over the whole data is CRITICAL whatever the drift-score threshold");
    assert.equal(await exit("critical", ["--critical-threshold", "1", "--no-multivariate"]), 0);
    assert.equal(await exit("warning", ["--critical-threshold", "1"]), 1);
  });

  it("checks only the last 24 hours of a log folder by default", async () => {
    const { reference, baselines, reports, dir } = await workspace();
    await captureStdout(() => baselineCommand.run([reference, "--out", baselines, "--name", "credit", "--timestamp", "ts"]));
    const logs = join(dir, "logs");
    mkdirSync(logs);
    await tableToCsv(withTimestamps(creditSample({ rows: 1000, seed: 3 }), START + 48 * HOUR, 24), join(logs, "day1.csv"));
    await tableToCsv(withTimestamps(creditSample({ rows: 1000, seed: 4 }), START + 72 * HOUR, 24), join(logs, "day2.csv"));
    const run = await captureStdout(() => checkCommand.run([logs, "--baseline", join(baselines, "credit", "v1"), "--report-dir", reports, "--fail-on", "none"]));
    assert.equal(run.result, 0);
    assert.match(run.output, /Analysis window: the last 24 h \(.*\): 1,0\d\d rows checked, 9\d\d older rows left out\./);
  });

  it("refuses bad check arguments with what to do", async () => {
    const { current } = await workspace();
    await assert.rejects(checkCommand.run([current]), /check needs --baseline DIR/);
    await assert.rejects(checkCommand.run([current, "--baseline", "x", "--fail-on", "sometimes"]), /--fail-on expects one of drift, warning, critical, none; got 'sometimes'/);
    await assert.rejects(checkCommand.run([current, "--baseline", "x", "--window", "weekly"]), /--window expects 1h \(hourly\), 1d \(daily\)/);
    await assert.rejects(checkCommand.run([current, "--baseline", join(current, "..", "missing")]), (error: Error) => error instanceof DataError && /baseline folder .*missing does not exist/.test(error.message));
  });

  it("lists baselines and reports, and shows the latest verdict per baseline", async () => {
    const { reference, current, baselines, reports, dir } = await workspace();
    await captureStdout(() => baselineCommand.run([reference, "--out", baselines, "--name", "credit"]));
    await captureStdout(() => baselineCommand.run([reference, "--out", baselines, "--name", "fraud", "--version", "v2"]));
    await captureStdout(() => checkCommand.run([current, "--baseline", join(baselines, "credit", "v1"), "--report-dir", reports]));
    const listed = await captureStdout(() => baselinesCommand.run(["list", "--dir", baselines]));
    assert.match(listed.output, /^NAME +VERSION +ROWS +COLUMNS +BUILT +CHECKS\ncredit +v1 +3,000 +10 +\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ +exact\nfraud +v2 +3,000/);
    const reportList = await captureStdout(() => reportsCommand.run(["list", "--dir", reports]));
    assert.match(reportList.output, /^\d{4}-\d\d-\d\dT[\d:.]+Z {2}Model credit v1 · 2,000 rows · DRIFT/);
    const status = await captureStdout(() => statusCommand.run(["--dir", join(dir, ".driftlens")]));
    assert.match(status.output, /^Model credit v1 · 2,000 rows · DRIFT \(score \d+%, \d\/9 columns(; multivariate: [a-zA-Z ,]+)?\) · \d CRITICAL, \d+ WARNING · checked \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\nModel fraud v2 · not checked yet\n$/);
    await assert.rejects(baselinesCommand.run(["show"]), /baselines expects the subcommand 'list', got 'show'/);
    const empty = await captureStdout(() => statusCommand.run(["--dir", join(dir, "elsewhere")]));
    assert.match(empty.output, /^No baselines or reports yet: .*elsewhere does not exist\./);
  });
});
