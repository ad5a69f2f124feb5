// `npm run bench`: end-to-end speed and memory of driftlens on seeded data.
// Each case runs the real CLI in a child process (start-up, reading, statistics and output all
// count) and prints wall seconds (median of BENCH_RUNS), rows/s and peak RSS. Record the numbers
// in BENCHMARKS.md.
//
//   npm run bench                      all cases
//   npm run bench -- compare           only cases whose name contains "compare"
//   BENCH_ROWS=200000 npm run bench    smaller inputs (the 10M baseline case scales with it)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { creditSample } = require("../dist/kernel-helpers/synth/creditSample.js");
const { tableToCsv } = require("../dist/kernel-helpers/data/tableToCsv.js");
const { DuckDBInstance } = require("@duckdb/node-api");

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIR = join(".bench", String(ROWS));
const filter = process.argv.slice(2);
const wanted = (name) => filter.length === 0 || filter.some((part) => name.includes(part));
const millions = (rows) => `${rows / 1e6}M`;

async function duckdb(sql) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A seeded credit-shaped CSV and its Parquet copy (written once, reused by later runs). */
async function dataset(name, rows, seed, drift) {
  mkdirSync(DIR, { recursive: true });
  const csv = join(DIR, `${name}.csv`);
  const parquet = join(DIR, `${name}.parquet`);
  if (!existsSync(csv)) {
    process.stdout.write(`generating ${csv} (${rows.toLocaleString("en-US")} rows × 9 columns, seed ${seed}) … `);
    await tableToCsv(creditSample({ rows, seed, drift }), csv);
    process.stdout.write("done\n");
  }
  if (!existsSync(parquet)) await duckdb(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
  return { csv, parquet };
}

/** A 10× larger Parquet file, written chunk by chunk (seeds 100..109) so generation stays in bounded memory. */
async function largeParquet(rows) {
  const path = join(DIR, `reference-x10.parquet`);
  if (existsSync(path)) return path;
  const chunks = [];
  for (let i = 0; i < 10; i++) {
    const chunk = join(DIR, `chunk-${i}.csv`);
    if (!existsSync(chunk)) await tableToCsv(creditSample({ rows, seed: 100 + i, drift: 0 }), chunk);
    chunks.push(chunk);
  }
  process.stdout.write(`writing ${path} (${(10 * rows).toLocaleString("en-US")} rows) … `);
  await duckdb(`COPY (SELECT * FROM read_csv([${chunks.map((c) => `'${c}'`).join(", ")}], header = true)) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
  chunks.forEach((chunk) => rmSync(chunk));
  process.stdout.write("done\n");
  return path;
}

/** Runs `driftlens ARGV` RUNS times; `before` (optional) runs before each run, untimed. */
function runCase(name, argv, rows, before) {
  const walls = [];
  let peakKb = 0;
  let code = -1;
  for (let run = 0; run < RUNS; run++) {
    before?.();
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ["scripts/bench-child.cjs", ...argv], { encoding: "utf8", maxBuffer: 1 << 26 });
    walls.push(Number(process.hrtime.bigint() - started) / 1e9);
    const line = child.stderr.split("\n").find((text) => text.startsWith("BENCH "));
    if (!line) {
      console.error(child.stdout, child.stderr);
      throw new Error(`case ${name} did not finish`);
    }
    const stats = JSON.parse(line.slice(6));
    code = stats.code;
    if (code === 2 || code === 3) throw new Error(`case ${name} failed (exit ${code}): ${child.stderr}`);
    peakKb = Math.max(peakKb, stats.maxRssKb);
  }
  walls.sort((a, b) => a - b);
  const wall = walls[Math.floor(walls.length / 2)];
  return { name, rows, wall, min: walls[0], max: walls[walls.length - 1], rowsPerSecond: rows / wall, peakMb: peakKb / 1024, exit: code };
}

/** Data drift (issue: engine core): `driftlens compare` on 1M + 1M rows, CSV and Parquet. */
async function compareCases() {
  if (!wanted("compare")) return [];
  const reference = await dataset("reference", ROWS, 11, 0);
  const current = await dataset("current", ROWS, 12, 0.3);
  const m = millions(ROWS);
  return [
    runCase(`compare csv ${m}+${m}`, ["compare", reference.csv, current.csv, "--fail-on", "none"], 2 * ROWS),
    runCase(`compare parquet ${m}+${m}`, ["compare", reference.parquet, current.parquet, "--fail-on", "none"], 2 * ROWS),
  ];
}

/** Baselines (issue: baselines and checks): build from 10× rows of Parquet, then check ROWS rows against it. */
async function baselineCases() {
  if (!wanted("baseline")) return [];
  const large = await largeParquet(ROWS);
  const current = await dataset("current", ROWS, 12, 0.3);
  const out = join(DIR, "baselines");
  const results = [
    runCase(`baseline parquet ${millions(10 * ROWS)}`, ["baseline", large, "--out", out, "--name", "credit", "--version", "bench", "--force"], 10 * ROWS),
  ];
  results.push(
    runCase(`check parquet ${millions(ROWS)} vs ${millions(10 * ROWS)} baseline`, ["check", current.parquet, "--baseline", join(out, "credit", "bench"), "--report-dir", join(DIR, "reports"), "--fail-on", "none"], ROWS),
  );
  return results;
}

const sections = [compareCases, baselineCases];
const results = [];
for (const section of sections) results.push(...(await section()));

const mb = (path) => (existsSync(path) ? (statSync(path).size / 1048576).toFixed(0) : "–");
console.log(`\nnode ${process.version} · ${RUNS} runs per case (median wall) · inputs in ${DIR} (reference.csv ${mb(join(DIR, "reference.csv"))} MB, reference.parquet ${mb(join(DIR, "reference.parquet"))} MB)`);
console.log("| case | rows | wall s (median) | min–max s | rows/s | peak RSS MB |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of results) {
  console.log(`| ${r.name} | ${r.rows.toLocaleString("en-US")} | ${r.wall.toFixed(2)} | ${r.min.toFixed(2)}–${r.max.toFixed(2)} | ${Math.round(r.rowsPerSecond).toLocaleString("en-US")} | ${r.peakMb.toFixed(0)} |`);
}
