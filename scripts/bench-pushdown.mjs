// `npm run bench -- pushdown`: drift checks pushed down to a two-shard ClickHouse cluster, and a
// local check of a large Parquet folder summarised in DuckDB (issue 12). Rows are generated where
// they live (seeded: every value is a hash of the seed, the row number and the column), in the
// engine-core shape (credit-like, 9 columns). Sizes: BENCH_PUSHDOWN_ROWS (default "10000000,30000000").
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ENGINES = process.env.DRIFTLENS_ENGINES_DIR ?? "/tmp/driftlens-engines";

/** The 9 engine-core columns from uniform draws u(k) in [0, 1) and a drift d; `int` casts a whole number (ClickHouse or DuckDB). */
function columns(u, d, int) {
  const normal = (a, b) => `(sqrt(-2 * ln(1 - ${u(a)})) * cos(2 * pi() * ${u(b)}))`;
  const pick = (labels, k, power) => `[${labels.map((l) => `'${l}'`).join(", ")}][${int(`floor(pow(${u(k)}, ${power}) * ${labels.length})`)} + 1]`;
  return [
    `${int(`least(80, greatest(18, round(40 + ${d} * 3 + 12 * ${normal(1, 2)})))`)} AS age`,
    `round(exp(10.5 + ${d} * 0.1 + 0.5 * ${normal(3, 4)}), 2) AS income`,
    `${int(`least(850, greatest(300, round(650 - ${d} * 20 + 80 * ${normal(5, 6)})))`)} AS credit_score`,
    `round(1000 + 49000 * pow(${u(7)}, 1 + ${d}), 2) AS loan_amount`,
    `${int(`floor(${u(8)} * 120)`)} AS tenure_months`,
    `${pick(["north", "south", "east", "west", "centre"], 9, 1 + d)} AS region`,
    `${pick(["employed", "self-employed", "unemployed", "retired"], 10, 1)} AS employment`,
    `CASE WHEN ${u(11)} < ${0.2 + d * 0.1} THEN 'yes' ELSE 'no' END AS has_default`,
    `${pick(["web", "branch", "phone", "partner"], 12, 1)} AS channel`,
  ];
}

const SCHEMA = "age Int32, income Float64, credit_score Int32, loan_amount Float64, tenure_months Int32, region String, employment String, has_default String, channel String";

function settings() {
  execFileSync("bash", ["test/db/start-engines.sh"], { stdio: "inherit" });
  return Object.fromEntries(readFileSync(join(ENGINES, "env"), "utf8").trim().split("\n").map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
}

function clickhouse(port, query) {
  return execFileSync("clickhouse-client", ["--port", String(port), "--max_query_size=1000000", "-q", query], { encoding: "utf8" }).trim();
}

/** A Distributed table NAME over NAME_local on both shards, each shard generating its half of `rows`. */
function loadClickhouse(ports, name, rows, seed, drift) {
  const have = Number(clickhouse(ports[0], `EXISTS TABLE default.${name}`)) === 1 ? Number(clickhouse(ports[0], `SELECT count() FROM default.${name}`)) : 0;
  if (have === rows) return 0;
  const started = Date.now();
  for (const [i, port] of ports.entries()) {
    clickhouse(port, `DROP TABLE IF EXISTS default.${name}_local`);
    clickhouse(port, `DROP TABLE IF EXISTS default.${name}`);
    clickhouse(port, `CREATE TABLE default.${name}_local (${SCHEMA}) ENGINE = MergeTree ORDER BY tuple()`);
    clickhouse(port, `CREATE TABLE default.${name} AS default.${name}_local ENGINE = Distributed(driftlens2, default, ${name}_local, rand())`);
    const u = (k) => `(cityHash64(${seed}, number, ${k}) / 18446744073709551616)`;
    const half = Math.floor(rows / 2) + (i === 0 ? rows % 2 : 0);
    const offset = i === 0 ? 0 : Math.floor(rows / 2) + (rows % 2);
    clickhouse(port, `INSERT INTO default.${name}_local SELECT ${columns(u, drift, (x) => `toInt32(${x})`).join(", ")} FROM (SELECT number + ${offset} AS number FROM system.numbers LIMIT ${half})`);
  }
  return (Date.now() - started) / 1000;
}

/** A Parquet folder of `rows` rows from DuckDB, in files of 10M rows. */
async function parquetFolder(dir, rows, seed, drift, DuckDBInstance) {
  if (existsSync(join(dir, "done"))) return 0;
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run("SET memory_limit = '1GB'");
  const u = (k) => `(hash(${seed}, range, ${k}) / 18446744073709551616.0)`;
  const sql = columns(u, drift, (x) => `CAST(${x} AS INTEGER)`);
  try {
    for (let start = 0; start < rows; start += 10_000_000) {
      const n = Math.min(10_000_000, rows - start);
      await connection.run(`COPY (SELECT ${sql.join(", ")} FROM range(${start}, ${start + n})) TO '${join(dir, `part-${String(start / 10_000_000).padStart(3, "0")}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  execFileSync("touch", [join(dir, "done")]);
  return (Date.now() - started) / 1000;
}

export async function pushdownCases({ runCase, DIR, notes, DuckDBInstance }) {
  const env = settings();
  process.env.DRIFTLENS_CLICKHOUSE_PASSWORD = readFileSync(env.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE, "utf8").trim();
  const ports = [process.env.DRIFTLENS_CH_PORT1 ?? 18223, process.env.DRIFTLENS_CH_PORT2 ?? 28223].map((p) => Number(p) + 1000);
  const base = env.DRIFTLENS_TEST_CLICKHOUSE;
  const sizes = (process.env.BENCH_PUSHDOWN_ROWS ?? "10000000,30000000").split(",").map(Number);
  const results = [];
  const refSeconds = loadClickhouse(ports, "bench_reference", 1_000_000, 11, 0);
  const out = join(DIR, "pushdown-baselines");
  results.push(runCase("pushdown: baseline from ClickHouse 1M (2 shards, 100k-row sample)", ["baseline", `${base}/bench_reference`, "--out", out, "--name", "credit", "--version", "ch", "--sample-cap", "100000", "--force"], 1_000_000));
  for (const rows of sizes) {
    const m = `${rows / 1e6}M`;
    const seconds = loadClickhouse(ports, `bench_current_${m.replace(".", "_")}`, rows, 12, 0.3);
    if (seconds > 0) notes.push(`loaded ${m} rows into the two ClickHouse shards in ${seconds.toFixed(1)} s (INSERT … SELECT on each shard)`);
    results.push(runCase(`pushdown: check ClickHouse ${m} (2 shards) vs baseline`, ["check", `${base}/bench_current_${m.replace(".", "_")}`, "--baseline", join(out, "credit", "ch"), "--report-dir", join(DIR, "reports"), "--fail-on", "none"], rows));
    const folder = join(DIR, `pushdown-parquet-${m}`);
    const written = await parquetFolder(folder, rows, 12, 0.3, DuckDBInstance);
    if (written > 0) notes.push(`wrote ${m} rows of Parquet (${folder}) in ${written.toFixed(1)} s`);
    results.push(runCase(`pushdown: local check of a ${m}-row Parquet folder (DuckDB summaries)`, ["check", folder, "--baseline", join(out, "credit", "ch"), "--report-dir", join(DIR, "reports"), "--fail-on", "none"], rows));
  }
  if (refSeconds > 0) notes.push(`loaded the 1M-row reference into ClickHouse in ${refSeconds.toFixed(1)} s`);
  return results;
}
