import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ClickHouseLogLevel, createClient } from "@clickhouse/client";
import { compareDatasets } from "../../kernel-helpers/summary/compareDatasets";
import type { ColumnDriftResult, DriftReport } from "../../kernel-helpers/drift/driftReport";
import { DataError, UsageError } from "../../kernel-helpers/errors";
import { getStatTest, statTestNames } from "../../kernel-helpers/stats/registry";
import type { TableSource } from "../../kernel-helpers/summary/tableSource";
import { assertClose } from "../helpers/closeTo";
import { enginesRunning, ensureEngines, stopEngines, loadClickhouse, loadPostgres, TEST_COLUMNS, testRows, writeParquet } from "./engineData";

/** Relative tolerance of the exact tests: the same numbers as the local path. */
const EXACT = 1e-12;
const NUMERICAL = ["income", "age", "score", TEST_COLUMNS[6].name];
const CATEGORICAL = ["region", "churned"];

/** The columns a test applies to in the seeded tables. */
function columnsFor(testName: string): string[] {
  const test = getStatTest(testName);
  if (testName === "fisher_exact") return ["churned"];
  return [...(test.columnTypes.includes("numerical") ? NUMERICAL : []), ...(test.columnTypes.includes("categorical") ? CATEGORICAL : [])];
}

function assertSameColumn(actual: ColumnDriftResult, expected: ColumnDriftResult, label: string): void {
  assert.equal(actual.method, expected.method, `${label} method`);
  assert.equal(actual.drifted, expected.drifted, `${label} verdict`);
  assertClose(actual.score, expected.score, EXACT, 1e-300, `${label} score`);
  for (const key of ["pValue", "statistic"] as const) {
    if (expected[key] === undefined) assert.equal(actual[key], undefined, `${label} ${key}`);
    else assertClose(actual[key] as number, expected[key] as number, EXACT, 1e-300, `${label} ${key}`);
  }
  assert.deepEqual(actual.reference, expected.reference, `${label} reference counts`);
  assert.deepEqual(actual.current, expected.current, `${label} current counts`);
  assert.equal(actual.uniqueValues, expected.uniqueValues, `${label} distinct values`);
}

describe("drift checks pushed down to ClickHouse (two shards) and PostgreSQL", { timeout: 600_000 }, () => {
  let settings: Record<string, string>;
  let started = false;
  let folder: string;
  const sources: Record<string, { reference: string | TableSource; current: string | TableSource }> = {};

  before(async () => {
    started = !enginesRunning();
    // In CI (CI=true) a missing engine is a failure, never a skip: start-engines.sh installs and starts what is missing.
    settings = ensureEngines();
    folder = mkdtempSync(join(tmpdir(), "driftlens-pushdown-"));
    const reference = testRows(1500, 11, 0);
    const current = testRows(1200, 12, 1);
    sources.parquet = { reference: await writeParquet(join(folder, "reference.parquet"), reference), current: await writeParquet(join(folder, "current.parquet"), current) };
    sources.clickhouse = { reference: await loadClickhouse(settings, "parity_reference", reference), current: await loadClickhouse(settings, "parity_current", current) };
    sources.postgres = { reference: await loadPostgres(settings, "parity_reference", reference), current: await loadPostgres(settings, "parity_current", current) };
    sources["parquet against clickhouse"] = { reference: sources.parquet.reference, current: sources.clickhouse.current };
    sources["postgres against parquet"] = { reference: sources.postgres.reference, current: sources.parquet.current };
  });

  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (started) stopEngines();
  });

  for (const testName of statTestNames()) {
    it(`gives '${testName}' the local path's verdicts and scores on every engine`, async () => {
      const columns = columnsFor(testName);
      const options = { columns, method: testName, seed: 3 };
      const local = await compareDatasets(sources.parquet.reference, sources.parquet.current, options);
      const exactness = getStatTest(testName).needsRawValues ? "sampled" : "exact";
      for (const [label, { reference, current }] of Object.entries(sources)) {
        if (label === "parquet") continue;
        const pushed = await compareDatasets(reference, current, options);
        assert.equal(pushed.dataset.drifted, local.dataset.drifted, `${label}: dataset verdict`);
        pushed.columns.forEach((column, i) => {
          assertSameColumn(column, local.columns[i], `${label} ${testName} ${column.column}`);
          assert.equal(column.summaries?.exactness, exactness, `${label} ${testName} ${column.column} exactness`);
        });
      }
    });
  }

  it("counts above the distinct-value cap on a grid, within the stated bounds, and keeps psi, kl_div, jensenshannon and t_test exact", async () => {
    for (const method of ["ks", "wasserstein", "psi", "kl_div", "jensenshannon", "t_test"]) {
      const options = { columns: ["income", TEST_COLUMNS[6].name], method };
      const local = await compareDatasets(sources.parquet.reference, sources.parquet.current, options);
      const pushed = await compareDatasets(sources.clickhouse.reference, sources.clickhouse.current, { ...options, distinctCap: 50, gridCells: 4096 });
      pushed.columns.forEach((column, i) => {
        const expected = local.columns[i];
        const summaries = column.summaries;
        if (method === "ks" || method === "wasserstein") {
          assert.equal(summaries?.exactness, "approximate", `${method} ${column.column}`);
          // 64 intervals between reference quantiles × 64 cells; a repeated quantile removes an interval.
          assert.ok((summaries?.cells as number) <= 4096 && (summaries?.cells as number) >= 3584, `cells ${summaries?.cells}`);
          const bound = summaries?.bound?.maxError as number;
          const [actual, wanted] = method === "ks" ? [column.statistic as number, expected.statistic as number] : [column.score, expected.score];
          assert.ok(Math.abs(actual - wanted) <= bound + 1e-12, `${method} ${column.column}: ${actual} vs ${wanted}, bound ${bound}`);
          assert.ok(bound < 0.02, `${method} bound ${bound}`);
        } else {
          assert.equal(summaries?.exactness, "exact", `${method} ${column.column}`);
          assertClose(column.score, expected.score, method === "t_test" ? 1e-9 : EXACT, 1e-300, `${method} ${column.column}`);
          assert.equal(column.drifted, expected.drifted);
        }
      });
    }
  });

  it("summarises Parquet over the sample cap in DuckDB with the same numbers", async () => {
    const options = { columns: [...NUMERICAL, ...CATEGORICAL] };
    const local = await compareDatasets(sources.parquet.reference, sources.parquet.current, options);
    const bounded: DriftReport = await compareDatasets(sources.parquet.reference, sources.parquet.current, { ...options, sampleCap: 1000 });
    bounded.columns.forEach((column, i) => {
      assertSameColumn(column, local.columns[i], `duckdb ${column.column}`);
      assert.equal(column.summaries?.engines.current, "duckdb");
    });
  });

  it("names the shard that is down", async () => {
    const password = readFileSync(settings.DRIFTLENS_TEST_CLICKHOUSE_PASSWORD_FILE, "utf8").trim();
    const node = new URL(settings.DRIFTLENS_TEST_CLICKHOUSE);
    const client = createClient({ url: `http://${node.hostname}:${node.port}`, username: "driftlens", password, log: { level: ClickHouseLogLevel.OFF } });
    try {
      await client.command({ query: "DROP TABLE IF EXISTS default.parity_down" });
      await client.command({ query: `CREATE TABLE default.parity_down AS default.parity_current_local ENGINE = Distributed(${settings.DRIFTLENS_TEST_CLICKHOUSE_CLUSTER_DOWN}, default, parity_current_local)` });
    } finally {
      await client.close();
    }
    const down = { ...(sources.clickhouse.current as TableSource), table: "parity_down" };
    await assert.rejects(compareDatasets(sources.parquet.reference, down, { columns: NUMERICAL }), (error: Error) => {
      assert.ok(error instanceof DataError, String(error));
      assert.match(error.message, new RegExp(settings.DRIFTLENS_TEST_CLICKHOUSE_DOWN_SHARD.replace(/\./g, "\\.")));
      return true;
    });
  });

  it("refuses wrong credentials without showing the password", async () => {
    const wrong = join(folder, "wrong-password");
    writeFileSync(wrong, "not-the-password-4711\n");
    for (const source of [sources.clickhouse.current, sources.postgres.current] as TableSource[]) {
      await assert.rejects(compareDatasets(sources.parquet.reference, { ...source, passwordFile: wrong }, { columns: NUMERICAL }), (error: Error) => {
        assert.ok(error instanceof DataError, String(error));
        assert.match(error.message, /refused the user name or password/);
        assert.doesNotMatch(error.message, /4711/);
        return true;
      });
    }
  });

  it("says which table is missing", async () => {
    for (const source of [sources.clickhouse.current, sources.postgres.current] as TableSource[]) {
      await assert.rejects(compareDatasets(sources.parquet.reference, { ...source, table: "no_such_table" }, { columns: NUMERICAL }), /does not exist/);
    }
  });

  it("reports a column missing on one shard, naming the column", async () => {
    const source = await loadClickhouse(settings, "parity_partial", testRows(300, 13, 0), "income");
    await assert.rejects(compareDatasets(sources.parquet.reference, source, { columns: ["income"] }), (error: Error) => {
      assert.ok(error instanceof DataError, String(error));
      assert.match(error.message, /income/);
      return true;
    });
  });

  it("keeps hostile names and filter values out of the SQL", async () => {
    const hostile = `x'; DROP TABLE parity_current; --`;
    for (const source of [sources.clickhouse.current, sources.postgres.current] as TableSource[]) {
      // A text value that would end the string and add SQL matches no row, and nothing is dropped.
      await assert.rejects(compareDatasets(sources.parquet.reference, { ...source, where: [`region = '${hostile.replace(/'/g, "''")}'`] }, { columns: NUMERICAL }), /No rows/);
      await assert.rejects(compareDatasets(sources.parquet.reference, { ...source, where: [`income > 1; DROP TABLE parity_current`] }, { columns: NUMERICAL }), UsageError);
      await assert.rejects(compareDatasets(sources.parquet.reference, { ...source, table: `parity_current"; DROP TABLE parity_reference; --` }, { columns: NUMERICAL }), /does not exist/);
      const filtered = await compareDatasets(sources.parquet.reference, { ...source, where: ["region = 'north'", `"${TEST_COLUMNS[6].name.replace(/"/g, '""')}" > -1`] }, { columns: NUMERICAL });
      assert.ok(filtered.current.rows > 0 && filtered.current.rows < 1200, `${filtered.current.rows} rows pass the filters`);
    }
    const still = await compareDatasets(sources.clickhouse.reference, sources.clickhouse.current, { columns: ["income"] });
    assert.equal(still.current.rows, 1200);
  });
});
