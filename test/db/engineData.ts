import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ClickHouseLogLevel, createClient } from "@clickhouse/client";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { createRandom } from "../../kernel-helpers/stats/random";
import type { TableSource } from "../../kernel-helpers/summary/tableSource";

/** Where start-engines.sh keeps its state and writes the addresses of what it started. */
export const ENGINES_DIR = process.env.DRIFTLENS_ENGINES_DIR ?? "/tmp/driftlens-engines";

/** A column of the seeded test tables: its name (some hostile), its SQL types and how a row's value is drawn. */
interface TestColumn {
  readonly name: string;
  readonly clickhouse: string;
  readonly postgres: string;
  readonly duckdb: string;
  readonly value: (random: () => number, row: number, drift: number) => number | string | null;
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * The columns every engine gets: continuous values, heavy ties, a few integer codes, a category,
 * a binary category, missing values (NULL and NaN), ±Infinity, and names with quotes, a semicolon,
 * a backtick and a backslash.
 */
export const TEST_COLUMNS: readonly TestColumn[] = [
  { name: "income", clickhouse: "Float64", postgres: "double precision", duckdb: "DOUBLE", value: (r, _i, d) => Math.round((50 + 12 * normal(r) + 4 * d) * 1e6) / 1e6 },
  { name: "age", clickhouse: "Int32", postgres: "integer", duckdb: "INTEGER", value: (r, _i, d) => 18 + Math.floor(r() * (50 + 6 * d)) },
  { name: "score", clickhouse: "Nullable(Float64)", postgres: "double precision", duckdb: "DOUBLE", value: (r, i, d) => (i % 17 === 0 ? null : i % 23 === 0 ? NaN : i % 97 === 0 ? Infinity : Math.round(r() ** (1 + d) * 400) / 8) },
  { name: "rating", clickhouse: "Int32", postgres: "integer", duckdb: "INTEGER", value: (r, _i, d) => Math.floor(r() ** (1 + d / 2) * 4) },
  { name: "region", clickhouse: "Nullable(String)", postgres: "text", duckdb: "VARCHAR", value: (r, i, d) => (i % 31 === 0 ? null : ["north", "south", "east", "west", "centre"][Math.floor(r() ** (1 + d) * 5)]) },
  { name: "churned", clickhouse: "String", postgres: "text", duckdb: "VARCHAR", value: (r, _i, d) => (r() < 0.3 + 0.1 * d ? "yes" : "no") },
  { name: `we"ird;\`col\\`, clickhouse: "Float64", postgres: "double precision", duckdb: "DOUBLE", value: (r, _i, d) => Math.round((normal(r) + 0.2 * d) * 1000) / 1000 },
];

/** Seeded rows of `TEST_COLUMNS`; `drift` shifts every column a little. */
export function testRows(rows: number, seed: number, drift: number): (number | string | null)[][] {
  const random = createRandom(seed);
  const next = () => random.next();
  return Array.from({ length: rows }, (_, i) => TEST_COLUMNS.map((column) => column.value(next, i, drift)));
}

function clickhouseIdentifier(name: string): string {
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
}

function doubleQuoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The addresses and password files start-engines.sh wrote, or undefined when it has not run. */
export function engineSettings(): Record<string, string> | undefined {
  const file = join(ENGINES_DIR, "env");
  if (!existsSync(file)) return undefined;
  return Object.fromEntries(readFileSync(file, "utf8").split("\n").filter((line) => line.includes("=")).map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
}

/** True when every engine start-engines.sh records (both ClickHouse shards, PostgreSQL) runs. */
export function enginesRunning(): boolean {
  const pids = [join(ENGINES_DIR, "clickhouse", "node1", "pid"), join(ENGINES_DIR, "clickhouse", "node2", "pid"), join(ENGINES_DIR, "postgres.pid")];
  return pids.every((file) => {
    if (!existsSync(file)) return false;
    try {
      process.kill(Number(readFileSync(file, "utf8").trim()), 0);
      return true;
    } catch {
      return false;
    }
  });
}

/** Stops the engines by the PIDs start-engines.sh recorded (test/db/stop-engines.sh). */
export function stopEngines(): void {
  execFileSync("bash", [join(__dirname, "..", "..", "..", "test", "db", "stop-engines.sh")], { stdio: "ignore" });
}

/** Starts the engines (test/db/start-engines.sh) when they do not answer, and returns their settings. */
export function ensureEngines(): Record<string, string> {
  execFileSync("bash", [join(__dirname, "..", "..", "..", "test", "db", "start-engines.sh")], { stdio: ["ignore", "ignore", "inherit"] });
  const settings = engineSettings();
  if (!settings) throw new Error(`test/db/start-engines.sh did not write ${join(ENGINES_DIR, "env")}`);
  return settings;
}

function hostPort(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port) };
}

/**
 * Rows in ClickHouse's RowBinary format: doubles as their 8 bytes, so the stored values are
 * bit-for-bit the ones generated (ClickHouse 18.16's text parsers round some decimals, e.g.
 * 1.559, to a neighbouring double; its SQL literals do not).
 */
function rowBinary(rows: (number | string | null)[][], columns: readonly TestColumn[]): Buffer {
  const parts: Buffer[] = [];
  const varint = (value: number) => {
    const bytes: number[] = [];
    let rest = value;
    do {
      bytes.push((rest & 0x7f) | (rest > 0x7f ? 0x80 : 0));
      rest >>>= 7;
    } while (rest > 0);
    return Buffer.from(bytes);
  };
  for (const row of rows) {
    const id = Buffer.alloc(4);
    id.writeUInt32LE(row[0] as number);
    parts.push(id);
    columns.forEach((column, c) => {
      const value = row[c + 1];
      const nullable = column.clickhouse.startsWith("Nullable");
      if (nullable) parts.push(Buffer.from([value === null ? 1 : 0]));
      if (value === null) return;
      if (column.clickhouse.includes("String")) {
        const bytes = Buffer.from(value as string, "utf8");
        parts.push(varint(bytes.length), bytes);
      } else if (column.clickhouse.includes("Int32")) {
        const buffer = Buffer.alloc(4);
        buffer.writeInt32LE(value as number);
        parts.push(buffer);
      } else {
        const buffer = Buffer.alloc(8);
        buffer.writeDoubleLE(value as number);
        parts.push(buffer);
      }
    });
  }
  return Buffer.concat(parts);
}

/**
 * Loads rows into a two-shard ClickHouse table: a MergeTree table `NAME_local` on each shard and a
 * Distributed table `NAME` over both (rows spread by a hash). `dropOnShard2` leaves a column out of
 * the second shard's local table, to test a column missing on one shard.
 */
export async function loadClickhouse(settings: Record<string, string>, name: string, rows: (number | string | null)[][], dropOnShard2?: string): Promise<TableSource> {
  const password = readFileSync(settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE, "utf8").trim();
  const nodes = [settings.DRIFTLENS_TEST_CLICKHOUSE, settings.DRIFTLENS_TEST_CLICKHOUSE_NODE2].map(hostPort);
  for (const [i, node] of nodes.entries()) {
    const client = createClient({ url: `http://${node.host}:${node.port}`, username: "driftlens", password, log: { level: ClickHouseLogLevel.OFF } });
    try {
      const columns = TEST_COLUMNS.filter((column) => !(i === 1 && column.name === dropOnShard2));
      await client.command({ query: `DROP TABLE IF EXISTS default.${clickhouseIdentifier(`${name}_local`)}` });
      await client.command({ query: `DROP TABLE IF EXISTS default.${clickhouseIdentifier(name)}` });
      await client.command({ query: `CREATE TABLE default.${clickhouseIdentifier(`${name}_local`)} (row_id UInt32, ${columns.map((c) => `${clickhouseIdentifier(c.name)} ${c.clickhouse}`).join(", ")}) ENGINE = MergeTree ORDER BY row_id` });
      await client.command({ query: `CREATE TABLE default.${clickhouseIdentifier(name)} (row_id UInt32, ${TEST_COLUMNS.map((c) => `${clickhouseIdentifier(c.name)} ${c.clickhouse}`).join(", ")}) ENGINE = Distributed(${settings.DRIFTLENS_TEST_CLICKHOUSE_CLUSTER}, default, ${clickhouseIdentifier(`${name}_local`)}, cityHash64(row_id))` });
      if (i === 1 && dropOnShard2 !== undefined) continue;
      // Each shard gets its half directly, so the load does not depend on the Distributed insert path.
      const mine = rows.map((row, r) => [r, ...row] as (number | string | null)[]).filter((row) => (row[0] as number) % 2 === i);
      const query = `INSERT INTO default.${clickhouseIdentifier(`${name}_local`)} (row_id, ${TEST_COLUMNS.map((c) => clickhouseIdentifier(c.name)).join(", ")}) FORMAT RowBinary`;
      const response = await fetch(`http://${node.host}:${node.port}/?query=${encodeURIComponent(query)}`, {
        method: "POST",
        headers: { "X-ClickHouse-User": "driftlens", "X-ClickHouse-Key": password },
        body: rowBinary(mine, TEST_COLUMNS),
      });
      if (!response.ok) throw new Error(`loading ${name} into ClickHouse failed: ${await response.text()}`);
    } finally {
      await client.close();
    }
  }
  const node = nodes[0];
  return { engine: "clickhouse", host: node.host, port: node.port, user: "driftlens", database: "default", table: name, passwordFile: settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE };
}

/** Loads rows into a PostgreSQL table `public.NAME`. */
export async function loadPostgres(settings: Record<string, string>, name: string, rows: (number | string | null)[][]): Promise<TableSource> {
  const { host, port } = hostPort(settings.DRIFTLENS_TEST_POSTGRES);
  const password = readFileSync(settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE, "utf8").trim();
  const client = new pg.Client({ host, port, user: "postgres", password, database: "postgres" });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS public.${doubleQuoted(name)}`);
    await client.query(`CREATE TABLE public.${doubleQuoted(name)} (row_id integer, ${TEST_COLUMNS.map((c) => `${doubleQuoted(c.name)} ${c.postgres}`).join(", ")})`);
    const width = TEST_COLUMNS.length + 1;
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      const values = batch.flatMap((row, r) => [start + r, ...row.map((v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v))]);
      const tuples = batch.map((_, r) => `(${Array.from({ length: width }, (__, c) => `$${r * width + c + 1}`).join(", ")})`);
      await client.query(`INSERT INTO public.${doubleQuoted(name)} VALUES ${tuples.join(", ")}`, values);
    }
  } finally {
    await client.end();
  }
  return { engine: "postgres", host, port, user: "postgres", database: "postgres", schema: "public", table: name, passwordFile: settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE };
}

/** Writes rows to a Parquet file through DuckDB (NaN and ±Infinity kept as doubles, NULL as NULL). */
export async function writeParquet(path: string, rows: (number | string | null)[][]): Promise<string> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE t (row_id INTEGER, ${TEST_COLUMNS.map((c) => `${doubleQuoted(c.name)} ${c.duckdb}`).join(", ")})`);
    const appender = await connection.createAppender("t");
    rows.forEach((row, r) => {
      appender.appendInteger(r);
      TEST_COLUMNS.forEach((column, c) => {
        const value = row[c];
        if (value === null) appender.appendNull();
        else if (column.duckdb === "VARCHAR") appender.appendVarchar(value as string);
        else if (column.duckdb === "INTEGER") appender.appendInteger(value as number);
        else appender.appendDouble(value as number);
      });
      appender.endRow();
    });
    appender.closeSync();
    await connection.run(`COPY (SELECT * EXCLUDE (row_id) FROM t ORDER BY row_id) TO '${path.replace(/'/g, "''")}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return path;
}
