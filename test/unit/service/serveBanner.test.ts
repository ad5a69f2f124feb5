import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";
import { tempDir } from "../baseline/baselineFixtures";
import { call } from "./serviceFixtures";

describe("driftlens serve's banner", () => {
  it("says a wildcard host listens on every interface, and gives the address to use from this machine", async () => {
    const dir = tempDir("driftlens-banner-");
    const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), "serve", "--host", "0.0.0.0", "--port", "0", "--baselines", join(dir, "baselines"), "--reports", join(dir, "reports"), "--logs", join(dir, "logs")]);
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (errors += chunk));
    const exited = new Promise<number | null>((done) => child.on("exit", done));
    try {
      const started = Date.now();
      while (!/service on http:\/\/\S+/.test(output)) {
        assert.ok(child.exitCode === null && Date.now() - started < 60_000, `driftlens serve did not start: ${output}${errors}`);
        await sleep(20);
      }
      const [first, second] = output.split("\n");
      const port = /\(0\.0\.0\.0:(\d+)\)/.exec(first)?.[1];
      assert.match(first, /^driftlens: listening on every interface of this machine \(0\.0\.0\.0:\d+\); from this machine:$/);
      assert.match(second, new RegExp(`^driftlens service on http://\\S+:${port} · `));
      assert.match(errors, /listening on 0\.0\.0\.0 without a token/);
      assert.equal((await call(`http://127.0.0.1:${port}`, "GET", "/health")).status, 200);
    } finally {
      child.kill("SIGTERM");
      assert.equal(await exited, 0);
    }
  });
});
