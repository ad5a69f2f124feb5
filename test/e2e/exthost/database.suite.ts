import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import * as vscode from "vscode";
import type { DatabaseConnection } from "../../../kernel-helpers/summary/listTables";
import { TEST_COLUMNS, enginesRunning, ensureEngines, stopEngines, loadClickhouse, loadPostgres, testRows, writeParquet } from "../../db/engineData";
import { driftlens, failureSince, waitFor, workspaceFolder } from "./support";

/** Every process's arguments, as `ps` shows them (the process title). */
function processTitles(): string {
  return execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
}

/** Every file under `folder` (the extension host's logs, where the output channels are written). */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Runs the command with `argument` while watching the process table: every process title, and
 * the environment of each engine process, must be free of `password`. Returns the result and
 * how many snapshots were taken while an engine process ran.
 */
async function runWatchingProcesses(password: string, argument: unknown): Promise<{ result: { reportPath: string; latestPath: string } | undefined; seen: number }> {
  const api = await driftlens();
  let done = false;
  let seen = 0;
  const running = Promise.resolve(vscode.commands.executeCommand<{ reportPath: string; latestPath: string } | undefined>("driftlens.checkTableDrift", argument)).finally(() => {
    done = true;
  });
  while (!done) {
    const workers = [...api.container.engineWorkers].map((worker) => worker.pid).filter((pid): pid is number => pid !== undefined);
    const titles = processTitles();
    assert.ok(!titles.includes(password), "the password is in a process title");
    for (const pid of workers) {
      const environ = existsSync(`/proc/${pid}/environ`) ? readFileSync(`/proc/${pid}/environ`, "latin1") : "";
      assert.ok(!environ.includes(password), `the password is in the environment of engine process ${pid}`);
      seen++;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { result: await running, seen };
}

describe("driftlens in VS Code: Check Drift on a Database Table (real ClickHouse and PostgreSQL)", function () {
  this.timeout(300_000);
  let settings: Record<string, string>;
  let started = false;
  let baseline: string;
  const passwords: Record<string, string> = {};
  /** The connections as the settings hold them (the secret storage keys passwords by these fields). */
  const connections: Record<string, DatabaseConnection> = {};
  const current = testRows(1200, 32, 1);

  before(async () => {
    // The engines .ci/run started (or start-engines.sh now: idempotent), as test/db uses them.
    started = !enginesRunning();
    settings = ensureEngines();
    passwords.clickhouse = readFileSync(settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE, "utf8").trim();
    passwords.postgres = readFileSync(settings.DRIFTLENS_TEST_POSTGRES_PASSWORD_FILE, "utf8").trim();
    await loadClickhouse(settings, "exthost_current", current);
    await loadPostgres(settings, "exthost_current", current);
    const reference = await writeParquet(join(workspaceFolder(), "data", "db-reference.parquet"), testRows(1500, 31, 0));
    baseline = await vscode.commands.executeCommand<string>("driftlens.buildBaseline", vscode.Uri.file(reference), { name: "tables", version: "v1", target: null, prediction: null, timestamp: null, text: [] });
    assert.ok(baseline && existsSync(join(baseline, "baseline.json")), `no baseline built (${baseline})`);
    const clickhouse = new URL(settings.DRIFTLENS_TEST_CLICKHOUSE);
    const postgres = new URL(settings.DRIFTLENS_TEST_POSTGRES);
    connections.clickhouse = { engine: "clickhouse", host: clickhouse.hostname, port: Number(clickhouse.port), user: "driftlens", database: "default" };
    connections.postgres = { engine: "postgres", host: postgres.hostname, port: Number(postgres.port), user: "postgres", database: "postgres" };
    await vscode.workspace.getConfiguration("driftlens").update("databaseConnections", [
      { name: "logs-clickhouse", ...connections.clickhouse },
      { name: "logs-postgres", ...connections.postgres },
    ], vscode.ConfigurationTarget.Workspace);
    const api = await driftlens();
    await api.container.databasePasswords.store(connections.clickhouse, passwords.clickhouse);
    await api.container.databasePasswords.store(connections.postgres, passwords.postgres);
  });

  after(async () => {
    await vscode.workspace.getConfiguration("driftlens").update("databaseConnections", undefined, vscode.ConfigurationTarget.Workspace);
    if (started) stopEngines();
  });

  it("checks a two-shard ClickHouse table against a baseline, counting where the data lives, and opens the report", async () => {
    const api = await driftlens();
    const { result, seen } = await runWatchingProcesses(passwords.clickhouse, { connection: "logs-clickhouse", table: "exthost_current", baseline, where: [], since: "" });
    assert.ok(result, `the check returned nothing: ${JSON.stringify(api.container.failures.slice(-1))}`);
    assert.ok(seen > 0, "no snapshot of the process table was taken while the engine process ran");
    const text = readFileSync(result.latestPath, "utf8");
    const report = JSON.parse(text);
    assert.equal(report.kind, "check");
    assert.equal(report.current.rows, 1200);
    assert.equal(report.current.source, `${settings.DRIFTLENS_TEST_CLICKHOUSE.replace(/\/default$/, "")}/default/exthost_current`);
    assert.equal(report.dataset.drifted, true, "the shifted current rows drift");
    const tested = report.columns.map((column: { column: string; summaries?: { exactness: string; engines: { current: string } } }) => [column.column, column.summaries?.engines.current, column.summaries?.exactness]);
    assert.equal(tested.length, TEST_COLUMNS.length, JSON.stringify(tested));
    for (const [column, engine, exactness] of tested) {
      assert.equal(engine, "clickhouse", `${column} was not counted in ClickHouse`);
      assert.ok(["exact", "approximate", "sampled"].includes(exactness), `${column}: ${exactness}`);
    }
    assert.ok(!text.includes(passwords.clickhouse), "the password is in the report");
    assert.ok(!readFileSync(result.reportPath, "utf8").includes(passwords.clickhouse));
    assert.ok(api.container.panels.openKeys.includes("tables"), `open panels: ${api.container.panels.openKeys.join(", ")}`);
  });

  it("checks a PostgreSQL table with a row filter", async () => {
    const { result } = await runWatchingProcesses(passwords.postgres, { connection: "logs-postgres", table: "public.exthost_current", baseline, where: ["region = 'north'"], since: "" });
    assert.ok(result, "the check returned nothing");
    const text = readFileSync(result.latestPath, "utf8");
    const report = JSON.parse(text);
    const north = current.filter((row) => row[TEST_COLUMNS.findIndex((column) => column.name === "region")] === "north").length;
    assert.ok(north > 0 && north < 1200);
    assert.equal(report.current.rows, north);
    assert.match(report.current.source, /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres\/public\.exthost_current$/);
    assert.ok(report.columns.every((column: { summaries?: { engines: { current: string } } }) => column.summaries?.engines.current === "postgres"));
    assert.ok(!text.includes(passwords.postgres), "the password is in the report");
  });

  it("writes the checks to the log output channel, never the password", async () => {
    const api = await driftlens();
    const logs = dirname(api.container.context.logUri.fsPath);
    const written = await waitFor("the check's line in the driftlens output channel's log file", () => {
      const files = filesUnder(logs).filter((file) => /driftlens/i.test(file) && file.endsWith(".log"));
      const text = files.map((file) => readFileSync(file, "utf8")).join("\n");
      return text.includes("exthost_current") && text.includes("public.exthost_current") ? text : undefined;
    }, 30_000);
    assert.ok(!written.includes(passwords.clickhouse), "the ClickHouse password is in the log");
    assert.ok(!written.includes(passwords.postgres), "the PostgreSQL password is in the log");
  });

  it("forgets a refused password, says so without showing it, and asks again next time", async () => {
    const api = await driftlens();
    const connection = connections.clickhouse;
    const wrong = "not-the-password-8251";
    await api.container.databasePasswords.store(connection, wrong);
    const before = api.container.failures.length;
    const result = await vscode.commands.executeCommand("driftlens.checkTableDrift", { connection: "logs-clickhouse", table: "exthost_current", baseline, where: [], since: "" });
    assert.equal(result, undefined);
    const failure = failureSince(api, before);
    assert.equal(failure?.kind, "user");
    assert.match(failure?.message ?? "", /refused the user name or password/);
    assert.match(failure?.message ?? "", /forgotten/);
    assert.doesNotMatch(failure?.message ?? "", /8251/);
    assert.equal(await api.container.databasePasswords.stored(connection), undefined);
    await api.container.databasePasswords.store(connection, passwords.clickhouse);
  });

  it("names a missing table and an unknown connection", async () => {
    const api = await driftlens();
    let before = api.container.failures.length;
    await vscode.commands.executeCommand("driftlens.checkTableDrift", { connection: "logs-postgres", table: "public.no_such_table", baseline, where: [], since: "" });
    assert.match(failureSince(api, before)?.message ?? "", /public\.no_such_table does not exist/);
    before = api.container.failures.length;
    await vscode.commands.executeCommand("driftlens.checkTableDrift", { connection: "nowhere", table: "t", baseline });
    assert.match(failureSince(api, before)?.message ?? "", /No database connection named 'nowhere'.*logs-clickhouse, logs-postgres/);
  });

  it("forgets a stored password on request", async () => {
    const api = await driftlens();
    assert.equal(await api.container.databasePasswords.stored(connections.postgres), passwords.postgres);
    assert.equal(await vscode.commands.executeCommand("driftlens.forgetDatabasePassword", "logs-postgres"), true);
    assert.equal(await api.container.databasePasswords.stored(connections.postgres), undefined);
  });
});
