import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";

const dir = mkdtempSync(join(tmpdir(), "driftlens-out-"));
const folder = join(dir, "a-folder");
mkdirSync(folder);
const file = join(dir, "a-file.csv");
writeFileSync(file, "a\n1\n");
const reference = repoPath("examples/data/reference.csv");
const current = repoPath("examples/data/current.csv");

function assertUserError(run: ReturnType<typeof runCli>, ...phrases: string[]): void {
  assert.equal(run.code, 2, `exit code 2 (stderr: ${run.stderr})`);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /, "no internal error, no stack trace");
  for (const phrase of phrases) assert.ok(run.stderr.includes(phrase), `stderr mentions ${JSON.stringify(phrase)}: ${run.stderr}`);
}

describe("an output path of the wrong kind is refused before any work, naming the flag and the path", () => {
  it("--json naming a folder", () => {
    assertUserError(runCli(["compare", reference, current, "--json", folder]), "--json", `'${folder}' is a folder`, join(folder, "report.json"));
    assertUserError(runCli(["check", current, "--baseline", join(dir, "none"), "--json", folder]), "--json", "is a folder");
    assertUserError(runCli(["text-drift", file, file, "--json", folder]), "--json", "is a folder");
  });

  it("--out or --report-dir naming a file, or a folder below a file", () => {
    assertUserError(runCli(["baseline", reference, "--out", file, "--name", "credit"]), "--out", `'${file}' is a file`);
    assertUserError(runCli(["baseline", reference, "--out", join(file, "baselines"), "--name", "credit"]), "--out", `'${file}' is a file, not a folder`);
    assertUserError(runCli(["check", current, "--baseline", join(dir, "none"), "--report-dir", file]), "--report-dir", "is a file");
    assertUserError(runCli(["demo", "--out", file]), "--out", "is a file");
    assertUserError(runCli(["simulate", "--scenario", "label-flips", "--severity", "0.5", "--out", join(file, "sim")]), "--out", "is a file, not a folder");
    assert.deepEqual(readdirSync(folder), [], "nothing written");
  });

  it("missing folders are still created, and - still means stdout", () => {
    const out = join(dir, "new", "deeper", "report.json");
    const run = runCli(["compare", reference, current, "--json", out]);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(existsSync(out));
    assert.equal(JSON.parse(runCli(["compare", reference, current, "--json", "-"]).stdout).kind, "compare");
  });

  it("a pipe or device named as the output is written to, never replaced by a file (--json /dev/null, a FIFO)", { skip: process.platform === "win32" }, async () => {
    // A FIFO, not /dev/null itself: were the write to go through a renamed temporary file, the
    // device would become a regular file.
    const fifo = join(dir, "report.fifo");
    assert.equal(spawnSync("mkfifo", [fifo]).status, 0, "mkfifo");
    const received = join(dir, "from-fifo.json");
    const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, received]);
    const read = new Promise((resolve) => reader.on("exit", resolve));
    const run = runCli(["compare", reference, current, "--json", fifo]);
    // Had the FIFO been replaced, the reader would wait for a writer forever.
    const giveUp = setTimeout(() => reader.kill(), 20_000);
    await read;
    clearTimeout(giveUp);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(lstatSync(fifo).isFIFO(), "the FIFO is still a FIFO");
    assert.equal(JSON.parse(readFileSync(received, "utf8")).kind, "compare", "the report went through the pipe");
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith(".tmp")), [], "no temporary file left");
  });
});
