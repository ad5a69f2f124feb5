// `npm run bench`: end-to-end speed and memory of the driftlens CLI on seeded data.
// Prints rows/s, wall seconds and peak RSS per case; record the numbers in BENCHMARKS.md.
//
//   npm run bench                 all cases
//   npm run bench -- compare      only cases whose name contains "compare"
//   BENCH_ROWS=200000 npm run bench   a smaller run
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
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

async function prepare() {
  mkdirSync(DIR, { recursive: true });
  const files = {
    referenceCsv: join(DIR, "reference.csv"),
    currentCsv: join(DIR, "current.csv"),
    referenceParquet: join(DIR, "reference.parquet"),
    currentParquet: join(DIR, "current.parquet"),
  };
  for (const [side, seed, drift] of [["reference", 11, 0], ["current", 12, 0.3]]) {
    const csv = files[`${side}Csv`];
    const parquet = files[`${side}Parquet`];
    if (!existsSync(csv)) {
      process.stdout.write(`generating ${csv} (${ROWS.toLocaleString("en-US")} rows × 9 columns, seed ${seed}) … `);
      await tableToCsv(creditSample({ rows: ROWS, seed, drift }), csv);
      process.stdout.write("done\n");
    }
    if (!existsSync(parquet)) {
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
      connection.closeSync();
    }
  }
  return files;
}

function runCase(name, argv, rows) {
  const walls = [];
  let peakKb = 0;
  let code = -1;
  for (let run = 0; run < RUNS; run++) {
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
    peakKb = Math.max(peakKb, stats.maxRssKb);
  }
  walls.sort((a, b) => a - b);
  const wall = walls[Math.floor(walls.length / 2)];
  return { name, rows, wall, min: walls[0], max: walls[walls.length - 1], rowsPerSecond: rows / wall, peakMb: peakKb / 1024, exit: code };
}

const files = await prepare();
const cases = [
  ["compare csv 1M+1M", ["compare", files.referenceCsv, files.currentCsv, "--fail-on", "none"], 2 * ROWS],
  ["compare parquet 1M+1M", ["compare", files.referenceParquet, files.currentParquet, "--fail-on", "none"], 2 * ROWS],
].filter(([name]) => filter.length === 0 || filter.some((part) => name.includes(part)));

const results = cases.map(([name, argv, rows]) => runCase(name.replace(/1M\+1M/, `${ROWS / 1e6}M+${ROWS / 1e6}M`), argv, rows));
const mb = (path) => (statSync(path).size / 1048576).toFixed(0);
console.log(`\nnode ${process.version} · ${RUNS} runs per case (median wall) · CSV ${mb(files.referenceCsv)}+${mb(files.currentCsv)} MB · Parquet ${mb(files.referenceParquet)}+${mb(files.currentParquet)} MB`);
console.log("| case | rows | wall s (median) | min–max s | rows/s | peak RSS MB |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of results) {
  console.log(`| ${r.name} | ${r.rows.toLocaleString("en-US")} | ${r.wall.toFixed(2)} | ${r.min.toFixed(2)}–${r.max.toFixed(2)} | ${Math.round(r.rowsPerSecond).toLocaleString("en-US")} | ${r.peakMb.toFixed(0)} |`);
}
