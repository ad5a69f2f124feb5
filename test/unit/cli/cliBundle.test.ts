import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Script } from "node:vm";
import { repoPath } from "../../helpers/paths";

// bin/driftlens.js and bin/cliEntry.js in a folder of their own, beside two entries that say
// which one ran: the binary's choice between the CLI bundle and the compiled modules, and when it
// reads the bundle's code cache, by the files' times.
const root = mkdtempSync(join(tmpdir(), "driftlens-bin-"));
const cli = join(root, "dist", "kernel-helpers", "cli");
mkdirSync(join(root, "bin"), { recursive: true });
mkdirSync(cli, { recursive: true });
for (const file of ["driftlens.js", "cliEntry.js"]) copyFileSync(repoPath("bin", file), join(root, "bin", file));

/** Loads a CommonJS file of the binary (bin/ is plain JavaScript). */
const load = createRequire(__filename);

type Entry = { loadCli(): { main: unknown; script?: Script }; CACHE: string };

function write(file: string, secondsAgo: number, text?: string): void {
  writeFileSync(join(cli, file), text ?? `exports.main = async (argv) => { process.stdout.write(${JSON.stringify(file)} + " " + argv.join(" ")); return 0; };\n`);
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

  it("reads the code cache only when it is as new as the bundle (V8 then checks it: these bytes it refuses)", () => {
    const entry = load(join(root, "bin", "cliEntry.js")) as Entry;
    write("main.bundle.cache", 45, "not a code cache");
    assert.equal(entry.loadCli().script?.cachedDataRejected, undefined, "a cache older than the bundle is not read");
    // Another source, or V8 takes the script it compiled above from its own cache without a look at ours.
    write("main.bundle.js", 30, `// again\nexports.main = async () => 0;\n`);
    write("main.bundle.cache", 10, "not a code cache");
    assert.equal(entry.loadCli().script?.cachedDataRejected, true, "a cache as new as the bundle is given to V8");
    rmSync(join(cli, "main.bundle.cache"));
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

  it("the build's bundle comes with a code cache V8 accepts (made by scripts/bundle-cli.mjs from a trained run)", () => {
    const entry = load(repoPath("bin", "cliEntry.js")) as Entry;
    assert.ok(readFileSync(entry.CACHE).length > 100_000, "the cache holds the compiled code of a comparison");
    const { main, script } = entry.loadCli();
    assert.equal(typeof main, "function");
    assert.equal(script?.cachedDataRejected, false, "V8 took the cache");
  });
});
