// `npm run bench`: end-to-end speed and memory of driftlens on seeded data.
// Each case runs the real CLI in a child process (start-up, reading, statistics and output all
// count) and prints wall seconds (median of BENCH_RUNS), rows/s and peak RSS. Record the numbers
// in BENCHMARKS.md.
//
//   npm run bench                      all cases
//   npm run bench -- compare           only cases whose name contains "compare"
//   BENCH_ROWS=200000 npm run bench    smaller inputs (the 10M baseline case scales with it)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
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
function runCase(name, argv, rows, before, runs = RUNS) {
  const walls = [];
  const cpus = [];
  let peakKb = 0;
  let code = -1;
  for (let run = 0; run < runs; run++) {
    before?.();
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ["--require", "./scripts/bench-exit.cjs", "bin/driftlens.js", ...argv], { encoding: "utf8", maxBuffer: 1 << 26 });
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
    cpus.push(stats.cpuSeconds);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const wall = walls[Math.floor(walls.length / 2)];
  return { name, rows, wall, min: walls[0], max: walls[walls.length - 1], rowsPerSecond: rows / wall, peakMb: peakKb / 1024, cpu: cpus[Math.floor(cpus.length / 2)], exit: code };
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

/**
 * Model performance (issue 4): every metric per window of 10,000 rows over ROWS labelled rows of a
 * binary model (in a child process: data generation untimed, then scoring timed), and
 * `driftlens check` of those rows as CSV against a model baseline, with performance per window.
 */
async function performanceCases() {
  if (!wanted("performance")) return [];
  const { modelSample } = require("../dist/kernel-helpers/synth/modelSample.js");
  const dir = join(DIR, "performance");
  mkdirSync(dir, { recursive: true });
  const reference = join(dir, "reference.csv");
  const current = join(dir, "current.csv");
  if (!existsSync(reference)) await tableToCsv(modelSample({ rows: Math.max(ROWS / 10, 1000), seed: 31 }), reference);
  if (!existsSync(current)) await tableToCsv(modelSample({ rows: ROWS, seed: 32, effects: { labelFlip: 0.1 }, onset: 0.5 }), current);
  const baselines = join(dir, "baselines");
  spawnSync(process.execPath, ["bin/driftlens.js", "baseline", reference, "--out", baselines, "--name", "model", "--target", "default", "--prediction", "predicted", "--prediction-proba", "probability", "--force"], { encoding: "utf8" });
  const script = `
    const { modelSample } = require("./dist/kernel-helpers/synth/modelSample.js");
    const { performanceData } = require("./dist/kernel-helpers/performance/performanceData.js");
    const { metricsOverWindows } = require("./dist/kernel-helpers/performance/metricsOverWindows.js");
    const table = modelSample({ rows: ${ROWS}, seed: 32 });
    const started = process.hrtime.bigint();
    const data = performanceData(table, { task: "classification", target: "default", prediction: "predicted", predictionProba: ["probability"] });
    const { windows } = metricsOverWindows(data, { rows: 10000 });
    if (windows.length !== ${Math.ceil(ROWS / 10000)}) throw new Error("unexpected window count");
    process.stderr.write("BENCH " + JSON.stringify({ seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRssKb: process.resourceUsage().maxRSS }) + "\\n");`;
  const walls = [];
  let peakKb = 0;
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    const line = child.stderr.split("\n").find((text) => text.startsWith("BENCH "));
    if (!line) throw new Error(`metrics over windows did not finish: ${child.stderr}`);
    const stats = JSON.parse(line.slice(6));
    walls.push(stats.seconds);
    peakKb = Math.max(peakKb, stats.maxRssKb);
  }
  walls.sort((a, b) => a - b);
  const wall = walls[Math.floor(walls.length / 2)];
  return [
    { name: `metrics over windows ${millions(ROWS)} (10,000-row windows, binary with probability; scoring only)`, rows: ROWS, wall, min: walls[0], max: walls[walls.length - 1], rowsPerSecond: ROWS / wall, peakMb: peakKb / 1024, exit: 0 },
    runCase(`check csv ${millions(ROWS)} with performance (10,000-row windows)`, ["check", current, "--baseline", join(baselines, "model", "v1"), "--window", "10000", "--report-dir", join(dir, "reports"), "--fail-on", "none"], ROWS),
  ];
}

/** Seconds of `script` (a child `node -e` that prints "BENCH {seconds, maxRssKb, cpuSeconds?}"), median of RUNS, with its CPU seconds when it gives them. */
function timedScript(name, rows, script) {
  const walls = [];
  const cpus = [];
  let peakKb = 0;
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    const line = child.stderr.split("\n").find((text) => text.startsWith("BENCH "));
    if (!line) throw new Error(`${name} did not finish: ${child.stderr}`);
    const stats = JSON.parse(line.slice(6));
    walls.push(stats.seconds);
    if (stats.cpuSeconds !== undefined) cpus.push(stats.cpuSeconds);
    peakKb = Math.max(peakKb, stats.maxRssKb);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const wall = walls[Math.floor(walls.length / 2)];
  return { name, rows, wall, min: walls[0], max: walls[walls.length - 1], rowsPerSecond: rows / wall, peakMb: peakKb / 1024, ...(cpus.length > 0 ? { cpu: cpus[Math.floor(cpus.length / 2)] } : {}), exit: 0 };
}

/**
 * Text and image drift (issue 5): `driftlens text-drift` on 1,000 vs 1,000 seeded sentences with
 * the bundled text model and with a MiniLM-sized random one (6 layers, hidden 384, vocabulary
 * 30,522; written once into .bench/embeddings/, not committed); the MMD test alone on
 * 1,000 × 1,000 × 384; `driftlens image-drift` on 500 vs 500 PNG files of 224 × 224 pixels with
 * the bundled CNN and the PaddleOCR MobileNetV3. Rows/s is inputs (both sides) per second, model
 * loading and file reading included.
 */
async function embeddingCases() {
  if (!wanted("embedding")) return [];
  const { syntheticSentences } = require("../dist/kernel-helpers/synth/syntheticSentences.js");
  const { injectTextDrift } = require("../dist/kernel-helpers/synth/injectTextDrift.js");
  const { syntheticGlyphs } = require("../dist/kernel-helpers/synth/syntheticGlyphs.js");
  const { injectImageDrift } = require("../dist/kernel-helpers/synth/injectImageDrift.js");
  const { RawImage } = require("@huggingface/transformers");
  const dir = join(".bench", "embeddings");
  mkdirSync(dir, { recursive: true });
  const reference = join(dir, "reference.txt");
  const current = join(dir, "current.txt");
  if (!existsSync(reference)) writeFileSync(reference, `${syntheticSentences({ count: 1000, seed: 51 }).join("\n")}\n`);
  if (!existsSync(current)) writeFileSync(current, `${injectTextDrift(syntheticSentences({ count: 1000, seed: 52 }), { kind: "topic", severity: 0.3, seed: 53 }).join("\n")}\n`);
  const minilm = join(dir, "minilm-sized");
  if (!existsSync(join(minilm, "onnx", "model.onnx"))) {
    spawnSync(process.execPath, ["scripts/make-models.mjs", minilm, "--text-only", "--hidden", "384", "--layers", "6", "--heads", "12", "--inter", "1536", "--vocab", "30522", "--maxpos", "512"], { stdio: "inherit" });
  }
  const images = {};
  for (const [side, seed] of [["reference", 61], ["current", 62]]) {
    const folder = join(dir, `images-224-${side}`);
    images[side] = folder;
    if (existsSync(join(folder, "499.png"))) continue;
    mkdirSync(folder, { recursive: true });
    process.stdout.write(`drawing 500 glyphs of 224×224 into ${folder} … `);
    let glyphs = syntheticGlyphs({ count: 500, seed, size: 224 });
    if (side === "current") glyphs = injectImageDrift(glyphs, { kind: "brightness", severity: 0.3, seed: 63 });
    for (const [i, glyph] of glyphs.entries()) await new RawImage(new Uint8ClampedArray(glyph.data), 224, 224, 1).save(join(folder, `${String(i).padStart(3, "0")}.png`));
    process.stdout.write("done\n");
  }
  const mmdScript = `
    const { rbfMmd } = require("./dist/kernel-helpers/embeddings/rbfMmd.js");
    const { createRandom } = require("./dist/kernel-helpers/stats/random.js");
    const random = createRandom(7);
    const x = Float64Array.from({ length: 1000 * 384 }, () => random.normal());
    const y = Float64Array.from({ length: 1000 * 384 }, () => random.normal() + 0.01);
    const started = process.hrtime.bigint();
    rbfMmd(x, y, 384, 100, 1);
    process.stderr.write("BENCH " + JSON.stringify({ seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRssKb: process.resourceUsage().maxRSS }) + "\\n");`;
  return [
    runCase("text-drift 1,000 vs 1,000 sentences, bundled text-tiny-bert (mmd)", ["text-drift", reference, current, "--fail-on", "none"], 2000),
    runCase("text-drift 1,000 vs 1,000 sentences, MiniLM-sized random model (6 layers, hidden 384)", ["text-drift", reference, current, "--model", minilm, "--fail-on", "none"], 2000),
    timedScript("MMD alone, 1,000 × 1,000 × 384, 100 permutations", 2000, mmdScript),
    runCase("image-drift 500 vs 500 PNG 224×224, bundled image-tiny-cnn", ["image-drift", images.reference, images.current, "--fail-on", "none"], 1000),
    runCase("image-drift 500 vs 500 PNG 224×224, ppocr-mobilenetv3-cls", ["image-drift", images.reference, images.current, "--model", "ppocr-mobilenetv3-cls", "--fail-on", "none"], 1000),
  ];
}

/**
 * Text drift that scales with distinct texts (issue 14): `driftlens text-drift` on a `memo`
 * column of 60,000 vs 15,000 CSV rows holding 40 distinct texts (the current side favours other
 * texts), and on 5,000 vs 5,000 all-distinct sentences; bundled text-tiny-bert, default mmd.
 * Rows/s is rows of both sides per second, start-up, reading and model loading included.
 */
async function textDistinctCases() {
  if (!wanted("text-distinct")) return [];
  const { syntheticSentences } = require("../dist/kernel-helpers/synth/syntheticSentences.js");
  const { createRandom } = require("../dist/kernel-helpers/stats/random.js");
  const dir = join(".bench", "text-distinct");
  mkdirSync(dir, { recursive: true });
  const memos = syntheticSentences({ count: 40, seed: 93 });
  const memoCsv = (path, rows, seed, tilt) => {
    if (existsSync(path)) return path;
    const random = createRandom(seed);
    // Text k is drawn with weight (k + 1)^tilt: tilt 0 is uniform, a positive tilt favours the later texts.
    const weights = memos.map((_, k) => (k + 1) ** tilt);
    const total = weights.reduce((a, b) => a + b, 0);
    const lines = ["id,amount,memo"];
    for (let i = 0; i < rows; i++) {
      let u = random.next() * total;
      let k = 0;
      while (u >= weights[k] && k < memos.length - 1) u -= weights[k++];
      lines.push(`${i},${(random.next() * 500).toFixed(2)},"${memos[k]}"`);
    }
    writeFileSync(path, `${lines.join("\n")}\n`);
    return path;
  };
  const reference = memoCsv(join(dir, "memo-reference-60000.csv"), 60_000, 94, 0);
  const current = memoCsv(join(dir, "memo-current-15000.csv"), 15_000, 95, 0.5);
  const distinctReference = join(dir, "sentences-reference-5000.txt");
  const distinctCurrent = join(dir, "sentences-current-5000.txt");
  if (!existsSync(distinctReference)) writeFileSync(distinctReference, `${syntheticSentences({ count: 5000, seed: 91 }).join("\n")}\n`);
  if (!existsSync(distinctCurrent)) writeFileSync(distinctCurrent, `${syntheticSentences({ count: 5000, seed: 92 }).join("\n")}\n`);
  return [
    runCase("text-drift memo 60,000 vs 15,000 CSV rows, 40 distinct texts, bundled text-tiny-bert (mmd)", ["text-drift", reference, current, "--column", "memo", "--fail-on", "none"], 75_000),
    runCase("text-drift 5,000 vs 5,000 all-distinct sentences, bundled text-tiny-bert (mmd)", ["text-drift", distinctReference, distinctCurrent, "--fail-on", "none"], 10_000),
  ];
}

/**
 * Drift tests alone (no reading): Evidently's `TVD` permutation test (1000 permutations) on
 * ROWS + ROWS categorical codes over 12 categories, the current side slightly shifted. Data
 * generation is untimed; rows are values of both sides.
 */
async function statTestCases() {
  if (!wanted("TVD")) return [];
  const script = `
    const { tvdStatTest } = require("./dist/kernel-helpers/stats/tvd.js");
    const { createRandom } = require("./dist/kernel-helpers/stats/random.js");
    const categories = Array.from({ length: 12 }, (_, i) => "c" + i);
    const random = createRandom(81);
    const codes = (shift) => Int32Array.from({ length: ${ROWS} }, () => Math.min(11, Math.floor(12 * Math.pow(random.next(), 1 + shift))));
    const reference = { type: "categorical", codes: codes(0), categories };
    const current = { type: "categorical", codes: codes(0.01), categories };
    const started = process.hrtime.bigint();
    tvdStatTest.run(reference, current, { seed: 0 });
    process.stderr.write("BENCH " + JSON.stringify({ seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRssKb: process.resourceUsage().maxRSS }) + "\\n");`;
  return [timedScript(`TVD alone, ${millions(ROWS)} + ${millions(ROWS)} categorical values (12 categories), 1000 permutations`, 2 * ROWS, script)];
}

/**
 * Inference logging and the service (issue 8): `driftlens serve` in a child process; 20
 * concurrent keep-alive clients send 2,000 POST /log of 100 records each (the issue asks for a
 * /log p99 ≤ 50 ms), then one POST /check reads them back and must see every record. Each client
 * first sends 5 untimed requests (the first ones find the baseline, start the log writer and warm
 * the JIT; their latency is printed apart). Wall and rows/s are those of the timed phase; peak
 * RSS is the server's. The latency percentiles are printed under the table.
 */
async function serviceCases() {
  if (!wanted("serve")) return [];
  const requests = 2000;
  const perRequest = 100;
  const clients = 20;
  const dir = join(DIR, "serve");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const reference = join(dir, "reference.csv");
  await tableToCsv(creditSample({ rows: 5000, seed: 71 }), reference);
  spawnSync(process.execPath, ["bin/driftlens.js", "baseline", reference, "--out", join(dir, "baselines"), "--name", "credit"], { encoding: "utf8" });
  const sample = creditSample({ rows: 1000, seed: 72, drift: 0.3 });
  const inputs = Array.from({ length: sample.rowCount }, (_, i) => Object.fromEntries(sample.columns.filter((c) => c.name !== "has_default").map((c) => [c.name, c.type === "categorical" ? c.dictionary[c.codes[i]] ?? null : Number.isNaN(c.values[i]) ? null : c.values[i]])));
  const body = (n) => JSON.stringify({ records: Array.from({ length: perRequest }, (_, i) => ({ requestId: `b${n}-${i}`, inputs: inputs[(n * perRequest + i) % inputs.length], prediction: "approve", probabilities: { proba_reject: 0.2 } })) });
  const warmup = 5 * clients;
  const bodies = Array.from({ length: warmup + requests }, (_, n) => body(n));

  const send = (agent, port, path, text) => new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, path, method: "POST", agent, timeout: 30_000, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(text) } }, (response) => {
      let answer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (answer += chunk));
      response.on("end", () => resolve({ status: response.statusCode, text: answer }));
    });
    sent.on("timeout", () => sent.destroy(new Error(`${path} did not answer within 30 s`)));
    sent.on("error", reject);
    sent.end(text);
  });

  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const logs = join(dir, `logs-${run}`);
    const server = spawn(process.execPath, ["bin/driftlens.js", "serve", "--port", "0", "--baselines", join(dir, "baselines"), "--reports", join(dir, "reports"), "--logs", logs], { stdio: ["ignore", "pipe", "inherit"] });
    const port = await new Promise((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (chunk) => {
        out += chunk;
        const match = /127\.0\.0\.1:(\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      server.on("exit", () => reject(new Error(`serve stopped: ${out}`)));
    });
    const agent = new Agent({ keepAlive: true, maxSockets: clients });
    process.once("exit", () => server.kill("SIGKILL"));
    const timed = async (first, last, latencies) => {
      let next = first;
      await Promise.all(Array.from({ length: clients }, async () => {
        for (let n = next++; n < last; n = next++) {
          const t = process.hrtime.bigint();
          const answer = await send(agent, port, "/log/credit", bodies[n]);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (answer.status !== 202) throw new Error(`POST /log answered ${answer.status}: ${answer.text}`);
        }
      }));
    };
    const cold = [];
    await timed(0, warmup, cold);
    const latencies = [];
    const started = process.hrtime.bigint();
    await timed(warmup, warmup + requests, latencies);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const checked = await send(agent, port, "/check/credit", "{}");
    const rows = JSON.parse(checked.text).current?.rows;
    if (rows !== (warmup + requests) * perRequest) throw new Error(`POST /check saw ${rows} rows, not ${(warmup + requests) * perRequest}: ${checked.text.slice(0, 300)}`);
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0);
    agent.destroy();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.on("exit", resolve));
    latencies.sort((a, b) => a - b);
    runs.push({ wall, peakKb, latencies, coldMax: Math.max(...cold) });
  }
  runs.sort((a, b) => a.wall - b.wall);
  const median = runs[Math.floor(runs.length / 2)];
  const at = (q) => median.latencies[Math.min(median.latencies.length - 1, Math.ceil(q * median.latencies.length) - 1)].toFixed(1);
  notes.push(
    `serve POST /log latency (${requests.toLocaleString("en-US")} × ${perRequest} records, ${clients} clients, after ${warmup} warm-up requests; median run): ` +
      `p50 ${at(0.5)} ms · p95 ${at(0.95)} ms · p99 ${at(0.99)} ms · max ${at(1)} ms; slowest warm-up request ${median.coldMax.toFixed(1)} ms; ` +
      `POST /check then saw all ${((warmup + requests) * perRequest).toLocaleString("en-US")} records`,
  );
  return [{ name: `serve: ${requests.toLocaleString("en-US")} POST /log × ${perRequest} records, ${clients} clients`, rows: requests * perRequest, wall: median.wall, min: runs[0].wall, max: runs[runs.length - 1].wall, rowsPerSecond: (requests * perRequest) / median.wall, peakMb: median.peakKb / 1024, exit: 0 }];
}

/** Writes `rows` lines of CSV made by `line(i)` (plus `header`) in blocks, into `path` (once). */
async function writeLines(path, header, rows, line) {
  if (existsSync(path)) return;
  process.stdout.write(`generating ${path} (${rows.toLocaleString("en-US")} rows) … `);
  const { createWriteStream } = await import("node:fs");
  const part = `${path}.${process.pid}.part`;
  const out = createWriteStream(part);
  let block = `${header}\n`;
  for (let i = 0; i < rows; i++) {
    block += `${line(i)}\n`;
    if ((i + 1) % 5000 === 0) {
      if (!out.write(block)) await new Promise((resolve) => out.once("drain", resolve));
      block = "";
    }
  }
  await new Promise((resolve, reject) => out.end(block, (error) => (error ? reject(error) : resolve())));
  const { renameSync } = await import("node:fs");
  renameSync(part, path);
  process.stdout.write("done\n");
}

/** A number as Python's `'%.17g'` prints it (17 significant digits, no trailing zeros), as pandas writes full-precision floats. */
const g17 = (x) => {
  const text = x.toPrecision(17);
  if (text.includes("e")) return text.replace(/\.?0+e/, "e");
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
};

/**
 * A CSV shaped like a real export (issue 14): 9 columns — age and tenure_months integers,
 * income heavy-tailed log-normal, utilization a Beta(2, 5) in [0, 1], credit_score normal with 3%
 * missing (floats with 17 significant digits) — and gender (binary), channel (3 levels), region
 * (12 levels), has_default (yes/no). `drift` moves age, income, utilization, channel and region.
 */
async function evidentlyShapeCsv(path, rows, seed, drift) {
  const { createRandom } = require("../dist/kernel-helpers/stats/random.js");
  const random = createRandom(seed);
  const regions = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west", "central", "capital", "islands", "overseas"];
  const channels = ["web", "app", "branch"];
  const beta25 = () => {
    // The 2nd smallest of 6 uniforms is Beta(2, 5).
    let a = 2, b = 2;
    for (let k = 0; k < 6; k++) {
      const u = random.next();
      if (u < a) [a, b] = [u, a];
      else if (u < b) b = u;
    }
    return b;
  };
  await writeLines(path, "age,income,utilization,credit_score,tenure_months,gender,channel,region,has_default", rows, () => {
    const age = Math.min(90, Math.max(18, Math.round(40 + 4 * drift + 12 * random.normal())));
    const income = Math.exp(10.6 + 0.55 * random.normal()) * (1 + 0.2 * drift);
    const utilization = Math.min(1, beta25() * (1 + 0.3 * drift));
    const score = random.next() < 0.03 ? "" : g17(650 + 70 * random.normal());
    const tenure = random.int(121);
    const gender = random.next() < 0.52 ? "female" : "male";
    const channel = channels[Math.min(2, Math.floor(3 * Math.pow(random.next(), 1 + drift)))];
    const region = regions[Math.min(11, Math.floor(12 * Math.pow(random.next(), 1 + 0.5 * drift)))];
    const defaulted = random.next() < 0.08 ? "yes" : "no";
    return `${age},${g17(income)},${g17(utilization)},${score},${tenure},${gender},${channel},${region},${defaulted}`;
  });
}

/**
 * Issue 14: the Evidently comparison shape end to end — `driftlens compare` on 1M + 1M and
 * 300k + 300k rows (CSV and Parquet), and 1,000 + 1,000 rows from process start to exit
 * (`node bin/driftlens.js`, as a user runs it).
 */
async function evidentlyShapeCases() {
  if (!wanted("evidently-shape")) return [];
  const dir = join(".bench", "evidently-shape");
  mkdirSync(dir, { recursive: true });
  const results = [];
  for (const rows of [1_000_000, 300_000, 1_000]) {
    const files = {};
    for (const [side, seed, drift] of [["reference", 141, 0], ["current", 142, 1]]) {
      const csv = join(dir, `${side}-${rows}.csv`);
      await evidentlyShapeCsv(csv, rows, seed, drift);
      const parquet = csv.replace(/\.csv$/, ".parquet");
      if (!existsSync(parquet)) await duckdb(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
      files[side] = { csv, parquet };
    }
    const label = rows >= 1e6 ? millions(rows) : `${rows / 1000}k`;
    if (rows === 1_000) {
      results.push(runCase(`evidently-shape compare csv ${label}+${label}, process start to exit`, ["compare", files.reference.csv, files.current.csv, "--fail-on", "none"], 2 * rows));
      continue;
    }
    results.push(runCase(`evidently-shape compare csv ${label}+${label}`, ["compare", files.reference.csv, files.current.csv, "--fail-on", "none"], 2 * rows));
    results.push(runCase(`evidently-shape compare parquet ${label}+${label}`, ["compare", files.reference.parquet, files.current.parquet, "--fail-on", "none"], 2 * rows));
    if (rows === 1_000_000) {
      results.push(timedScript(`floor: DuckDB alone loads both CSV ${label} files into tables`, 2 * rows, duckdbLoadScript([files.reference.csv, files.current.csv])));
      results.push(timedScript(`floor: DuckDB alone loads both Parquet ${label} files into tables`, 2 * rows, duckdbLoadScript([files.reference.parquet, files.current.parquet])));
      results.push(timedScript(`floor: the column tests alone, both ${label} tables in memory, worker pool`, 2 * rows, testsAloneScript([files.reference.parquet, files.current.parquet])));
    }
  }
  return results;
}

/** A `node -e` script that times DuckDB alone creating a table from each file (the reading floor). */
function duckdbLoadScript(files) {
  return `
    const { DuckDBInstance } = require("@duckdb/node-api");
    (async () => {
      const started = process.hrtime.bigint();
      const cpuStarted = process.cpuUsage();
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      let i = 0;
      for (const file of ${JSON.stringify(files)}) {
        const scan = file.endsWith(".csv") ? "read_csv('" + file + "', header = true)" : "read_parquet('" + file + "')";
        await connection.run("CREATE TABLE t" + i++ + " AS SELECT * FROM " + scan);
      }
      connection.closeSync();
      instance.closeSync();
      const cpu = process.cpuUsage(cpuStarted);
      process.stderr.write("BENCH " + JSON.stringify({ seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: (cpu.user + cpu.system) / 1e6 }) + "\\n");
    })();`;
}

/**
 * The column tests alone: both files read into tables first (not timed), then the comparison of
 * the two tables in memory on the worker pool, as `compareDatasets` runs it (`compareSources`).
 */
function testsAloneScript(files) {
  return `
    const { readTable } = require("./dist/kernel-helpers/data/readTable.js");
    const { tableColumnSource } = require("./dist/kernel-helpers/data/columnSource.js");
    const { compareSources } = require("./dist/kernel-helpers/drift/compareSources.js");
    (async () => {
      const [reference, current] = [await readTable(${JSON.stringify(files[0])}), await readTable(${JSON.stringify(files[1])})];
      const started = process.hrtime.bigint();
      const cpuStarted = process.cpuUsage();
      await compareSources(tableColumnSource(reference), tableColumnSource(current));
      const cpu = process.cpuUsage(cpuStarted);
      process.stderr.write("BENCH " + JSON.stringify({ seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: (cpu.user + cpu.system) / 1e6 }) + "\\n");
    })();`;
}

/** A wide CSV (issue 18): `numerical` columns of normal values with 4 decimals, then `categorical` ones of 2–21 levels; `drift` shifts every 10th column. */
async function wideCsv(path, rows, numerical, categorical, seed, drift) {
  const { createRandom } = require("../dist/kernel-helpers/stats/random.js");
  const random = createRandom(seed);
  const header = [...Array.from({ length: numerical }, (_, j) => `x${j}`), ...Array.from({ length: categorical }, (_, j) => `c${j}`)].join(",");
  const cells = new Array(numerical + categorical);
  await writeLines(path, header, rows, () => {
    for (let j = 0; j < numerical; j++) cells[j] = (random.normal() * (1 + (j % 7)) + (j % 10 === 0 ? drift : 0)).toFixed(4);
    for (let j = 0; j < categorical; j++) cells[numerical + j] = `k${Math.floor((2 + j) * Math.pow(random.next(), j % 10 === 0 ? 1 + drift : 1))}`;
    return cells.join(",");
  });
}

/**
 * A wide Parquet file written by DuckDB from a hash of (row, column), so it is the same on every
 * machine: `numerical` columns of values with 3 decimals (every 10th shifted by `drift`) and
 * `categorical` ones of 2–21 levels.
 */
async function wideParquet(path, rows, numerical, categorical, seed, drift) {
  if (existsSync(path)) return;
  process.stdout.write(`generating ${path} (${rows.toLocaleString("en-US")} rows × ${numerical + categorical} columns) … `);
  const u = (j) => `(hash(i * 4099 + ${j * 7919 + seed}) % 1000000) / 1000000.0`;
  const columns = [
    ...Array.from({ length: numerical }, (_, j) => `round((${u(j)} + ${u(j + 100000)} + ${u(j + 200000)} - 1.5) * ${1 + (j % 7)}${j % 10 === 0 ? ` + ${drift}` : ""}, 3) AS x${j}`),
    ...Array.from({ length: categorical }, (_, j) => `'k' || CAST(floor(${2 + j} * pow(${u(j + 300000)}, ${j % 10 === 0 ? 1 + drift : 1})) AS INTEGER) AS c${j}`),
  ];
  // Written under a name of this process's own, then renamed: two benchmarks may generate at once.
  const part = `${path}.${process.pid}.part`;
  await duckdb(`COPY (SELECT ${columns.join(", ")} FROM range(${rows}) r(i)) TO '${part}' (FORMAT parquet, COMPRESSION zstd)`);
  const { renameSync } = await import("node:fs");
  renameSync(part, path);
  process.stdout.write("done\n");
}

/**
 * Issue 18: wide tables — `driftlens compare` on CSV 50k + 50k × 500 columns (480 numerical, 20
 * categorical), Parquet 300k + 300k × 800 and Parquet 1M + 1M × 1,000 (one run each for the
 * Parquet cases unless BENCH_RUNS says otherwise); rows/s counts cells here, and a note compares
 * the per-cell throughput of the wide CSV with the narrow evidently-shape CSV.
 */
async function wideCases() {
  // `wide` runs every case; `wide-csv`, `wide-800` or `wide-1000` one of them.
  const want = (tag) => filter.includes("wide") || filter.includes(tag) || filter.length === 0;
  if (!["wide-csv", "wide-800", "wide-1000"].some(want)) return [];
  const dir = join(".bench", "wide");
  mkdirSync(dir, { recursive: true });
  const results = [];
  const csv = { reference: join(dir, "reference-50k-500.csv"), current: join(dir, "current-50k-500.csv") };
  if (want("wide-csv")) {
  await wideCsv(csv.reference, 50_000, 480, 20, 181, 0);
  await wideCsv(csv.current, 50_000, 480, 20, 182, 0.1);
  results.push(runCase("wide compare csv 50k+50k × 500 (cells)", ["compare", csv.reference, csv.current, "--fail-on", "none"], 2 * 50_000 * 500));
  results.push(timedScript("floor: DuckDB alone loads both wide CSV files into tables (cells)", 2 * 50_000 * 500, duckdbLoadScript([csv.reference, csv.current])));
  const narrow = join(".bench", "evidently-shape", "reference-1000000.csv");
  if (existsSync(narrow)) {
    results.push(runCase("narrow compare csv 1M+1M × 9 (cells, for the per-cell ratio)", ["compare", narrow, narrow.replace("reference", "current"), "--fail-on", "none"], 2 * 1_000_000 * 9));
    const [wide, thin] = results.filter((r) => / compare csv/.test(r.name)).map((r) => r.rowsPerSecond);
    notes.push(`per-cell throughput: wide CSV ${Math.round(wide).toLocaleString("en-US")} cells/s, narrow CSV ${Math.round(thin).toLocaleString("en-US")} cells/s (narrow/wide ${(thin / wide).toFixed(2)}×)`);
  }
  }
  for (const [rows, width] of [[300_000, 800], [1_000_000, 1_000]]) {
    if (!want(`wide-${width}`)) continue;
    const label = rows >= 1e6 ? millions(rows) : `${rows / 1000}k`;
    const files = { reference: join(dir, `reference-${label}-${width}.parquet`), current: join(dir, `current-${label}-${width}.parquet`) };
    const categorical = width === 800 ? 30 : 40;
    await wideParquet(files.reference, rows, width - categorical, categorical, 1, 0);
    await wideParquet(files.current, rows, width - categorical, categorical, 2, 0.1);
    results.push(runCase(`wide compare parquet ${label}+${label} × ${width.toLocaleString("en-US")} (cells)`, ["compare", files.reference, files.current, "--fail-on", "none"], 2 * rows * width, undefined, Number(process.env.BENCH_WIDE_RUNS ?? 1)));
  }
  return results;
}


/**
 * Multivariate drift (issue 16): `multivariateDrift` — the reconstruction-error detector and the
 * domain classifier, both as `check` runs them by default — on 1M reference rows × 10 numerical
 * columns and 10 windows of 100k current rows, tables already in memory: the time it adds on top
 * of the univariate check.
 */
async function multivariateCases() {
  const name = "multivariate drift 1M reference × 10 columns, 10 windows of 100k (both detectors)";
  if (!wanted(name)) return [];
  const script = `
    const { multivariateDrift } = require(${JSON.stringify(join(process.cwd(), "dist/kernel-helpers/multivariate/multivariateDrift.js"))});
    const { splitWindows } = require(${JSON.stringify(join(process.cwd(), "dist/kernel-helpers/windows/splitWindows.js"))});
    const { createRandom } = require(${JSON.stringify(join(process.cwd(), "dist/kernel-helpers/stats/random.js"))});
    const table = (rows, seed, rho) => {
      const random = createRandom(seed);
      const columns = Array.from({ length: 10 }, (_, j) => ({ name: "x" + j, type: "numerical", values: new Float64Array(rows) }));
      for (let i = 0; i < rows; i++) {
        const shared = random.normal();
        for (let j = 0; j < 10; j++) columns[j].values[i] = (j < 4 ? rho * shared : 0) + random.normal();
      }
      return { rowCount: rows, columns, source: "memory" };
    };
    const reference = table(1000000, 1, 0.8);
    const current = table(1000000, 2, 0.8);
    const started = process.hrtime.bigint();
    const drift = multivariateDrift(reference, current, {}, { every: "100000 rows", windows: splitWindows({ rows: 100000 }, current.rowCount).windows, minSamples: 100 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (drift.detectors.length !== 2) throw new Error("expected two detectors");
    process.stderr.write("BENCH " + JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS }) + "\\n");
  `;
  return [timedScript(name, 2_000_000, script)];
}

/** Checks pushed down to ClickHouse and DuckDB (issue 12): only when asked for (`npm run bench -- pushdown`), as it loads tens of millions of rows. */
async function pushdownBench() {
  if (!filter.includes("pushdown")) return [];
  const { pushdownCases } = await import("./bench-pushdown.mjs");
  return pushdownCases({ runCase, DIR, notes, DuckDBInstance });
}

const sections = [compareCases, baselineCases, performanceCases, embeddingCases, textDistinctCases, statTestCases, serviceCases, evidentlyShapeCases, wideCases, multivariateCases, pushdownBench];
const notes = [];
const results = [];
for (const section of sections) results.push(...(await section()));

const mb = (path) => (existsSync(path) ? (statSync(path).size / 1048576).toFixed(0) : "–");
console.log(`\nnode ${process.version} · ${RUNS} runs per case (median wall) · inputs in ${DIR} (reference.csv ${mb(join(DIR, "reference.csv"))} MB, reference.parquet ${mb(join(DIR, "reference.parquet"))} MB)`);
// CPU s: user + system time of every thread of the command (median); on this machine's cores no
// run of that work can be shorter than CPU s / cores, the last column.
const cores = availableParallelism();
console.log(`| case | rows | wall s (median) | min–max s | rows/s | peak RSS MB | CPU s | CPU s / ${cores} cores |`);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of results) {
  const cpu = r.cpu === undefined ? "–" : r.cpu.toFixed(2);
  const floor = r.cpu === undefined ? "–" : (r.cpu / cores).toFixed(2);
  console.log(`| ${r.name} | ${r.rows.toLocaleString("en-US")} | ${r.wall.toFixed(2)} | ${r.min.toFixed(2)}–${r.max.toFixed(2)} | ${Math.round(r.rowsPerSecond).toLocaleString("en-US")} | ${r.peakMb.toFixed(0)} | ${cpu} | ${floor} |`);
}
for (const note of notes) console.log(`\n${note}`);
