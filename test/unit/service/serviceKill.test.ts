import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { readTable } from "../../../kernel-helpers/data/readTable";
import { cleanStaging } from "../../../kernel-helpers/logger/cleanStaging";
import { repoPath } from "../../helpers/paths";
import { tempDir } from "../baseline/baselineFixtures";
import { countLogRows, creditRecords, saveCreditBaseline } from "../logger/logFixtures";
import { call } from "./serviceFixtures";

/** `driftlens serve` in a child process; resolves with its address once it listens. */
async function serveChild(args: string[]): Promise<{ base: string; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.on("exit", () => done()));
  for (let waited = 0; !/on (http:\/\/127\.0\.0\.1:\d+)/.test(output); waited += 20) {
    if (waited > 20_000 || child.exitCode !== null) throw new Error(`serve did not start: ${output}`);
    await sleep(20);
  }
  const base = (/on (http:\/\/127\.0\.0\.1:\d+)/.exec(output) as RegExpExecArray)[1];
  return { base, kill: async () => void (child.kill("SIGKILL"), await exited) };
}

describe("killing driftlens serve in the middle of writing", () => {
  it("loses at most the unflushed buffer and leaves every partition readable", async () => {
    const dir = tempDir("driftlens-kill-");
    const folders = { baselines: join(dir, "baselines"), reports: join(dir, "reports"), logs: join(dir, "logs") };
    await saveCreditBaseline(folders.baselines);
    const args = ["--baselines", folders.baselines, "--reports", folders.reports, "--logs", folders.logs, "--log-flush-records", "500", "--log-flush-seconds", "0.05"];
    const server = await serveChild(args);
    const pool = creditRecords({ rows: 500, seed: 21 });
    let sent = 0;
    let accepted = 0;
    let stop = false;
    const client = async (c: number) => {
      for (let n = 0; !stop; n++) {
        const records = pool.slice(0, 100).map((record, i) => ({ ...record, requestId: `k${c}-${n}-${i}` }));
        sent += records.length;
        const answer = await call(server.base, "POST", "/log/credit", { json: { records } }).catch(() => undefined);
        if (answer?.status === 202) accepted += answer.json.accepted;
        else if (!stop) assert.fail(`POST /log answered ${answer?.status}: ${answer?.text}`);
      }
    };
    const clients = Array.from({ length: 8 }, (_, c) => client(c));
    let writtenBeforeKill = 0;
    while (writtenBeforeKill < 5_000) {
      const metrics = await call(server.base, "GET", "/metrics");
      writtenBeforeKill = Number(/^driftlens_log_records_total\{baseline="credit",outcome="written"\} (\d+)$/m.exec(metrics.text)?.[1] ?? 0);
    }
    stop = true;
    await server.kill();
    await Promise.all(clients);

    const logs = join(folders.logs, "credit");
    const counted = await countLogRows(logs);
    assert.ok(counted.rows >= writtenBeforeKill, `every record reported written is on disk: ${counted.rows} ≥ ${writtenBeforeKill}`);
    assert.ok(counted.rows <= sent, `no record appears from nowhere: ${counted.rows} ≤ ${sent}`);
    assert.equal(counted.ids, counted.rows, "no record is written twice");
    assert.ok(accepted >= writtenBeforeKill);
    const table = await readTable(logs);
    assert.equal(table.rowCount, counted.rows, "the folder reads as a whole: no partial file in any partition");
    const files = (readdirSync(logs, { recursive: true }) as string[]).filter((file) => !file.startsWith("_") && /\.[a-z]+$/.test(file));
    assert.ok(files.every((file) => /(^|\/)part-[^/]+\.parquet$/.test(file)), `only complete part files in the partitions: ${files.filter((file) => !file.endsWith(".parquet"))}`);

    await cleanStaging(logs);
    assert.deepEqual(readdirSync(join(logs, "_staging")), [], "what the killed writer left in _staging is cleaned");
    const restarted = await serveChild(args);
    assert.equal((await call(restarted.base, "POST", "/log/credit", { json: { records: pool.slice(0, 10) } })).status, 202);
    const check = await call(restarted.base, "POST", "/check/credit", { json: {} });
    assert.equal(check.status, 200, check.text);
    assert.equal(check.json.current.rows, counted.rows + 10, "the restarted service checks the surviving records and the new ones");
    await restarted.kill();
  });
});
