import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Baseline } from "../../../kernel-helpers/baseline/baselineInfo";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { listBaselines } from "../../../kernel-helpers/baseline/listBaselines";
import { loadBaseline } from "../../../kernel-helpers/baseline/loadBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import type { Column, Table } from "../../../kernel-helpers/data/table";
import { DataError } from "../../../kernel-helpers/errors";
import { writerToken } from "../../../kernel-helpers/fs/writerToken";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { repoPath } from "../../helpers/paths";
import { tempDir } from "./baselineFixtures";

const everyKind: Table = {
  rowCount: 5,
  source: "memory",
  columns: [
    { name: "amount", type: "numerical", values: Float64Array.of(1.5, NaN, -Infinity, 1e-300, 123456789.125) },
    { name: "segment", type: "categorical", codes: Int32Array.of(1, -1, 0, 1, 2), dictionary: ["b", "a", "it's \"quoted\""] },
    { name: "note", type: "text", values: ["hello", null, "ünïcødé", "", "a,b"] },
    { name: "at", type: "datetime", values: Float64Array.of(Date.UTC(2026, 10, 23, 8), NaN, Date.UTC(2026, 10, 23, 9, 0, 0, 250), 0, -86_400_000) },
    { name: "Zip", type: "numerical", values: Float64Array.of(75001, 75002, NaN, 75001, 75003) },
  ],
};

/** Cell values of a column as plain JS values (labels for categories), for comparing tables. */
function cells(column: Column): unknown[] {
  if (column.type === "categorical") return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
  if (column.type === "text") return [...column.values];
  return Array.from(column.values, (value) => (Number.isNaN(value) ? "NaN" : value));
}

async function savedBaseline(rows = 1000, version = "v1", dir = tempDir()): Promise<{ dir: string; path: string; baseline: Baseline }> {
  const baseline = buildBaseline(creditSample({ rows, seed: 1 }), { name: "credit", version });
  return { dir, path: await saveBaseline(baseline, dir), baseline };
}

/** Spawns a node process that builds a large baseline and saves it over `credit/v1` in `dir`. */
function spawnBigSave(dir: string, version: string): ReturnType<typeof spawn> {
  const script = `
    const { creditSample } = require(${JSON.stringify(repoPath("dist/kernel-helpers/synth/creditSample.js"))});
    const { buildBaseline } = require(${JSON.stringify(repoPath("dist/kernel-helpers/baseline/buildBaseline.js"))});
    const { saveBaseline } = require(${JSON.stringify(repoPath("dist/kernel-helpers/baseline/saveBaseline.js"))});
    const baseline = buildBaseline(creditSample({ rows: 2000000, seed: 9 }), { name: "credit", version: ${JSON.stringify(version)} });
    saveBaseline(baseline, ${JSON.stringify(dir)}, { force: true }).then(() => process.stdout.write("saved"));
  `;
  return spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
}

/** Waits until a staging folder of `version` appears in `nameDir` (with `file` in it, when given). */
async function stagingAppears(nameDir: string, version: string, file?: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const staging = (existsSync(nameDir) ? readdirSync(nameDir) : []).find((entry) => entry.startsWith(`.${version}.`) && entry.endsWith(".partial"));
    if (staging && (file === undefined || existsSync(join(nameDir, staging, file)))) return join(nameDir, staging);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`no staging folder for ${version} appeared in ${nameDir}`);
}

async function killMidWrite(dir: string, version: string, file?: string): Promise<string> {
  const child = spawnBigSave(dir, version);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  const staging = await stagingAppears(join(dir, "credit"), version, file);
  child.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL");
  assert.equal(output, "", "the child was killed before it finished saving");
  return staging;
}

describe("saveBaseline and loadBaseline", () => {
  it("round-trip every column type: baseline.json as built, the sample cell for cell", async () => {
    const dir = tempDir();
    const baseline = buildBaseline(everyKind, { name: "kinds", version: "2026-11-23", categorical: ["Zip"] });
    const path = await saveBaseline(baseline, dir);
    assert.equal(path, join(dir, "kinds", "2026-11-23"));
    assert.deepEqual(readdirSync(path).sort(), ["baseline.json", "reference.parquet"]);
    const loaded = await loadBaseline(path);
    assert.deepEqual(loaded.info, JSON.parse(JSON.stringify(baseline.info)));
    assert.equal(loaded.sample?.rowCount, 5);
    loaded.sample?.columns.forEach((column, i) => {
      const original = baseline.sample?.columns[i] as Column;
      assert.equal(column.name, original.name);
      assert.equal(column.type, original.type);
      assert.deepEqual(cells(column), cells(original), column.name);
    });
  });

  it("never overwrites an existing version unless forced", async () => {
    const { dir, path } = await savedBaseline(500);
    const other = buildBaseline(creditSample({ rows: 800, seed: 2 }), { name: "credit", version: "v1" });
    await assert.rejects(saveBaseline(other, dir), (error: Error) => error instanceof DataError && error.message.includes(`baseline credit/v1 already exists at ${path}`) && error.message.includes("--force"));
    assert.equal((await loadBaseline(path)).info.rows, 500);
    await saveBaseline(other, dir, { force: true });
    assert.equal((await loadBaseline(path)).info.rows, 800);
    assert.deepEqual(readdirSync(join(dir, "credit")), ["v1"], "no folder is left aside after a replacement");
  });

  it("publishes nothing and removes its staging folder when aborted at any point before the rename", async () => {
    const baseline = buildBaseline(creditSample({ rows: 5_000, seed: 5 }), { name: "credit", version: "v1" });
    const reason = new Error("cancelled by the person");
    // Aborts at its nth check: before anything, after the sample, after baseline.json.
    const abortedAt = (n: number) => {
      let checks = 0;
      return { throwIfAborted: () => { if (++checks >= n) throw reason; } } as unknown as AbortSignal;
    };
    for (const n of [1, 2, 3]) {
      const dir = tempDir();
      await assert.rejects(saveBaseline(baseline, dir, { signal: abortedAt(n) }), (error: unknown) => error === reason, `check ${n}`);
      assert.deepEqual(readdirSync(dir), [], `aborted at check ${n}: neither the version, its staging folder nor the name's new folder is left`);
    }
    const kept = tempDir();
    await savedBaseline(300, "v1", kept);
    await assert.rejects(saveBaseline(buildBaseline(creditSample({ rows: 300, seed: 6 }), { name: "credit", version: "v2" }), kept, { signal: abortedAt(2) }));
    assert.deepEqual(readdirSync(join(kept, "credit")), ["v1"], "an aborted save keeps the name's folder it did not make");
    const dir = tempDir();
    await saveBaseline(baseline, dir, { signal: abortedAt(4) });
    assert.deepEqual(readdirSync(join(dir, "credit")), ["v1"], "a signal never aborted lets the save finish");
  });

  it("lets one of two concurrent writers of the same version win and tells the other", async () => {
    const dir = tempDir();
    const first = buildBaseline(creditSample({ rows: 20_000, seed: 3 }), { name: "credit", version: "v1" });
    const second = buildBaseline(creditSample({ rows: 30_000, seed: 4 }), { name: "credit", version: "v1" });
    const outcomes = await Promise.allSettled([saveBaseline(first, dir), saveBaseline(second, dir)]);
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    assert.ok(lost[0].reason instanceof DataError);
    assert.match(lost[0].reason.message, /another process saved baseline credit\/v1 .* while this one was writing it; that one was kept/);
    const rows = (await loadBaseline(join(dir, "credit", "v1"))).info.rows;
    assert.equal(rows, outcomes[0].status === "fulfilled" ? 20_000 : 30_000);
    assert.deepEqual(readdirSync(join(dir, "credit")), ["v1"]);
  });

  it("leaves the previous version intact and no partial folder visible when the writer is killed mid-write", async () => {
    const { dir, path } = await savedBaseline(1000);
    const before = readFileSync(join(path, "baseline.json"), "utf8");
    for (const waitFor of [undefined, "reference.parquet"]) {
      await killMidWrite(dir, "v1", waitFor);
      assert.equal(readFileSync(join(path, "baseline.json"), "utf8"), before);
      const loaded = await loadBaseline(path);
      assert.equal(loaded.info.rows, 1000);
      assert.equal(loaded.sample?.rowCount, 1000);
      assert.deepEqual(readdirSync(join(dir, "credit")).filter((entry) => !entry.startsWith(".")), ["v1"]);
      assert.deepEqual((await listBaselines(dir)).map((listing) => `${listing.name}/${listing.version}:${listing.rows}`), ["credit/v1:1000"]);
    }
    await killMidWrite(dir, "v2", "reference.parquet");
    assert.equal(existsSync(join(dir, "credit", "v2")), false, "a new version killed mid-write does not appear");
    await savedBaseline(300, "v3", dir);
    assert.deepEqual(readdirSync(join(dir, "credit")).sort(), ["v1", "v3"], "the next save cleans what the killed writers left");
  });

  it("puts back a version whose replacement was killed between its two renames, whatever process ids say", async () => {
    const { dir, path } = await savedBaseline(400);
    const nameDir = join(dir, "credit");
    // Names as a killed writer leaves them: one of an older release (a bare process id, here
    // this very process's, which is alive), one with a writer token of a process that ran in
    // another PID namespace (its scope differs from ours, so only age tells it is abandoned).
    for (const writer of [String(process.pid), `1-123-00000000`]) {
      const aside = join(nameDir, `.v1.${writer}.deadbeef.replaced`);
      const staging = join(nameDir, `.v1.${writer}.cafe0001.partial`);
      renameSync(path, aside);
      mkdirSync(staging);
      assert.equal((await loadBaseline(path)).info.rows, 400, "loading puts the moved-aside version back");
      renameSync(path, aside);
      assert.deepEqual((await listBaselines(dir)).map((listing) => `${listing.version}:${listing.rows}`), ["v1:400"], "listing puts it back too");
      renameSync(path, aside);
      await savedBaseline(100, "v2", dir);
      assert.deepEqual(readdirSync(nameDir).filter((entry) => !entry.endsWith(".partial")).sort(), ["v1", "v2"], "the next save puts it back");
      assert.ok(existsSync(staging), "a staging folder whose writer cannot be checked stays while it is recent");
      const anHourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(staging, anHourAgo, anHourAgo);
      await savedBaseline(100, "v3", dir);
      assert.deepEqual(readdirSync(nameDir).sort(), ["v1", "v2", "v3"], "an abandoned staging folder is removed by the next save");
      rmSync(join(nameDir, "v2"), { recursive: true });
      rmSync(join(nameDir, "v3"), { recursive: true });
    }
  });

  it("removes a moved-aside folder whose replacement arrived, and keeps the staging folder of a running writer", async () => {
    const { dir, path } = await savedBaseline(200);
    const nameDir = join(dir, "credit");
    const token = writerToken();
    cpSync(path, join(nameDir, `.v1.${token}.0badcafe.replaced`), { recursive: true });
    mkdirSync(join(nameDir, `.v2.${token}.0badcafe.partial`));
    const dead = spawnSync(process.execPath, ["-e", `process.stdout.write(require(${JSON.stringify(repoPath("dist/kernel-helpers/fs/writerToken.js"))}).writerToken())`], { encoding: "utf8" }).stdout;
    assert.match(dead, /^\d+-\d+-[0-9a-f]{8}$/);
    mkdirSync(join(nameDir, `.v2.${dead}.0badcafe.partial`));
    await savedBaseline(100, "v3", dir);
    assert.deepEqual(readdirSync(nameDir).sort(), [`.v2.${token}.0badcafe.partial`, "v1", "v3"]);
  });

  it("explains a missing folder, a name folder and a half-written folder", async () => {
    const { dir } = await savedBaseline(200);
    await assert.rejects(loadBaseline(join(dir, "credit", "v9")), (error: Error) =>
      error instanceof DataError && error.message.includes(`baseline folder ${join(dir, "credit", "v9")} does not exist`) && error.message.includes("Versions next to it: v1"));
    await assert.rejects(loadBaseline(join(dir, "credit")), /holds the versions v1 of a baseline, not one version\. Pass one of them, e\.g\. .*credit\/v1/);
    const half = join(dir, "credit", "v2");
    cpSync(join(dir, "credit", "v1"), half, { recursive: true });
    rmSync(join(half, "baseline.json"));
    await assert.rejects(loadBaseline(half), /v2 has no baseline\.json \(it holds reference\.parquet\): it is not a baseline, or it was written by hand or by an interrupted copy/);
  });

  it("explains a hand-edited baseline.json: invalid JSON, a foreign file, a newer schema, a wrong field", async () => {
    const { dir, path } = await savedBaseline(200);
    const edit = (name: string, change: (text: string) => string): string => {
      const copy = join(dir, "credit", name);
      cpSync(path, copy, { recursive: true });
      writeFileSync(join(copy, "baseline.json"), change(readFileSync(join(path, "baseline.json"), "utf8")));
      return copy;
    };
    const broken = edit("broken", (text) => text.replace('"rows": 200,', '"rows": 200'));
    await assert.rejects(loadBaseline(broken), (error: Error) => error instanceof DataError && new RegExp(`${join(broken, "baseline.json")} is not valid JSON \\(line \\d+, column \\d+: .*edited by hand`).test(error.message));
    await assert.rejects(loadBaseline(edit("foreign", () => '{ "hello": 1 }')), /is not a driftlens baseline: its "schema" is missing, not "driftlens\.baseline"/);
    await assert.rejects(loadBaseline(edit("newer", (text) => text.replace('"schemaVersion": 1', '"schemaVersion": 99'))), /was written by a newer driftlens \(baseline schema version 99; this driftlens reads up to 1\)\. Upgrade driftlens/);
    await assert.rejects(loadBaseline(edit("wrong", (text) => text.replace('"rows": 200', '"rows": "many"'))), /baseline\.json: field 'rows' must be a whole number ≥ 0, but it is "many"/);
    await assert.rejects(loadBaseline(edit("count", (text) => text.replace('"count": 200', '"count": -3'))), /field 'columns\[0\]\.profile\.count' must be a whole number ≥ 0, but it is -3/);
  });

  it("refuses a folder whose name or version is not the one in its baseline.json, and says where it belongs", async () => {
    const { dir, path } = await savedBaseline(200);
    const copied = join(dir, "credit", "v2");
    cpSync(path, copied, { recursive: true });
    await assert.rejects(loadBaseline(copied), (error: Error) =>
      error instanceof DataError &&
      error.message.includes(`${join(copied, "baseline.json")} belongs to baseline credit/v1, but it is in the folder credit/v2: the version is 'v1' there and 'v2' in the path`) &&
      error.message.includes(`Move the folder to ${dir}/credit/v1`) &&
      error.message.includes(`--out ${dir} --name credit --version v2`));
    const renamed = join(dir, "scoring", "v1");
    cpSync(path, renamed, { recursive: true });
    await assert.rejects(loadBaseline(renamed), /in the folder scoring\/v1: the name is 'credit' there and 'scoring' in the path \(the folder was probably copied or renamed by hand\)/);
    const both = join(dir, "scoring", "v3");
    cpSync(path, both, { recursive: true });
    await assert.rejects(loadBaseline(both), /the name is 'credit' there and 'scoring' in the path, and the version is 'v1' there and 'v3' in the path/);
    assert.equal((await loadBaseline(path)).info.version, "v1");
  });

  it("explains a missing, damaged or mismatched reference.parquet", async () => {
    const { dir, path } = await savedBaseline(200);
    const other = (await savedBaseline(300, "v2", dir)).path;
    const copy = (name: string): string => {
      const target = join(dir, name, "credit", "v1");
      cpSync(path, target, { recursive: true });
      return target;
    };
    const missing = copy("missing");
    rmSync(join(missing, "reference.parquet"));
    await assert.rejects(loadBaseline(missing), /reference\.parquet is missing, so the baseline is incomplete/);
    const damaged = copy("damaged");
    writeFileSync(join(damaged, "reference.parquet"), "not parquet at all");
    await assert.rejects(loadBaseline(damaged), /reference\.parquet cannot be read as Parquet .* The file is damaged/);
    const swapped = copy("swapped");
    cpSync(join(other, "reference.parquet"), join(swapped, "reference.parquet"));
    await assert.rejects(loadBaseline(swapped), /reference\.parquet has 300 rows, but baseline\.json says 200: the two files do not belong together/);
  });

  it("lists versions in natural order with what is wrong with the broken ones", async () => {
    const dir = tempDir();
    for (const version of ["v10", "v2"]) await savedBaseline(100, version, dir);
    rmSync(join(dir, "credit", "v10", "reference.parquet"));
    const listings = await listBaselines(dir);
    assert.deepEqual(listings.map((listing) => listing.version), ["v2", "v10"]);
    assert.equal(listings[0].rows, 100);
    assert.equal(listings[0].exact, true);
    assert.match(listings[1].problem ?? "", /reference\.parquet is missing/);
    assert.deepEqual(await listBaselines(join(dir, "nowhere")), []);
  });
});
