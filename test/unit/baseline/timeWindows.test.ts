import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import type { DriftWindow, WindowedDrift } from "../../../kernel-helpers/check/checkReport";
import { splitWindows } from "../../../kernel-helpers/windows/splitWindows";
import { takeRows } from "../../../kernel-helpers/data/takeRows";
import { parseWindowSpec, windowLabel } from "../../../kernel-helpers/windows/windowSpec";
import type { Table } from "../../../kernel-helpers/data/table";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { UsageError } from "../../../kernel-helpers/errors";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { withTimestamps } from "./baselineFixtures";

const NO_CONFIG = { configFile: false, env: {} } as const;
const HOUR = 3_600_000;
const START = Date.UTC(2026, 10, 23, 0);

/** Current data whose first hours are stable and whose later hours drift, with 400 rows an hour and a thin last hour. */
function hourlyCurrent(): Table {
  const stable = creditSample({ rows: 800, seed: 2 });
  const drifted = creditSample({ rows: 850, seed: 3, drift: 1 });
  const rows = stable.rowCount + drifted.rowCount;
  const columns = stable.columns.map((column, i) => {
    const other = drifted.columns[i];
    if (column.type === "categorical" && other.type === "categorical") {
      const codes = new Int32Array(rows);
      codes.set(column.codes);
      codes.set(other.codes, stable.rowCount);
      return { ...column, codes };
    }
    const values = new Float64Array(rows);
    values.set((column as { values: Float64Array }).values);
    values.set((other as { values: Float64Array }).values, stable.rowCount);
    return { ...column, values } as typeof column;
  });
  // 400 rows in each of hours 0–3, then 50 rows in hour 5 (hour 4 empty).
  const ts = Float64Array.from({ length: rows }, (_, i) => (i < 1600 ? START + Math.floor(i / 400) * HOUR + (i % 400) * 1000 : START + 5 * HOUR + (i - 1600) * 1000));
  return { rowCount: rows, source: "events", columns: [...columns, { name: "ts", type: "datetime", values: ts }] };
}

describe("time windows", () => {
  it("parses 1h, 1d, 6h, 7d and row counts, and refuses anything else", () => {
    assert.deepEqual(parseWindowSpec("1h"), { hours: 1 });
    assert.deepEqual(parseWindowSpec("1d"), { hours: 24 });
    assert.deepEqual(parseWindowSpec("6h"), { hours: 6 });
    assert.deepEqual(parseWindowSpec("7D"), { hours: 168 });
    assert.deepEqual(parseWindowSpec("5000"), { rows: 5000 });
    assert.equal(windowLabel({ hours: 48 }), "2d");
    assert.equal(windowLabel({ rows: 5000 }), "5,000 rows");
    for (const bad of ["", "0", "1w", "-3", "1.5h", "hourly"]) assert.throws(() => parseWindowSpec(bad), (error: Error) => error instanceof UsageError && error.message.includes("--window expects"), bad);
  });

  it("splits by UTC hour and day, keeping empty windows and counting rows without a timestamp", () => {
    const ts = Float64Array.of(START + 10, START + HOUR + 5, NaN, START + 3 * HOUR, START + 25 * HOUR);
    const hourly = splitWindows({ hours: 1 }, 5, ts);
    assert.equal(hourly.windows.length, 26);
    assert.deepEqual(Array.from(hourly.windows[0].rows), [0]);
    assert.deepEqual(Array.from(hourly.windows[2].rows), []);
    assert.equal(hourly.windows[25].start, START + 25 * HOUR);
    assert.equal(hourly.rowsWithoutTimestamp, 1);
    const daily = splitWindows({ hours: 24 }, 5, ts);
    assert.deepEqual(daily.windows.map((window) => Array.from(window.rows)), [[0, 1, 3], [4]]);
    assert.deepEqual(splitWindows({ rows: 2 }, 5).windows.map((window) => [window.firstRow, window.rows.length]), [[0, 2], [2, 2], [4, 1]]);
  });

  it("refuses time windows without timestamps, and windows too many to show", () => {
    assert.throws(() => splitWindows({ hours: 1 }, 3), /time windows \(1h\) need a timestamp column/);
    assert.throws(() => splitWindows({ hours: 1 }, 2, Float64Array.of(0, 20_000 * HOUR)), /would split the data into 20,001 windows \(at most 10,000\)/);
  });

  it("gives one result per hourly window and per column, equal to compareTables on that hour's rows", async () => {
    const reference = withTimestamps(creditSample({ rows: 3000, seed: 1 }), START - 48 * HOUR, 48);
    const baseline = buildBaseline(reference, { name: "credit", version: "v1", timestamp: "ts" });
    const current = hourlyCurrent();
    const report = await checkDrift(baseline, current, { ...NO_CONFIG, window: "1h" });
    const windows = report.windows as WindowedDrift;
    assert.ok(windows);
    assert.equal(windows.every, "1h");
    assert.equal(windows.timestampColumn, "ts");
    assert.equal(windows.minSamples, 100);
    assert.deepEqual(windows.windows.map((window) => [window.start, window.rows, window.status]), [
      [new Date(START).toISOString(), 400, "ok"],
      [new Date(START + HOUR).toISOString(), 400, "ok"],
      [new Date(START + 2 * HOUR).toISOString(), 400, "ok"],
      [new Date(START + 3 * HOUR).toISOString(), 400, "ok"],
      [new Date(START + 4 * HOUR).toISOString(), 0, "insufficient data"],
      [new Date(START + 5 * HOUR).toISOString(), 50, "insufficient data"],
    ]);
    const split = splitWindows({ hours: 1 }, current.rowCount, current.columns[9].type === "datetime" ? current.columns[9].values : undefined);
    for (const index of [0, 3]) {
      const slot: DriftWindow = windows.windows[index];
      const direct = compareTables(reference, takeRows(current, split.windows[index].rows), { columns: report.columns.map((column) => column.column) });
      assert.deepEqual(slot.columns.map((column) => [column.column, column.method, column.score, column.drifted, column.severity]), direct.columns.map((column) => [column.column, column.method, column.score, column.drifted, column.severity]));
      assert.equal(slot.driftScore, direct.dataset.driftScore);
    }
    assert.ok((windows.windows[0].driftScore ?? 1) < (windows.windows[3].driftScore ?? 0), "the drifted hours score higher: the trend shows");
    assert.ok(windows.windows[5].columns.every((column) => column.status === "insufficient data" && column.values <= 50));
    assert.equal(windows.windows[3].alert, "CRITICAL");
  });

  it("uses minSamples per window and per column, and windows of rows without a timestamp", async () => {
    const baseline = buildBaseline(creditSample({ rows: 2000, seed: 1 }), { name: "credit", version: "v1" });
    const current = creditSample({ rows: 1000, seed: 2 });
    const report = await checkDrift(baseline, current, { ...NO_CONFIG, window: { rows: 300 }, minSamples: 200 });
    assert.deepEqual(report.windows?.windows.map((window) => [window.firstRow, window.rows, window.status]), [[0, 300, "ok"], [300, 300, "ok"], [600, 300, "ok"], [900, 100, "insufficient data"]]);
    assert.ok(report.windows?.windows[0].columns.every((column) => column.status === "ok"));
    await assert.rejects(checkDrift(baseline, current, { ...NO_CONFIG, window: "1d" }), /baseline 'credit\/v1' has no timestamp column, so time windows cannot be used/);
  });
});
