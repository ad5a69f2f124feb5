import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Baseline } from "../../../kernel-helpers/baseline/baselineInfo";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import type { BuildBaselineOptions } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { loadBaseline } from "../../../kernel-helpers/baseline/loadBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { lumpCategories } from "../../../kernel-helpers/baseline/sketchReference";
import { verdictLine } from "../../../kernel-helpers/report/verdictLine";
import { readTable } from "../../../kernel-helpers/data/readTable";
import type { Table } from "../../../kernel-helpers/data/table";
import { tableToCsv } from "../../../kernel-helpers/data/tableToCsv";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { tempDir, withPredictions, withTimestamps } from "./baselineFixtures";

const NO_CONFIG = { configFile: false, env: {} } as const;

async function savedAndLoaded(table: Table, options: Partial<BuildBaselineOptions> = {}): Promise<Baseline> {
  const path = await saveBaseline(buildBaseline(table, { name: "credit", version: "v1", ...options }), tempDir());
  return loadBaseline(path);
}

/** The table with every label of its first (categorical) column outside `kept` replaced by OTHER_CATEGORIES. */
function lumpedTable(table: Table, kept: ReadonlySet<string>): Table {
  const [column] = table.columns;
  if (column.type !== "categorical") throw new Error("categorical column expected");
  return { ...table, columns: [lumpCategories(column, kept)] };
}

function dropColumns(table: Table, ...names: string[]): Table {
  return { ...table, columns: table.columns.filter((column) => !names.includes(column.name)) };
}

describe("checkDrift", () => {
  for (const rows of [800, 5000]) {
    it(`gives exactly the numbers of compareTables on the raw reference of ${rows} rows after a save and a load`, async () => {
      const reference = creditSample({ rows, seed: 1 });
      const current = creditSample({ rows: 2000, seed: 2, drift: 0.5 });
      const report = await checkDrift(await savedAndLoaded(reference), current, NO_CONFIG);
      const direct = compareTables(reference, current);
      assert.deepEqual(report.columns, direct.columns);
      assert.deepEqual(report.dataset, direct.dataset);
      assert.deepEqual(report.settings, direct.settings);
      assert.deepEqual(report.columnProblems, []);
      assert.deepEqual(report.extraColumns, []);
      assert.equal(report.approximate, undefined);
    });
  }

  it("gives exactly the numbers of compareDatasets on the same CSV files", async () => {
    const dir = tempDir();
    const referenceCsv = join(dir, "reference.csv");
    const currentCsv = join(dir, "current.csv");
    await tableToCsv(creditSample({ rows: 3000, seed: 5 }), referenceCsv);
    await tableToCsv(creditSample({ rows: 1500, seed: 6, drift: 0.3 }), currentCsv);
    const baseline = await savedAndLoaded(await readTable(referenceCsv));
    const report = await checkDrift(baseline, currentCsv, NO_CONFIG);
    const direct = await compareDatasets(referenceCsv, currentCsv);
    assert.deepEqual(report.columns, direct.columns);
    assert.deepEqual(report.dataset, direct.dataset);
  });

  it("reports a missing column, a changed type and an empty column per column, lists extra columns, and tests the rest", async () => {
    const reference = creditSample({ rows: 3000, seed: 1 });
    const drifted = creditSample({ rows: 1500, seed: 2, drift: 0.4 });
    const regionAsNumbers = { name: "region", type: "numerical" as const, values: Float64Array.from({ length: 1500 }, (_, i) => i % 12) };
    const emptyScore = { name: "credit_score", type: "numerical" as const, values: new Float64Array(1500).fill(NaN) };
    const current: Table = {
      ...drifted,
      source: "today.csv",
      columns: [
        ...dropColumns(drifted, "loan_amount", "region", "credit_score").columns,
        regionAsNumbers,
        emptyScore,
        { name: "new_feature", type: "numerical", values: new Float64Array(1500) },
      ],
    };
    const report = await checkDrift(await savedAndLoaded(reference), current, NO_CONFIG);
    assert.deepEqual(report.columnProblems.map((problem) => `${problem.column}:${problem.kind}`), ["credit_score:empty", "loan_amount:missing", "region:typeChanged"]);
    const byColumn = new Map(report.columnProblems.map((problem) => [problem.column, problem.message]));
    assert.equal(byColumn.get("loan_amount"), "column 'loan_amount' is missing from the current data (today.csv) (present in baseline 'credit/v1'). Fix the export that produces the data, or build a new baseline version without it.");
    assert.match(byColumn.get("region") ?? "", /column 'region' is numerical in the current data \(today\.csv\) but categorical in baseline 'credit\/v1'/);
    assert.match(byColumn.get("credit_score") ?? "", /has no values in the current data \(today\.csv\): all 1,500 rows are missing/);
    assert.deepEqual(report.extraColumns, ["new_feature"]);
    assert.deepEqual(report.alerts.filter((alert) => alert.kind === "column-problem").map((alert) => alert.column), ["credit_score", "loan_amount", "region"]);
    const shared = ["age", "income", "tenure_months", "employment", "has_default", "channel"];
    assert.deepEqual(report.columns, compareTables(reference, current, { columns: shared }).columns);
  });

  it("shows prediction drift apart: a sudden increase in negative predictions", async () => {
    const reference = withPredictions(creditSample({ rows: 4000, seed: 1 }), 0.2, 11);
    const current = withPredictions(creditSample({ rows: 2000, seed: 2 }), 0.45, 12);
    const baseline = await savedAndLoaded(reference, { prediction: "decision", predictionProba: "score" });
    const report = await checkDrift(baseline, current, NO_CONFIG);
    assert.deepEqual(report.prediction?.columns.map((column) => column.column), ["decision", "score"]);
    assert.equal(report.prediction?.drifted, true);
    assert.ok(report.columns.every((column) => column.column !== "decision" && column.column !== "score"), "features only in columns");
    assert.equal(report.dataset.columns, 9);
    const direct = compareTables(reference, current);
    assert.deepEqual(report.prediction?.columns, direct.columns.filter((column) => column.column === "decision" || column.column === "score"));
    assert.ok(report.alerts.some((alert) => alert.kind === "prediction-drift" && alert.column === "decision" && alert.level === "WARNING"));
  });

  it("checks the target when the current data has it and skips it, not as a problem, when labels have not arrived", async () => {
    const reference = creditSample({ rows: 3000, seed: 1 });
    const baseline = await savedAndLoaded(reference, { target: "has_default" });
    const labelled = await checkDrift(baseline, creditSample({ rows: 1000, seed: 2, drift: 1 }), NO_CONFIG);
    assert.equal(labelled.target?.column, "has_default");
    assert.equal(labelled.target?.drifted, true);
    assert.ok(labelled.alerts.some((alert) => alert.kind === "target-drift"));
    const unlabelled = await checkDrift(baseline, dropColumns(creditSample({ rows: 1000, seed: 2 }), "has_default"), NO_CONFIG);
    assert.equal(unlabelled.target, undefined);
    assert.deepEqual(unlabelled.columnProblems, []);
    assert.match(unlabelled.skipped.find((skip) => skip.column === "has_default")?.reason ?? "", /labels often arrive later/);
  });

  it("converts the current data as the baseline's categorical overrides did", async () => {
    const baseline = await savedAndLoaded(creditSample({ rows: 2000, seed: 1 }), { categorical: ["tenure_months"] });
    const report = await checkDrift(baseline, creditSample({ rows: 1000, seed: 2 }), NO_CONFIG);
    const tenure = report.columns.find((column) => column.column === "tenure_months");
    assert.equal(tenure?.type, "categorical");
    assert.equal(tenure?.method, "jensenshannon");
  });

  it("applies psiThreshold to psi columns unless a threshold is given, and records where each setting came from", async () => {
    const baseline = await savedAndLoaded(creditSample({ rows: 2000, seed: 1 }));
    const current = creditSample({ rows: 1000, seed: 2, drift: 0.5 });
    const report = await checkDrift(baseline, current, { configFile: false, env: { DRIFT_MIN_SAMPLES: "50" }, method: "psi", psiThreshold: 0.25 });
    assert.ok(report.columns.every((column) => column.method === "psi" && column.threshold === 0.25));
    assert.deepEqual(report.monitoring.psiThreshold, { value: 0.25, from: "option" });
    assert.deepEqual(report.monitoring.minSamples, { value: 50, from: "env" });
    assert.deepEqual(report.monitoring.criticalThreshold, { value: 0.5, from: "default" });
    const explicit = await checkDrift(baseline, current, { ...NO_CONFIG, method: "psi", psiThreshold: 0.25, threshold: 0.05 });
    assert.ok(explicit.columns.every((column) => column.threshold === 0.05));
  });

  it("grades severity with the configured bands and raises CRITICAL at the critical drift score", async () => {
    const baseline = await savedAndLoaded(creditSample({ rows: 3000, seed: 1 }));
    const current = creditSample({ rows: 1500, seed: 2, drift: 0.6 });
    // The column bands and the dataset's critical score; multivariate drift (CRITICAL on its own) is tested in its suite.
    const defaults = await checkDrift(baseline, current, { ...NO_CONFIG, checkMultivariate: false });
    const strict = await checkDrift(baseline, current, { ...NO_CONFIG, checkMultivariate: false, severityBands: { distance: { medium: 1.01, high: 1.02 } }, criticalThreshold: 0.2 });
    for (const column of defaults.columns.filter((c) => c.drifted)) {
      assert.equal(strict.columns.find((c) => c.column === column.column)?.severity, column.score >= 0.102 ? "high" : column.score >= 0.101 ? "medium" : "low");
    }
    assert.ok(defaults.dataset.driftScore >= 0.2 && defaults.dataset.driftScore < 0.5, `score ${defaults.dataset.driftScore}`);
    assert.equal(defaults.alerts.some((alert) => alert.level === "CRITICAL"), false);
    assert.deepEqual(strict.alerts[0], { level: "CRITICAL", kind: "dataset-drift", message: strict.alerts[0].message });
    assert.match(strict.alerts[0].message, /dataset drift score \d+% \(\d\/9 columns drifted\) ≥ the critical threshold 20%/);
    assert.match(verdictLine(strict), /^Model credit v1 · 1,500 rows · NO DRIFT \(score \d+%, \d\/9 columns\) · 1 CRITICAL, \d WARNING$/);
  });

  it("runs on sketches beyond the sample cap, flagged approximate, close to the exact numbers", async () => {
    const reference = creditSample({ rows: 60_000, seed: 1 });
    const current = creditSample({ rows: 3000, seed: 2, drift: 0.5 });
    const baseline = await loadBaseline(await saveBaseline(buildBaseline(reference, { name: "credit", version: "v1", sampleCap: 20_000 }), tempDir()));
    assert.equal(baseline.sample, null, "the sample is not read: checks use the sketches");
    const report = await checkDrift(baseline, current, NO_CONFIG);
    const exact = compareTables(reference, current);
    assert.ok(report.approximate && report.approximate.rankErrorBound > 0 && report.approximate.rankErrorBound < 0.01);
    assert.match(report.approximate.reason, /60,000 rows, beyond the sample cap of 20,000/);
    assert.equal(report.reference.rows, 60_000);
    report.columns.forEach((column, i) => {
      const want = exact.columns[i];
      assert.equal(column.approximate, true);
      assert.equal(column.method, want.method);
      assert.deepEqual(column.reference, want.reference, `${column.column}: reference counts of every row`);
      assert.ok(Math.abs(column.score - want.score) <= 0.01 + 0.05 * want.score, `${column.column}: ${column.score} ≈ ${want.score}`);
      if (Math.abs(want.score - want.threshold) > 0.02) assert.equal(column.drifted, want.drifted, column.column);
    });
    assert.match(verdictLine(report), / · approximate$/);
  });

  it("lumps the categories a lossy sketch left out into one, on both sides, beyond the cap", async () => {
    const merchants = (rows: number, seed: number, offset: number): Table => {
      const random = createRandom(seed);
      const codes = Int32Array.from({ length: rows }, () => Math.floor(12_000 * random.next() ** 4) + offset);
      return { rowCount: rows, source: "payments", columns: [{ name: "merchant", type: "categorical", codes, dictionary: Array.from({ length: 20_000 }, (_, i) => `m${i}`) }] };
    };
    const reference = merchants(200_000, 1, 0);
    const baseline = buildBaseline(reference, { name: "payments", version: "v1", sampleCap: 150_000 });
    const column = baseline.info.columns[0];
    const sketch = column.type === "categorical" ? column.sketch : undefined;
    assert.ok(sketch && sketch.maxError > 0 && sketch.items.length === 10_000, "the sketch kept 10,000 of the merchants");
    const kept = new Set(sketch.items.map(([label]) => label));
    for (const [current, offset] of [[merchants(20_000, 2, 0), 0], [merchants(20_000, 3, 3000), 3000]] as const) {
      const report = await checkDrift(baseline, current, NO_CONFIG);
      const result = report.columns[0];
      assert.equal(result.approximate, true);
      assert.ok(result.uniqueValues <= 10_001, `${result.uniqueValues} categories: the kept ones plus one for the rest`);
      const exact = compareTables(lumpedTable(reference, kept), lumpedTable(current, kept)).columns[0];
      assert.equal(result.method, exact.method);
      assert.ok(Math.abs(result.score - exact.score) <= 0.002, `offset ${offset}: ${result.score} ≈ ${exact.score} on the same lumped categories`);
    }
  });

  it("checks only the last analysis-window hours of a log folder's rows", async () => {
    const start = Date.UTC(2026, 10, 21);
    const baseline = await savedAndLoaded(withTimestamps(creditSample({ rows: 2000, seed: 1 }), start, 48), { timestamp: "ts" });
    const current = withTimestamps(creditSample({ rows: 4800, seed: 2 }), start + 48 * 3_600_000, 48);
    const report = await checkDrift(baseline, current, { ...NO_CONFIG, recentOnly: true, analysisWindowHours: 12 });
    assert.equal(report.analysisWindow?.hours, 12);
    assert.equal(report.analysisWindow?.to, new Date(start + 96 * 3_600_000 - 36_000).toISOString());
    assert.ok(Math.abs((report.analysisWindow?.rowsKept ?? 0) - 1200) <= 2, `kept ${report.analysisWindow?.rowsKept}`);
    assert.equal(report.current.rows, report.analysisWindow?.rowsKept);
    await assert.rejects(checkDrift(await savedAndLoaded(creditSample({ rows: 500, seed: 1 })), current, { ...NO_CONFIG, recentOnly: true }), (error: Error) =>
      error instanceof UsageError && /baseline 'credit\/v1' has no timestamp column, so the analysis window cannot be used/.test(error.message));
  });

  it("names current timestamps that do not parse", async () => {
    const baseline = await savedAndLoaded(withTimestamps(creditSample({ rows: 500, seed: 1 }), Date.UTC(2026, 0, 1), 5), { timestamp: "ts" });
    const current = creditSample({ rows: 3, seed: 2 });
    const bad: Table = { ...current, source: "events.jsonl", columns: [...current.columns, { name: "ts", type: "text", values: ["2026-01-02T00:00:00Z", "soon", null] }] };
    await assert.rejects(checkDrift(baseline, bad, NO_CONFIG), (error: Error) =>
      error instanceof DataError && error.message.startsWith("1 value of the timestamp column 'ts' in the current data (events.jsonl) does not parse as ISO 8601: row 2 'soon'"));
  });

  it("refuses a column the baseline does not have and an unknown method, listing the valid ones", async () => {
    const baseline = await savedAndLoaded(creditSample({ rows: 500, seed: 1 }));
    const current = creditSample({ rows: 500, seed: 2 });
    await assert.rejects(checkDrift(baseline, current, { ...NO_CONFIG, columns: ["age", "salary"] }), /column 'salary' is not in baseline 'credit\/v1'\. Its columns: age, income/);
    await assert.rejects(checkDrift(baseline, current, { ...NO_CONFIG, method: "kstest" }), /unknown drift method 'kstest'\. Valid methods: ks, /);
  });
});
