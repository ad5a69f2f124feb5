import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";

const dir = mkdtempSync(join(tmpdir(), "driftlens-interrupt-"));
const [header, ...lines] = readFileSync(repoPath("examples/data/reference.csv"), "utf8").trimEnd().split("\n");
const big = join(dir, "big.csv");
writeFileSync(big, `${header}\n${Array.from({ length: 80 }, () => lines.join("\n")).join("\n")}\n`);

describe("Ctrl-C during driftlens baseline", () => {
  it("removes the half-written staging folder, says so on stderr and exits 130", async () => {
    const out = join(dir, "baselines");
    const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), "baseline", big, "--out", out, "--name", "credit"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const partial = () => readdirSync(join(out, "credit"), { withFileTypes: true }).some((entry) => entry.name.endsWith(".partial"));
    let seen = false;
    for (let i = 0; i < 3000 && !seen && child.exitCode === null; i++) {
      seen = (() => {
        try {
          return partial();
        } catch {
          return false;
        }
      })();
      if (!seen) await sleep(2);
    }
    assert.ok(seen, "the save began (a hidden staging folder appeared) before the process ended");
    child.kill("SIGINT");
    assert.equal(await exited, 130, stderr);
    assert.match(stderr, /^driftlens: interrupted by SIGINT; removed what was half-written \(.*\.v1\.\d+-\d+-[0-9a-f]{8}\.[0-9a-f]+\.partial\), so the previous state is kept\.\n$/);
    assert.equal(existsSync(join(out, "credit")), false, "no staging folder, no version and no empty name folder left");
    assert.ok(existsSync(out), "the baselines folder itself stays");
  });
});
