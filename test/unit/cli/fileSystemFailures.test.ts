import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { UsageError } from "../../../kernel-helpers/errors";
import { makeFolder } from "../../../kernel-helpers/fs/makeFolder";
import { writeReportFiles } from "../../../kernel-helpers/report/writeReportFiles";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";
import { IS_ROOT, commandWorks, needs } from "../../helpers/systemFacility";
import { tempDir } from "../baseline/baselineFixtures";

const REFERENCE = repoPath("examples/data/reference.csv");
const CURRENT = repoPath("examples/data/current.csv");
const canMount = IS_ROOT && commandWorks("sh", ["-c", "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs $d && umount $d && rmdir $d"]);
const hasStrace = commandWorks("strace", ["-V"]);

/** Every entry under `dir`, hidden ones included, relative to it: what a failed command left. */
function everything(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

/** The commands that write, each pointed into `dir`, and the path its message must name. */
function writers(dir: string, baseline: string): { name: string; args: string[]; path: RegExp }[] {
  return [
    { name: "baseline --out", args: ["baseline", REFERENCE, "--out", join(dir, "baselines"), "--name", "credit"], path: new RegExp(`'${join(dir, "baselines")}[^']*'`) },
    { name: "compare --json", args: ["compare", REFERENCE, CURRENT, "--json", join(dir, "report.json")], path: new RegExp(`'${join(dir, "report.json")}'`) },
    { name: "check --report-dir", args: ["check", CURRENT, "--baseline", baseline, "--report-dir", join(dir, "reports")], path: new RegExp(`'${join(dir, "reports")}[^']*'`) },
  ];
}

describe("file-system failures: exit 2 naming the path and the way out, nothing half-written", () => {
  let work = "";
  let baseline = "";
  before(async () => {
    work = tempDir();
    baseline = await saveBaseline(buildBaseline(creditSample({ rows: 500, seed: 1 }), { name: "credit", version: "v1" }), join(work, "saved"));
  });

  describe("on a full disk (a 64 KiB tmpfs)", needs("root to mount a tmpfs", canMount), () => {
    const full = () => join(work, "full");
    before(() => {
      mkdirSync(full(), { recursive: true });
      spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", full()]);
    });
    after(() => spawnSync("umount", [full()]));
    for (const index of [0, 1, 2]) {
      it(`${["baseline --out", "compare --json", "check --report-dir"][index]} says ENOSPC and leaves only what was there`, () => {
        for (const entry of readdirSync(full())) rmSync(join(full(), entry), { recursive: true, force: true });
        writeFileSync(join(full(), "filler"), Buffer.alloc(60 * 1024));
        const { args, path } = writers(full(), baseline)[index];
        const run = runCli(args);
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, /no space left on the disk \(ENOSPC\)\. Free space on that disk, or point the command at a folder on another one/);
        assert.match(run.stderr, path);
        assert.doesNotMatch(run.stderr, /internal error|\.partial|\.tmp'/);
        assert.deepEqual(everything(full()), ["filler"]);
      });
    }
  });

  describe("on a read-only mount", needs("root to mount a read-only tmpfs", canMount), () => {
    const readOnly = () => join(work, "ro");
    before(() => {
      mkdirSync(readOnly(), { recursive: true });
      spawnSync("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", readOnly()]);
    });
    after(() => spawnSync("umount", [readOnly()]));
    it("baseline --out, compare --json and check --report-dir say EROFS (not ENOENT from mkdir)", () => {
      for (const { name, args, path } of writers(readOnly(), baseline)) {
        const run = runCli(args);
        assert.equal(run.code, 2, `${name}: ${run.stderr}`);
        assert.match(run.stderr, /the file system is read-only \(EROFS\)\. Point the command at a folder on a writable disk/, name);
        assert.match(run.stderr, path, name);
      }
    });
  });

  describe("without permission (another user)", needs("root to run as user nobody", IS_ROOT), () => {
    it("baseline --out, compare --json and check --report-dir say EACCES and leave nothing", () => {
      const closed = join(work, "closed");
      mkdirSync(closed, { recursive: true });
      chmodSync(closed, 0o755);
      chmodSync(work, 0o755);
      chmodSync(join(work, "saved"), 0o755);
      for (const { name, args, path } of writers(closed, baseline)) {
        const run = spawnSync("runuser", ["-u", "nobody", "--", process.execPath, repoPath("bin/driftlens.js"), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        assert.equal(run.status, 2, `${name}: ${run.stderr}`);
        assert.match(run.stderr, /permission denied \(EACCES\)\. Fix the permissions there/, name);
        assert.match(run.stderr, path, name);
      }
      assert.deepEqual(everything(closed), []);
    });
  });

  describe("on an input/output error", needs("strace(1) to inject EIO", hasStrace), () => {
    it("compare --json says EIO with the file and leaves no temporary file", () => {
      const dir = tempDir();
      const run = spawnSync("strace", ["-f", "-qq", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:error=EIO", process.execPath, repoPath("bin/driftlens.js"), "compare", REFERENCE, CURRENT, "--json", join(dir, "r.json")], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, new RegExp(`cannot write '${join(dir, "r.json")}': the disk or network share reported an input/output error \\(EIO\\)`));
      assert.deepEqual(everything(dir), []);
    });
  });

  it("refuses writes under /proc and /sys up front (Node's recursive mkdir never returns there)", async () => {
    for (const target of ["/proc/x/r.json", "/sys/x/r.json", "/proc/self/x/r.json"]) {
      const run = spawnSync(process.execPath, [repoPath("bin/driftlens.js"), "compare", REFERENCE, CURRENT, "--json", target], { encoding: "utf8", timeout: 60_000 });
      assert.equal(run.status, 2, `${target}: ${run.stderr}`);
      assert.match(run.stderr, /is (procfs|sysfs), the kernel's view of processes and devices, not a place for files/);
    }
    const report = await compareDatasets(creditSample({ rows: 200, seed: 1 }), creditSample({ rows: 200, seed: 2 }));
    await assert.rejects(writeReportFiles("/proc/x", report), (error: Error) => error instanceof UsageError && /cannot write under '\/proc\/x'/.test(error.message));
    await assert.rejects(makeFolder("/sys/fs/x/y"), UsageError);
  });

  it("says when a part of the output path is a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plain"), "x");
    const run = runCli(["compare", REFERENCE, CURRENT, "--json", join(dir, "plain", "r.json")]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /'.*plain' is a file, not a folder/);
    await assert.rejects(makeFolder(join(dir, "plain", "a", "b")), /is a file, not a folder/);
  });
});
