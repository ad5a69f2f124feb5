import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { loadBaseline } from "../../../kernel-helpers/baseline/loadBaseline";
import { repoPath } from "../../helpers/paths";
import { IS_ROOT, commandWorks, needs } from "../../helpers/systemFacility";
import { tempDir } from "./baselineFixtures";

const REFERENCE = repoPath("examples/data/reference.csv");
const CURRENT = repoPath("examples/data/current.csv");
const OLD_ROWS = 5000;
const NEW_ROWS = 2000;
const inNamespace = IS_ROOT && commandWorks("unshare", ["-pf", "--mount-proc", "true"]);

/** Runs the driftlens binary as PID 1 of a fresh PID namespace, as in a container. */
function runIsolated(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync("unshare", ["-pf", "--mount-proc", process.execPath, repoPath("bin/driftlens.js"), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts a save in a fresh PID namespace, waits until it pauses at `step`, and kills it with SIGKILL there. */
async function killAt(step: string, args: readonly string[]): Promise<void> {
  const child = spawn("unshare", ["-pf", "--mount-proc", process.execPath, repoPath("bin/driftlens.js"), ...args], {
    env: { ...process.env, NO_COLOR: "1", DRIFTLENS_TEST_PAUSE_AT: step },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the save never paused at ${step}: ${stderr}`)), 60_000);
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
      if (stderr.includes(`paused at ${step}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", () => reject(new Error(`the save ended before pausing at ${step}: ${stderr}`)));
  });
  // The namespace's PID 1 is unshare's child; SIGKILL from outside the namespace stops it (and the namespace) at once.
  const pid = child.pid ?? 0;
  const init = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
  assert.match(init, /^\d+$/);
  process.kill(Number(init), "SIGKILL");
  await exited;
}

/** The versions `baselines list` shows, as `name/version:rows`, run in a fresh PID namespace. */
function listed(dir: string): string[] {
  const list = runIsolated(["baselines", "list", "--dir", dir]);
  assert.equal(list.code, 0, list.stderr);
  return list.stdout
    .split("\n")
    .slice(1)
    .filter((line) => line.trim() !== "" && !line.startsWith("No baselines"))
    .map((line) => {
      const [name, version, rows] = line.trim().split(/\s+/);
      return `${name}/${version}:${rows.replace(/,/g, "")}`;
    });
}

/** Ages every leftover (the folder and what is in it) as if it had been untouched for an hour. */
function ageLeftovers(nameDir: string): void {
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(nameDir).filter((name) => name.startsWith("."))) {
    for (const file of readdirSync(join(nameDir, entry))) utimesSync(join(nameDir, entry, file), anHourAgo, anHourAgo);
    utimesSync(join(nameDir, entry), anHourAgo, anHourAgo);
  }
}

describe("a baseline save killed with SIGKILL in a container (fresh PID namespace)", needs("root and unshare(1) for PID namespaces", inNamespace), () => {
  let saved = "";
  before(() => {
    saved = tempDir();
    const first = runIsolated(["baseline", REFERENCE, "--out", saved, "--name", "credit"]);
    assert.equal(first.code, 0, first.stderr);
  });

  for (const step of ["staged", "sample-written", "info-written", "moved-aside", "published"]) {
    it(`--force replace killed at '${step}' leaves the old or the new version, listed`, async () => {
      const dir = tempDir();
      cpSync(saved, dir, { recursive: true });
      await killAt(step, ["baseline", CURRENT, "--out", dir, "--name", "credit", "--force"]);
      const expected = step === "published" ? NEW_ROWS : OLD_ROWS;
      assert.deepEqual(listed(dir), [`credit/v1:${expected}`], "listing in another namespace (whose threads hold the killed writer's PIDs) shows the version");
      ageLeftovers(join(dir, "credit"));
      const next = runIsolated(["baseline", REFERENCE, "--out", dir, "--name", "credit", "--version", "v2"]);
      assert.equal(next.code, 0, next.stderr);
      assert.deepEqual(readdirSync(join(dir, "credit")).sort(), ["v1", "v2"], "a save after the leftovers were abandoned removes them");
      assert.equal((await loadBaseline(join(dir, "credit", "v1"))).info.rows, expected);
    });
  }

  for (const step of ["staged", "sample-written", "info-written", "published"]) {
    it(`a first save killed at '${step}' publishes the whole version or nothing`, async () => {
      const dir = tempDir();
      await killAt(step, ["baseline", CURRENT, "--out", dir, "--name", "credit"]);
      assert.deepEqual(listed(dir), step === "published" ? [`credit/v1:${NEW_ROWS}`] : []);
    });
  }
});
