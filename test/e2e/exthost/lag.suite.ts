import * as assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import * as vscode from "vscode";
import { driftlens, failureSince, waitFor, workspaceFolder } from "./support";

// The extension-host lag probe (test/e2e/lagProbe, a second extension in this extension host)
// samples the host's event loop; the engine work of driftlens runs in its own process, so the
// host never pauses long while a 2,000,000-row baseline builds, a 2,000,000-row check runs or
// text drift embeds. The files come from addBigFiles (test/e2e/harness/workspaceFixture.ts).
// The bound is 50 ms, or — on a machine whose idle extension host already pauses longer (an idle
// control measured first) — 1.5 × the idle host's longest pause: the work adds no pause of its own.
const MAX_PAUSE_MS = 50;
const MAX_CANCEL_MS = 200;
const REFERENCE = "data/fraud_scored_2025-02-03.csv";
const CURRENT = "data/fraud_scored_2025-03-03.csv";

interface Lag {
  readonly maxPauseMs: number;
  readonly p99PauseMs: number;
  readonly samples: number;
  readonly windowMs: number;
  /** The five longest pauses, with when each ended (ms after the measurement began). */
  readonly longest: readonly { pauseMs: number; endedAtMs: number }[];
  /** The three longest garbage collections of the host's heap (5 ms or more), with when each ended. */
  readonly collections: readonly { gcMs: number; kind: string; endedAtMs: number; flags: readonly string[]; heapMb: number; externalMb: number }[];
}

const measured: Record<string, unknown> = {};
/** How long the idle control measures the extension host with nothing of driftlens running. */
const IDLE_MS = 8000;
let bound = MAX_PAUSE_MS;
const path = (file: string) => join(workspaceFolder(), file);

/** How long a measurement goes on after its work's report panel has its view: the panel draws meanwhile. */
const SETTLE_MS = 1000;

/**
 * Runs `work` with the probe reset before and read after: the longest extension-host pause during
 * it. `panel` names the report panel the work opens (its key, and the report the webview must have
 * been given): the measurement then goes on until the panel has the report and SETTLE_MS more, so
 * the panel's opening counts against the work that opened it, not against the next measurement.
 */
async function lagDuring<T>(what: string, work: () => Thenable<T> | Promise<T>, panel?: (result: T) => { key: string; report: string }): Promise<{ result: T; lag: Lag }> {
  await vscode.commands.executeCommand("driftlensLagProbe.reset");
  const stolenBefore = stolenMs();
  const result = await work();
  if (panel && result) {
    const api = await driftlens();
    const { key, report } = panel(result);
    await waitFor(`the report panel ${key} to show ${report}`, () => api.container.panels.shownReports.get(key) === report, 60_000);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
  const lag = await vscode.commands.executeCommand<Lag>("driftlensLagProbe.read");
  assert.ok(lag && lag.samples > 0, "the lag probe recorded nothing: is test/e2e/lagProbe loaded?");
  const stolen = stolenMs().map((ms, cpu) => ms - (stolenBefore[cpu] ?? ms));
  measured[what] = { ...lag, stolenMsPerCpu: stolen };
  const resultFile = process.env.DRIFTLENS_E2E_LAG;
  if (resultFile) writeFileSync(resultFile, JSON.stringify(measured, null, 2));
  return { result, lag };
}

/**
 * The time each CPU of the machine spent stolen — held by the hypervisor for other guests — so
 * far, in ms (Linux: /proc/stat's 8th field per cpuN line, in USER_HZ ticks of 10 ms). A pause of
 * the extension host during which its CPU was not running at all says nothing of driftlens.
 */
function stolenMs(): number[] {
  if (!existsSync("/proc/stat")) return [];
  return readFileSync("/proc/stat", "utf8").split("\n").filter((line) => /^cpu\d/.test(line)).map((line) => Number(line.trim().split(/\s+/)[8]) * 10);
}

/** The fields of a /proc `stat` file after the command name (its field 3 first): the name may hold spaces. */
function statFields(file: string): string[] {
  const stat = readFileSync(file, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The session a process belongs to (Linux: field 6 of /proc/PID/stat). */
function sessionOf(pid: number): number {
  return Number(statFields(`/proc/${pid}/stat`)[3]);
}

/** The niceness of a process's session where Linux groups CPU time by session (/proc/PID/autogroup: "/autogroup-25 nice 10"), else undefined. */
function autogroupNiceness(pid: number): number | undefined {
  try {
    const match = /nice (-?\d+)/.exec(readFileSync(`/proc/${pid}/autogroup`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The niceness of every thread of a process (Linux: field 19 of /proc/PID/task/TID/stat). */
function threadNiceness(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => Number(statFields(`/proc/${pid}/task/${tid}/stat`)[16]));
}

/**
 * "longest pauses 157 ms at 1.07 s, 103 ms at 0.91 s; longest garbage collections 61 ms (major,
 * all external memory; heap 143 MB, external 40 MB after) at 1.07 s": when in the work the host
 * paused, whether its own heap's collection did, and why V8 collected.
 */
function pauses(lag: Lag): string {
  const at = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const collections = lag.collections.length === 0 ? "none of 5 ms or more" : lag.collections.map((gc) => `${gc.gcMs} ms (${[gc.kind, ...gc.flags].join(", ")}; heap ${gc.heapMb} MB, external ${gc.externalMb} MB after) at ${at(gc.endedAtMs)}`).join(", ");
  return `longest pauses ${lag.longest.map((pause) => `${pause.pauseMs} ms at ${at(pause.endedAtMs)}`).join(", ")}; longest garbage collections ${collections}`;
}

describe("driftlens in VS Code: engine work never pauses the extension host", () => {
  before(async function () {
    // The 2,000,000-row files come with the workspace fixture; without them the suite fails, never skips.
    assert.ok(existsSync(path(REFERENCE)), `the lag suite's data is missing: ${path(REFERENCE)} (test/e2e/harness/workspaceFixture.ts addBigFiles)`);
    this.timeout(IDLE_MS + 30_000);
    // The control: the same host with no driftlens work. On a machine so loaded that even the idle
    // host pauses over 50 ms (other processes hold the cores), no work can be held to 50 ms: the
    // bound becomes what the idle host shows, so the work may add no pause of its own.
    const { lag } = await lagDuring("idle control", () => new Promise((resolve) => setTimeout(resolve, IDLE_MS)));
    bound = Math.max(MAX_PAUSE_MS, 1.5 * lag.maxPauseMs);
    measured["load average (1 min) at start"] = loadavg()[0];
    measured["bound (ms)"] = bound;
  });

  it(`builds a baseline of 2,000,000 rows with extension-host pauses ≤ ${MAX_PAUSE_MS} ms`, async () => {
    const api = await driftlens();
    const before = api.container.failures.length;
    const { result, lag } = await lagDuring("build 2,000,000 rows", () =>
      vscode.commands.executeCommand<string>("driftlens.buildBaseline", vscode.Uri.file(path(REFERENCE)), { name: "fraud-lag", version: "v1", target: "is_fraud", prediction: null, predictionProba: ["fraud_proba"], timestamp: "event_time", text: [] }),
    );
    assert.ok(result, `the build failed: ${failureSince(api, before)?.message ?? "no message"}`);
    assert.ok(lag.windowMs > 1000, `the build took only ${lag.windowMs} ms: not the big file?`);
    assert.ok(lag.maxPauseMs <= bound, `the extension host paused ${lag.maxPauseMs.toFixed(1)} ms during the build (p99 ${lag.p99PauseMs.toFixed(1)} ms; bound ${bound.toFixed(0)} ms; ${pauses(lag)})`);
  });

  it(`checks 2,000,000 rows with extension-host pauses ≤ ${MAX_PAUSE_MS} ms, its report panel's opening included, and the report names its data file`, async () => {
    const api = await driftlens();
    const before = api.container.failures.length;
    const { result, lag } = await lagDuring("check 2,000,000 rows", () =>
      vscode.commands.executeCommand<{ reportPath: string }>("driftlens.checkDrift", vscode.Uri.file(path(CURRENT)), path(".driftlens/baselines/fraud-lag/v1")),
      (run) => ({ key: "fraud-lag", report: run.reportPath }),
    );
    assert.ok(result, `the check failed: ${failureSince(api, before)?.message ?? "no message"}`);
    const report = JSON.parse(readFileSync(result.reportPath, "utf8")) as { current: { source: string } };
    assert.equal(report.current.source, path(CURRENT), "the report records its data file");
    const fraud = ((await api.container.tree.getChildren()) as { kind: string; name?: string }[]).find((node) => node.name === "fraud-lag");
    assert.ok(fraud, "the tree lists the fraud baseline");
    const entries = (await api.container.tree.getChildren(fraud as never)).filter((node) => node.kind === "report");
    assert.match(String(api.container.tree.getTreeItem(entries[0]).label), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} · (NO )?DRIFT \d+\/\d+ · fraud_scored_2025-03-03\.csv$/);
    assert.ok(lag.maxPauseMs <= bound, `the extension host paused ${lag.maxPauseMs.toFixed(1)} ms during the check (p99 ${lag.p99PauseMs.toFixed(1)} ms; bound ${bound.toFixed(0)} ms; ${pauses(lag)})`);
  });

  it(`checks text drift with extension-host pauses ≤ ${MAX_PAUSE_MS} ms, its report panel's opening included (the engine process builds the panel's view parts)`, async () => {
    const api = await driftlens();
    const before = api.container.failures.length;
    const drifted = path("data/texts-drifted.csv");
    const { result, lag } = await lagDuring(
      "text drift",
      () => vscode.commands.executeCommand<{ drifted: boolean }>("driftlens.checkTextDrift", path("data/texts-reference.csv"), drifted, "review"),
      () => ({ key: `text:${drifted}`, report: `text:${drifted}` }),
    );
    assert.ok(result, `text drift failed: ${failureSince(api, before)?.message ?? "no message"}`);
    assert.ok(lag.maxPauseMs <= bound, `the extension host paused ${lag.maxPauseMs.toFixed(1)} ms during text drift (p99 ${lag.p99PauseMs.toFixed(1)} ms; bound ${bound.toFixed(0)} ms; ${pauses(lag)})`);
  });

  it(`cancels a 2,000,000-row build within ${MAX_CANCEL_MS} ms, leaving nothing behind`, async () => {
    const api = await driftlens();
    const before = api.container.failures.length;
    const building = vscode.commands.executeCommand<string | undefined>("driftlens.buildBaseline", vscode.Uri.file(path(REFERENCE)), { name: "cancelled", version: "v1", target: "is_fraud", prediction: null, predictionProba: [], timestamp: null, text: [] });
    await waitFor("the build's engine process", () => api.container.engineWorkers.size > 0);
    // Mid-way: the file is being read or profiled.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Every thread of the engine process (Node's and V8's, started before any script ran, and
    // DuckDB's) runs below the extension host's priority.
    const [worker] = api.container.engineWorkers;
    const niceness = threadNiceness(worker.pid ?? 0);
    assert.ok(niceness.length > 1 && niceness.every((nice) => nice >= 10), `the engine process's threads run at niceness ${niceness.join(", ")}, not ≥ 10`);
    // In a session of its own: where Linux shares CPU time out by session, the engine's is not charged to the editor's.
    assert.notEqual(sessionOf(worker.pid ?? 0), sessionOf(process.pid), "the engine process runs in the extension host's session");
    // And that session yields to the editor's, where CPU time is shared out by session first.
    const group = autogroupNiceness(worker.pid ?? 0);
    assert.ok(group === undefined || group >= 10, `the engine process's session runs at niceness ${group}, not ≥ 10`);
    const started = performance.now();
    await Promise.all([api.container.cancelEngineWork(), building]);
    const cancelMs = performance.now() - started;
    measured["cancel a build"] = { cancelMs };
    if (process.env.DRIFTLENS_E2E_LAG) writeFileSync(process.env.DRIFTLENS_E2E_LAG, JSON.stringify(measured, null, 2));
    assert.equal(failureSince(api, before)?.kind, "cancelled", `the build was not cancelled: ${failureSince(api, before)?.message ?? "it finished"}`);
    assert.ok(cancelMs <= MAX_CANCEL_MS, `Cancel took ${cancelMs.toFixed(0)} ms`);
    assert.equal(api.container.engineWorkers.size, 0, "an engine process is still running");
    // Other suites build baselines in the same workspace: only the cancelled one must be absent, staging folders included.
    const left = readdirSync(path(".driftlens/baselines")).filter((entry) => entry.includes("cancelled"));
    assert.deepEqual(left, [], "the cancelled build left a folder");
  });
});
