import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";

// bin/driftlens.js and bin/cliEntry.js in a folder of their own, beside two entries that say
// which one ran: the binary's choice between the CLI bundle and the compiled modules, by their times.
const root = mkdtempSync(join(tmpdir(), "driftlens-bin-"));
const cli = join(root, "dist", "kernel-helpers", "cli");
mkdirSync(join(root, "bin"), { recursive: true });
mkdirSync(cli, { recursive: true });
for (const file of ["driftlens.js", "cliEntry.js"]) copyFileSync(repoPath("bin", file), join(root, "bin", file));

function write(file: string, secondsAgo: number): void {
  writeFileSync(join(cli, file), `exports.main = async (argv) => { process.stdout.write(${JSON.stringify(file)} + " " + argv.join(" ")); return 0; };\n`);
  const at = Date.now() / 1000 - secondsAgo;
  utimesSync(join(cli, file), at, at);
}

function ran(): string {
  const child = spawnSync(process.execPath, [join(root, "bin", "driftlens.js"), "compare", "a.csv"], { encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  return child.stdout;
}

describe("bin/driftlens.js: the CLI bundle or the compiled modules", () => {
  it("runs the bundle when it is as new as the compiled modules or newer, with the arguments", () => {
    write("main.js", 60);
    write("main.bundle.js", 30);
    assert.equal(ran(), "main.bundle.js compare a.csv");
  });

  it("runs the compiled modules when they were compiled after the bundle was made (tsc run alone)", () => {
    write("main.bundle.js", 60);
    write("main.js", 30);
    assert.equal(ran(), "main.js compare a.csv");
  });

  it("runs the compiled modules when there is no bundle", () => {
    rmSync(join(cli, "main.bundle.js"));
    write("main.js", 30);
    assert.equal(ran(), "main.js compare a.csv");
  });
});
