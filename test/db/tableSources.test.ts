import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ClickHouseLogLevel, createClient } from "@clickhouse/client";
import pg from "pg";
import { buildBaseline } from "../../kernel-helpers/baseline/buildBaseline";
import { saveBaseline } from "../../kernel-helpers/baseline/saveBaseline";
import { tableFromRecords } from "../../kernel-helpers/data/tableFromRecords";
import { createService } from "../../kernel-helpers/service/createService";
import { listTables } from "../../kernel-helpers/summary/listTables";
import { parseTableUrl } from "../../kernel-helpers/summary/parseTableUrl";
import { repoPath } from "../helpers/paths";
import { enginesRunning, ensureEngines, loadClickhouse, loadPostgres, stopEngines, testRows } from "./engineData";

/** A value of the `events` tables: row i of the reference (shift 0) or of a drifted batch. */
const valueOf = (i: number, shift: number) => ((i * 7919) % 1000) / 10 + shift;

interface WatchedRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Snapshots of the process's title (`ps -o args`) taken while it ran. */
  readonly titles: readonly string[];
  /** Its environment (`/proc/PID/environ`), read while it ran. */
  readonly environ: string;
}

/**
 * Runs the real `driftlens` binary, reading its process title with `ps` and its environment every
 * 20 ms while it runs; SIGINT stops it (a watch or a service) once `stopWhen` holds of its output
 * so far, or after `stopAfterMs` at the latest.
 */
function runWatched(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; stopAfterMs?: number; stopWhen?: (stdout: string) => boolean; onStdout?: (text: string, stop: () => void) => void }): Promise<WatchedRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [repoPath("bin/driftlens.js"), ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: "1", ...options.env } });
    let stdout = "";
    let stderr = "";
    let environ = "";
    const titles: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onStdout?.(stdout, () => child.kill("SIGINT"));
      if (options.stopWhen?.(stdout)) child.kill("SIGINT");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      try {
        titles.push(execFileSync("ps", ["-o", "args=", "-p", String(child.pid)], { encoding: "utf8" }));
        environ = readFileSync(`/proc/${child.pid}/environ`, "latin1");
      } catch {
        // The process ended between two looks.
      }
    }, 20);
    const stop = options.stopAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGINT"), options.stopAfterMs);
    child.on("close", (code) => {
      clearInterval(poll);
      if (stop) clearTimeout(stop);
      resolve({ code, stdout, stderr, titles, environ });
    });
  });
}

/** Every file under `folder`, as text. */
function textsUnder(folder: string): string {
  if (!existsSync(folder)) return "";
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8")).join("\n");
}

describe("database tables in check, watch, serve and listTables, with the password kept out of titles, logs and reports", { timeout: 600_000 }, () => {
  let settings: Record<string, string>;
  let started = false;
  let folder: string;
  let baseline: string;
  let clickhouseUrl: string;
  let postgresUrl: string;
  const passwords: Record<string, string> = {};

  before(async () => {
    started = !enginesRunning();
    settings = ensureEngines();
    folder = mkdtempSync(join(tmpdir(), "driftlens-table-sources-"));
    passwords.clickhouse = readFileSync(settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE, "utf8").trim();
    passwords.postgres = readFileSync(settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE, "utf8").trim();
    const now = Math.floor(Date.now() / 1000);
    // 300 drifted rows two hours old, then 300 rows like the reference ten minutes old: a 1h window holds only the latter.
    const clickhouse = new URL(settings.DRIFTLENS_TEST_CLICKHOUSE);
    const client = createClient({ url: `http://${clickhouse.hostname}:${clickhouse.port}`, username: "driftlens", password: passwords.clickhouse, log: { level: ClickHouseLogLevel.OFF } });
    try {
      await client.command({ query: "DROP TABLE IF EXISTS default.events" });
      await client.command({ query: "CREATE TABLE default.events (ts DateTime, income Float64) ENGINE = MergeTree ORDER BY ts" });
      await client.command({ query: `INSERT INTO default.events SELECT toDateTime(${now - 7200} + number % 60), ((number * 7919) % 1000) / 10 + 30 FROM system.numbers LIMIT 300` });
      await client.command({ query: `INSERT INTO default.events SELECT toDateTime(${now - 600} + number % 60), ((number * 7919) % 1000) / 10 FROM system.numbers LIMIT 300` });
    } finally {
      await client.close();
    }
    const postgres = new URL(settings.DRIFTLENS_TEST_POSTGRES);
    const pgClient = new pg.Client({ host: postgres.hostname, port: Number(postgres.port), user: "postgres", password: passwords.postgres, database: "postgres" });
    await pgClient.connect();
    try {
      await pgClient.query("DROP TABLE IF EXISTS public.events");
      await pgClient.query("CREATE TABLE public.events (ts timestamptz, income double precision)");
      await pgClient.query(`INSERT INTO public.events SELECT to_timestamp(${now - 7200} + n % 60), ((n * 7919) % 1000) / 10.0 + 30 FROM generate_series(0, 299) AS n`);
      await pgClient.query(`INSERT INTO public.events SELECT to_timestamp(${now - 600} + n % 60), ((n * 7919) % 1000) / 10.0 FROM generate_series(0, 299) AS n`);
    } finally {
      await pgClient.end();
    }
    clickhouseUrl = `${settings.DRIFTLENS_TEST_CLICKHOUSE}/events`;
    postgresUrl = `${settings.DRIFTLENS_TEST_POSTGRES}/public.events`;
    const reference = tableFromRecords(Array.from({ length: 500 }, (_, i) => ({ ts: new Date((now - 86_400 + i) * 1000).toISOString(), income: valueOf(i, 0) })), { source: "reference", types: { ts: "datetime" } });
    baseline = await saveBaseline(buildBaseline(reference, { name: "events", version: "v1", timestamp: "ts" }), join(folder, ".driftlens", "baselines"));
    await loadClickhouse(settings, "sources_current", testRows(400, 41, 1));
    await loadPostgres(settings, "sources_current", testRows(400, 41, 1));
  });

  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (started) stopEngines();
  });

  it("lists a database's tables (the Distributed table and its shard tables, PostgreSQL's per schema)", async () => {
    const clickhouse = await listTables({ ...parseTableUrl(clickhouseUrl), passwordFile: settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE });
    assert.deepEqual(clickhouse.filter((table) => table.table.startsWith("sources_current")), [{ table: "sources_current", kind: "Distributed" }, { table: "sources_current_local", kind: "MergeTree" }]);
    const postgres = await listTables({ ...parseTableUrl(postgresUrl), passwordFile: settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE });
    assert.ok(postgres.some((table) => table.schema === "public" && table.table === "events" && table.kind === "BASE TABLE"), JSON.stringify(postgres));
    await assert.rejects(listTables({ ...parseTableUrl(postgresUrl) }, { DRIFTLENS_POSTGRES_PASSWORD: "wrong-7731" }), (error: Error) => {
      assert.match(error.message, /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres refused the user name or password/);
      assert.doesNotMatch(error.message, /7731/);
      return true;
    });
  });

  for (const engine of ["clickhouse", "postgres"] as const) {
    it(`checks a ${engine} table from the command line, saying per column how it was computed, with the password in a file and then in the environment, and never in the process title, the output or the report`, async () => {
      const url = engine === "clickhouse" ? clickhouseUrl : postgresUrl;
      const passwordFile = engine === "clickhouse" ? settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE : settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE;
      const variable = engine === "clickhouse" ? "DRIFTLENS_CLICKHOUSE_PASSWORD" : "PGPASSWORD";
      const runs = [
        await runWatched(["check", url, "--baseline", baseline, "--since", "1h", "--password-file", passwordFile, "--report-dir", join(folder, `reports-${engine}-file`)], { cwd: folder, env: { DRIFTLENS_CLICKHOUSE_PASSWORD: "", DRIFTLENS_POSTGRES_PASSWORD: "", PGPASSWORD: "" } }),
        await runWatched(["check", url, "--baseline", baseline, "--since", "1h", "--report-dir", join(folder, `reports-${engine}-env`)], { cwd: folder, env: { [variable]: passwords[engine] } }),
      ];
      for (const [i, run] of runs.entries()) {
        assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
        assert.match(run.stdout, /· 300 rows · NO DRIFT/);
        assert.match(run.stdout, new RegExp(`\\nComputed where the data lives:\\n {2}exact \\(reference memory, current ${engine}\\): income \\(\\w+\\)\\n`));
        assert.ok(run.titles.length > 0, "no look at the process title was taken");
        for (const title of run.titles) assert.ok(!title.includes(passwords[engine]), `the password is in the process title: ${title}`);
        if (i === 0) assert.ok(!run.environ.includes(passwords[engine]), "the password from the file is in the process's environment");
        assert.ok(!`${run.stdout}${run.stderr}`.includes(passwords[engine]), "the password is in the output");
        const reports = textsUnder(join(folder, `reports-${engine}-${i === 0 ? "file" : "env"}`));
        assert.match(reports, /"exactness": "exact"/);
        assert.ok(!reports.includes(passwords[engine]), "the password is in a report");
      }
      const wrong = join(folder, "wrong-password");
      writeFileSync(wrong, "wrong-password-6143\n");
      const refused = await runWatched(["check", url, "--baseline", baseline, "--password-file", wrong, "--report-dir", join(folder, "reports-refused")], { cwd: folder });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /refused the user name or password/);
      assert.ok(!`${refused.stdout}${refused.stderr}`.includes("6143"));
      assert.ok(!refused.titles.some((title) => title.includes("6143")));
      assert.equal(existsSync(join(folder, "reports-refused")), false, "a report was written for a refused login");
    });
  }

  it("watches a ClickHouse table: a check at the start and one per interval, each on the rows of its --since window", async () => {
    const reportDir = join(folder, "reports-watch");
    const run = await runWatched(["watch", clickhouseUrl, "--baseline", baseline, "--every", "1s", "--since", "1h", "--password-file", settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE, "--report-dir", reportDir], { cwd: folder, stopAfterMs: 60_000, stopWhen: (stdout) => stdout.split("\n").length > 2 });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split("\n");
    assert.ok(lines.length >= 2, run.stdout);
    assert.match(lines[0], /^\S+Z {2}start {2}Model events v1 · 300 rows · NO DRIFT/);
    assert.match(lines[1], /^\S+Z {2}interval {2}Model events v1 · 300 rows · NO DRIFT/);
    const stamps = readdirSync(join(reportDir, "events")).filter((name) => /^\d{4}-.*\.json$/.test(name));
    assert.equal(stamps.length, lines.length);
    assert.ok(existsSync(join(reportDir, "events", "latest.html")));
    const latest = JSON.parse(readFileSync(join(reportDir, "events", "latest.json"), "utf8"));
    assert.equal(latest.current.rows, 300);
    assert.ok(!run.titles.some((title) => title.includes(passwords.clickhouse)));
  });

  it("watches a PostgreSQL table over a wider window, where the old drifted rows count", async () => {
    const reportDir = join(folder, "reports-watch-pg");
    const run = await runWatched(["watch", postgresUrl, "--baseline", baseline, "--every", "1h", "--since", "3h", "--report-dir", reportDir], { cwd: folder, env: { PGPASSWORD: passwords.postgres }, stopAfterMs: 60_000, stopWhen: (stdout) => stdout.includes("\n") });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^\S+Z {2}start {2}Model events v1 · 600 rows · DRIFT/);
  });

  it("serves checks of the tables it was started with, by name only", async () => {
    const app = await createService({
      baselinesDir: join(folder, ".driftlens", "baselines"),
      reportsDir: join(folder, "reports-service"),
      logsDir: join(folder, "logs"),
      tables: {
        events: { ...parseTableUrl(clickhouseUrl), passwordFile: settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE },
        "events-pg": { ...parseTableUrl(postgresUrl), passwordFile: settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE },
      },
    });
    try {
      const check = (body: unknown) => app.inject({ method: "POST", url: "/check/events", payload: body as Record<string, unknown> });
      const recent = await check({ table: "events", since: "1h" });
      assert.equal(recent.statusCode, 200, recent.body);
      assert.equal(recent.json().current.rows, 300);
      assert.equal(recent.json().dataset.drifted, false);
      assert.equal(recent.json().columns[0].summaries.engines.current, "clickhouse");
      // What a table check leaves out is said, never passed over.
      const warnings: string[] = recent.json().warnings;
      assert.ok(warnings.some((w) => w.startsWith("Multivariate drift is not checked when the current data is summarised where it lives")), warnings.join("\n"));
      assert.ok(warnings.some((w) => w.startsWith("The data-quality checks against the baseline are not run")), warnings.join("\n"));
      const all = await check({ table: "events-pg", since: "3h" });
      assert.equal(all.json().current.rows, 600);
      assert.equal(all.json().dataset.drifted, true);
      const filtered = await check({ table: "events-pg", where: ["income >= 30"], since: "3h" });
      const kept = 300 + Array.from({ length: 300 }, (_, n) => valueOf(n, 0)).filter((value) => value >= 30).length;
      assert.ok(kept > 300 && kept < 600);
      assert.equal(filtered.json().current.rows, kept, filtered.body);
      const unknown = await check({ table: "elsewhere" });
      assert.equal(unknown.statusCode, 404);
      assert.match(unknown.json().message, /no database table named 'elsewhere'\. Tables: events, events-pg\./);
      const hostile = await check({ table: "events", where: ["income > 1; DROP TABLE events"] });
      assert.equal(hostile.statusCode, 400, hostile.body);
      const both = await check({ table: "events", rows: [{ income: 1 }] });
      assert.equal(both.statusCode, 400);
      assert.ok(!textsUnder(join(folder, "reports-service")).includes(passwords.clickhouse));
      const latest = await app.inject({ method: "GET", url: "/reports/events/latest" });
      assert.equal(latest.json().current.rows, kept, "the latest report is the last check that ran");

      // A baseline built from a named table: profiled where it lives, with a seeded sample; then checked against the same table.
      const build = (body: unknown) => app.inject({ method: "POST", url: "/baselines", payload: body as Record<string, unknown> });
      const built = await build({ name: "events-from-table", table: "events-pg", where: ["income >= 30"], since: "3h", timestamp: "ts", sampleCap: 200 });
      assert.equal(built.statusCode, 201, built.body);
      assert.deepEqual({ rows: built.json().rows, exact: built.json().exact }, { rows: kept, exact: false });
      const again = await app.inject({ method: "POST", url: "/check/events-from-table", payload: { table: "events-pg", where: ["income >= 30"], since: "3h" } });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().current.rows, kept);
      assert.equal(again.json().dataset.drifted, false, "the table does not drift from its own sample");
      assert.equal((await build({ name: "events-from-table", table: "events-pg" })).statusCode, 409);
      const nowhere = await build({ name: "nowhere", table: "elsewhere" });
      assert.equal(nowhere.statusCode, 404);
      assert.match(nowhere.json().message, /no database table named 'elsewhere'/);
      assert.equal((await build({ name: "both", table: "events", rows: [{ income: 1 }] })).statusCode, 400);
      assert.ok(!textsUnder(join(folder, ".driftlens", "baselines")).includes(passwords.postgres), "the password is in a baseline");
    } finally {
      await app.close();
    }
  });

  it("serve takes --table NAME=URL and refuses a malformed one", async () => {
    const bad = await runWatched(["serve", "--port", "0", "--table", "events=/tmp/file.csv"], { cwd: folder });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--table expects NAME=clickhouse:\/\//);
    let seen = "";
    const run = await runWatched(["serve", "--port", "0", "--baselines", join(folder, ".driftlens", "baselines"), "--reports", join(folder, "reports-serve-cli"), "--table", `events=${clickhouseUrl}`, "--password-file", settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE], {
      cwd: folder,
      stopAfterMs: 60_000,
      onStdout: (text, stop) => {
        const address = /service on (http:\/\/\S+)/.exec(text)?.[1];
        if (address && seen === "") {
          seen = "asked";
          void fetch(`${address}/check/events`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ table: "events", since: "1h" }) }).then(async (response) => {
            seen = `${response.status} ${((await response.json()) as { current?: { rows: number } }).current?.rows}`;
            stop();
          });
        }
      },
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /tables events \(clickhouse:\/\/driftlens@127\.0\.0\.1:\d+\/default\/events\)/);
    assert.equal(seen, "200 300");
    assert.ok(!run.titles.some((title) => title.includes(passwords.clickhouse)));
  });
});
