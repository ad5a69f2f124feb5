import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import * as logger from "../../../kernel-helpers/logger/index";
import { repoPath } from "../../helpers/paths";
import { tempDir } from "../baseline/baselineFixtures";
import { call } from "../service/serviceFixtures";
import { countLogRows, creditRecords, saveCreditBaseline } from "./logFixtures";

describe("writing what is buffered on shutdown", () => {
  it("a script that logs and simply ends still writes its records (beforeExit)", async () => {
    const dir = tempDir("driftlens-shutdown-");
    const script = `
      const { createInferenceLogger } = require("driftlens/logger");
      const logger = createInferenceLogger({ dir: ${JSON.stringify(dir)}, flushIntervalMs: 3600000 });
      for (let i = 0; i < 250; i++) logger.log({ requestId: "s" + i, inputs: { age: 20 + (i % 50) } });`;
    const child = spawnSync(process.execPath, ["-e", script], { cwd: repoPath(), encoding: "utf8", timeout: 60_000 });
    assert.equal(child.signal, null, `the script did not end by itself within 60 s: ${child.stderr}`);
    assert.equal(child.status, 0, child.stderr);
    const counted = await countLogRows(dir);
    assert.deepEqual([counted.rows, counted.ids], [250, 250]);
  });

  it("driftlens serve writes every accepted record when stopped with SIGTERM", async () => {
    const dir = tempDir("driftlens-shutdown-");
    const baselines = join(dir, "baselines");
    await saveCreditBaseline(baselines);
    const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), "serve", "--port", "0", "--baselines", baselines, "--reports", join(dir, "reports"), "--logs", join(dir, "logs"), "--log-flush-seconds", "3600"]);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    let ended = false;
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => ((ended = true), done(code))));
    const started = Date.now();
    while (!/on (http:\/\/127\.0\.0\.1:\d+)/.test(output)) {
      assert.ok(!ended && Date.now() - started < 60_000, `driftlens serve did not start: ${output}`);
      await sleep(20);
    }
    const base = (/on (http:\/\/127\.0\.0\.1:\d+)/.exec(output) as RegExpExecArray)[1];
    for (let n = 0; n < 5; n++) {
      const answer = await call(base, "POST", "/log/credit", { json: { records: creditRecords({ rows: 100, seed: n, idPrefix: `t${n}` }) } });
      assert.equal(answer.status, 202);
    }
    child.kill("SIGTERM");
    const stopped = setTimeout(() => child.kill("SIGKILL"), 60_000);
    assert.equal(await exited, 0, "driftlens serve stops by itself within 60 s of SIGTERM");
    clearTimeout(stopped);
    assert.equal((await countLogRows(join(dir, "logs", "credit"))).rows, 500, "nothing was written before the signal; everything after it");
  });

  it("is the package's driftlens/logger entry", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package export, resolved as a user would
    const published = require("driftlens/logger") as typeof logger;
    assert.deepEqual(Object.keys(published).sort(), ["DEFAULT_LOG_COLUMNS", "createInferenceLogger", "fastifyInferenceLogging", "inferenceLoggingMiddleware", "readInferenceLogs"]);
    assert.equal(published.createInferenceLogger, logger.createInferenceLogger, "the export map points at the compiled logger");
  });
});
