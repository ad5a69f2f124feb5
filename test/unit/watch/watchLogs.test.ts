import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { hourPartition } from "../../../kernel-helpers/logger/hourPartition";
import { createInferenceLogger } from "../../../kernel-helpers/logger/createInferenceLogger";
import { watchLogs } from "../../../kernel-helpers/watch/watchLogs";
import type { WatchCheck } from "../../../kernel-helpers/watch/watchLogs";
import { repoPath } from "../../helpers/paths";
import { tempDir } from "../baseline/baselineFixtures";
import { creditRecords, saveCreditBaseline } from "../logger/logFixtures";

const HOUR = 3_600_000;

async function logHour(dir: string, time: number, rows: number, seed: number): Promise<void> {
  const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
  for (const record of creditRecords({ rows, seed, time: () => time })) logger.log(record);
  await logger.close();
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const started = Date.now(); !condition(); await sleep(20)) if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
}

describe("driftlens watch", () => {
  it("checks at the start, on each new partition, and goes on after a failed check", async () => {
    const dir = tempDir("driftlens-watch-");
    const baseline = await saveCreditBaseline(join(dir, "baselines"));
    const logs = join(dir, "logs");
    const reports = join(dir, "reports");
    const checks: WatchCheck[] = [];
    const controller = new AbortController();
    const watching = watchLogs({ logDir: logs, baselineDir: baseline, reportDir: reports, everyMs: 3_600_000, pollMs: 30, signal: controller.signal, onCheck: (check) => checks.push(check) });

    await until(() => checks.length === 1, "the first check");
    assert.equal(checks[0].trigger, "start");
    assert.match(checks[0].error ?? "", /log folder '.*logs' does not exist/);
    const now = Date.now();
    await logHour(logs, now - 2 * HOUR, 400, 1);
    await until(() => checks.length === 2, "the check of the first partition");
    await logHour(logs, now, 300, 2);
    await until(() => checks.length === 3, "the check of the second partition");
    controller.abort();
    assert.equal(await watching, 3);

    assert.deepEqual(checks.map((check) => [check.trigger, check.newPartitions]), [["start", []], ["new partition", [hourPartition(now - 2 * HOUR)]], ["new partition", [hourPartition(now)]]]);
    assert.deepEqual(checks.slice(1).map((check) => check.report?.current.rows), [400, 700]);
    const saved = readdirSync(join(reports, "credit")).filter((file) => file.endsWith(".json") && file !== "latest.json");
    assert.equal(saved.length, 2, "one report per successful check");
    assert.deepEqual(JSON.parse(readFileSync(join(reports, "credit", "latest.json"), "utf8")), checks[2].report);
    assert.equal(checks[2].saved?.html, join(reports, "credit", "latest.html"));
    assert.ok(readFileSync(join(reports, "credit", "latest.html"), "utf8").includes("Model credit v1 · 700 rows"), "latest.html shows the latest check");
  });

  it("re-checks on the interval when nothing new arrives", async () => {
    const dir = tempDir("driftlens-watch-");
    const baseline = await saveCreditBaseline(join(dir, "baselines"));
    const logs = join(dir, "logs");
    await logHour(logs, Date.now() - HOUR, 200, 3);
    const checks: WatchCheck[] = [];
    const controller = new AbortController();
    const watching = watchLogs({ logDir: logs, baselineDir: baseline, reportDir: join(dir, "reports"), everyMs: 150, pollMs: 20, signal: controller.signal, onCheck: (check) => checks.push(check) });
    await until(() => checks.length >= 3, "two interval checks");
    controller.abort();
    const total = await watching;
    assert.equal(total, checks.length);
    assert.deepEqual(checks.slice(0, 3).map((check) => check.trigger), ["start", "interval", "interval"]);
    assert.ok(checks.every((check) => check.report?.current.rows === 200));
    const gaps = checks.slice(1).map((check, i) => Date.parse(check.at) - Date.parse(checks[i].at));
    assert.ok(gaps.every((gap) => gap >= 150), `checks at least 150 ms apart: ${gaps.join(", ")}`);
  });

  it("the command prints one line per check and stops cleanly on SIGTERM", async () => {
    const dir = tempDir("driftlens-watch-");
    // As the logger logs: the label apart from the inputs, so the baseline's target is has_default.
    const baseline = await saveCreditBaseline(join(dir, "baselines"), { target: "has_default" });
    const logs = join(dir, "logs");
    await logHour(logs, Date.now() - HOUR, 300, 4);
    const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), "watch", logs, "--baseline", baseline, "--every", "0.2", "--poll", "0.05", "--report-dir", join(dir, "reports")], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    await until(() => stdout.split("\n").length > 2, "two lines");
    child.kill("SIGTERM");
    assert.equal(await exited, 0, stderr);
    const lines = stdout.trim().split("\n");
    assert.match(lines[0], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}start {2}Model credit v1 · 300 rows · (NO DRIFT|DRIFT) \(score \d+%, \d\/8 columns\) · (no alerts|\d+ WARNING) · last 24 h → .*reports\/credit\/.*\.json$/);
    assert.match(lines[1], /^\S+ {2}interval {2}Model credit v1 · 300 rows/);
    assert.doesNotMatch(lines[0], /CRITICAL|not tested/, "unshifted records with no labels yet raise no CRITICAL alert and leave no column untested");
    assert.equal(readdirSync(join(dir, "reports", "credit")).filter((file) => file.endsWith(".json") && file !== "latest.json").length, lines.length);
  });

  it("the command checks with the comparison flags of driftlens check (--columns, --method, --threshold)", async () => {
    const dir = tempDir("driftlens-watch-");
    // As the logger logs: the label apart from the inputs, so the baseline's target is has_default.
    const baseline = await saveCreditBaseline(join(dir, "baselines"), { target: "has_default" });
    const logs = join(dir, "logs");
    await logHour(logs, Date.now() - HOUR, 300, 4);
    const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), "watch", logs, "--baseline", baseline, "--every", "3600", "--report-dir", join(dir, "reports"), "--columns", "age,region", "--method", "psi", "--threshold", "0.3"], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    await until(() => stdout.includes("\n") || stderr.includes("\n"), "the first check");
    child.kill("SIGTERM");
    assert.equal(await exited, 0, stderr);
    assert.match(stdout, /^\S+ {2}start {2}Model credit v1 · 300 rows .*\(score \d+%, \d\/2 columns\)/);
    const report = JSON.parse(readFileSync(join(dir, "reports", "credit", "latest.json"), "utf8"));
    assert.deepEqual(report.columns.map((c: { column: string; method: string; threshold: number }) => [c.column, c.method, c.threshold]), [["age", "psi", 0.3], ["region", "psi", 0.3]]);
  });
});
