import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import type { BuildBaselineOptions } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { loadBaseline } from "../../../kernel-helpers/baseline/loadBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import type { Column, Table } from "../../../kernel-helpers/data/table";
import { DataError } from "../../../kernel-helpers/errors";
import type { PerformanceCheck } from "../../../kernel-helpers/performance/checkPerformance";
import { classificationMetrics } from "../../../kernel-helpers/performance/classificationMetrics";
import { metricsOverWindows } from "../../../kernel-helpers/performance/metricsOverWindows";
import { performanceData } from "../../../kernel-helpers/performance/performanceData";
import type { PerformanceSnapshot } from "../../../kernel-helpers/performance/performanceSnapshot";
import { regressionMetrics } from "../../../kernel-helpers/performance/regressionMetrics";
import { simulateScenario } from "../../../kernel-helpers/synth/simulateScenario";
import { tempDir } from "../baseline/baselineFixtures";

const NO_CONFIG = { configFile: false, env: {} } as const;
const MODEL: Partial<BuildBaselineOptions> = { target: "default", prediction: "predicted", predictionProba: "probability", timestamp: "timestamp" };
const ROLES = { task: "classification", target: "default", prediction: "predicted", predictionProba: ["probability"] } as const;

function without(table: Table, name: string): Table {
  return { ...table, columns: table.columns.filter((column) => column.name !== name) };
}

function replaced(table: Table, column: Column): Table {
  return { ...table, columns: table.columns.map((c) => (c.name === column.name ? column : c)) };
}

function checked(report: { performance?: unknown }): PerformanceCheck {
  const performance = report.performance as PerformanceCheck | { unavailable: string } | undefined;
  if (!performance || "unavailable" in performance) throw new Error(`performance expected, got ${JSON.stringify(performance)}`);
  return performance;
}

function snapshotOf(info: { performance?: unknown }): PerformanceSnapshot {
  const performance = info.performance as PerformanceSnapshot | { unavailable: string } | undefined;
  if (!performance || "unavailable" in performance) throw new Error(`snapshot expected, got ${JSON.stringify(performance)}`);
  return performance;
}

async function savedAndLoaded(reference: Table, options: Partial<BuildBaselineOptions> = MODEL) {
  return loadBaseline(await saveBaseline(buildBaseline(reference, { name: "credit", version: "v1", ...options }), tempDir("driftlens-performance-")));
}

describe("performance in baselines and checks", () => {
  const { reference, current } = simulateScenario({ scenario: "covariate-shift", severity: 1, referenceRows: 5000, currentRows: 4000 });

  it("buildBaseline stores the reference's metrics and calibration, and they survive a save and a load", async () => {
    const built = buildBaseline(reference, { name: "credit", version: "v1", ...MODEL });
    const snapshot = snapshotOf(built.info);
    const direct = classificationMetrics((performanceData(reference, ROLES) as { classification: Parameters<typeof classificationMetrics>[0] }).classification);
    assert.deepEqual(snapshot.metrics, direct);
    assert.equal(snapshot.task, "classification");
    assert.deepEqual(snapshot.labels, ["no", "yes"]);
    assert.equal(snapshot.positiveLabel, "yes");
    assert.ok((snapshot.calibration?.thresholds.length ?? 0) > 10);
    const loaded = await savedAndLoaded(reference);
    assert.deepEqual(loaded.info.performance, built.info.performance);
  });

  it("a check with labels measures the current rows exactly as classificationMetrics, per window as metricsOverWindows", async () => {
    const baseline = await savedAndLoaded(reference);
    const report = await checkDrift(baseline, current, { ...NO_CONFIG, window: { rows: 1000 } });
    const performance = checked(report);
    const data = performanceData(current, { ...ROLES, labels: ["no", "yes"] });
    assert.deepEqual(performance.current, classificationMetrics((data as { classification: Parameters<typeof classificationMetrics>[0] }).classification));
    assert.equal(performance.estimated, undefined);
    assert.equal(performance.labelledRows, 4000);
    const windows = metricsOverWindows(data, { rows: 1000 }).windows;
    assert.deepEqual(performance.windows?.windows.map((w) => w.metrics), windows.map((w) => w.metrics));
    assert.deepEqual(performance.comparison.map((c) => c.metric), ["accuracy", "f1", "rocAuc"]);
    assert.ok(performance.comparison.every((c) => !c.estimated && c.baseline === snapshotOf(baseline.info).metrics.values[c.metric]));
    assert.deepEqual(performance.changePoints?.map((c) => c.detector), ["page-hinkley", "adwin"]);
  });

  it("without the label column it estimates by CBPE, overall and per window, with bands", async () => {
    const report = await checkDrift(await savedAndLoaded(reference), without(current, "default"), { ...NO_CONFIG, window: { rows: 1000 } });
    const performance = checked(report);
    assert.equal(performance.labelledRows, 0);
    assert.equal(performance.current, undefined);
    assert.equal(performance.estimated?.method, "CBPE");
    assert.ok(performance.comparison.every((c) => c.estimated));
    assert.deepEqual(performance.windows?.windows.map((w) => w.status), ["estimated", "estimated", "estimated", "estimated"]);
    const accuracy = performance.estimated?.metrics.accuracy;
    assert.ok(accuracy && accuracy.lower !== null && accuracy.upper !== null && accuracy.lower < (accuracy.value as number) && (accuracy.value as number) < accuracy.upper);
    assert.equal(performance.changePoints, undefined, "no labels, no error series");
  });

  it("labels that arrived for part of the rows: measured windows where they are, estimated windows elsewhere", async () => {
    const truth = current.columns.find((c) => c.name === "default");
    if (truth?.type !== "categorical") throw new Error("categorical target expected");
    const codes = Int32Array.from(truth.codes, (code, i) => (i >= 2000 ? -1 : code));
    const report = await checkDrift(await savedAndLoaded(reference), replaced(current, { ...truth, codes }), { ...NO_CONFIG, window: { rows: 1000 } });
    const performance = checked(report);
    assert.deepEqual(performance.windows?.windows.map((w) => w.status), ["measured", "measured", "estimated", "estimated"]);
    assert.equal(performance.current?.rows, 2000);
    assert.equal(performance.estimated?.rows, 2000);
  });

  it("label flips (concept drift) raise degradation alerts — CRITICAL past an absolute limit — and change points after the onset", async () => {
    const flipped = simulateScenario({ scenario: "label-flips", severity: 1, referenceRows: 5000, currentRows: 4000, onset: 0.5 });
    const report = await checkDrift(await savedAndLoaded(flipped.reference), flipped.current, { ...NO_CONFIG, performanceRules: { accuracy: { absolute: 0.72 } } });
    const performance = checked(report);
    const accuracy = performance.comparison.find((c) => c.metric === "accuracy");
    assert.equal(accuracy?.degraded?.kind, "absolute");
    assert.ok(report.alerts.some((a) => a.level === "CRITICAL" && a.kind === "performance-degradation" && /^accuracy 0\.\d+ \(baseline 0\.\d+\): below the limit 0\.72$/.test(a.message)), JSON.stringify(report.alerts));
    assert.ok(report.alerts.some((a) => a.kind === "performance-degradation" && a.message.startsWith("ROC AUC")));
    const points = performance.changePoints?.flatMap((c) => c.changePoints) ?? [];
    assert.ok(points.length > 0 && points.every((row) => row >= 2000), `change points ${points}`);
    assert.equal(report.alerts[0].level, "CRITICAL");
  });

  it("probabilities outside [0, 1] in the current data: performance unavailable with the reason, drift still checked", async () => {
    const probability = current.columns.find((c) => c.name === "probability");
    if (probability?.type !== "numerical") throw new Error("numerical probability expected");
    const values = probability.values.slice();
    values[17] = 1.5;
    const report = await checkDrift(await savedAndLoaded(reference), replaced(current, { ...probability, values }), NO_CONFIG);
    assert.deepEqual(report.performance, { unavailable: "column 'probability' holds 1.5 at row 18, outside [0, 1]: it must be a predicted probability. If it is a raw score or a logit, turn it into a probability first (e.g. a sigmoid), or leave it out of the prediction-probability role." });
    assert.ok(report.alerts.some((a) => a.kind === "performance-problem" && a.message.includes("1.5 at row 18")));
    assert.ok(report.columns.length > 0);
  });

  it("a baseline whose model cannot be scored records why instead of failing", () => {
    const built = buildBaseline(reference, { name: "credit", version: "v1", target: "default", prediction: "age" });
    assert.match((built.info.performance as { unavailable: string }).unavailable, /column 'default' holds strings labels .* column 'age' holds numbers/);
  });

  it("a prediction column holding the probability is thresholded at 0.5, as Evidently does", () => {
    const built = buildBaseline(reference, { name: "credit", version: "v1", target: "default", prediction: "probability" });
    const snapshot = snapshotOf(built.info);
    assert.equal(snapshot.predictionIsProbability, true);
    const withLabels = snapshotOf(buildBaseline(reference, { name: "credit", version: "v1", ...MODEL }).info);
    assert.deepEqual(snapshot.metrics, withLabels.metrics, "the simulated labels are the 0.5 threshold of the probability");
  });

  it("regression: MAE, RMSE, MAPE and R² in the snapshot and the check, errors scaled by the baseline's MAE", async () => {
    const regression = (table: Table, shift: number): Table => {
      const income = table.columns.find((c) => c.name === "income");
      const age = table.columns.find((c) => c.name === "age");
      if (income?.type !== "numerical" || age?.type !== "numerical") throw new Error("numerical columns expected");
      const predicted = Float64Array.from(income.values, (v, i) => v * (1 + (age.values[i] - 40) / 400) + shift);
      return { ...table, columns: [...table.columns, { name: "income_predicted", type: "numerical", values: predicted }] };
    };
    const baseline = await savedAndLoaded(regression(reference, 0), { target: "income", prediction: "income_predicted" });
    const snapshot = snapshotOf(baseline.info);
    assert.equal(snapshot.task, "regression");
    const drifted = regression(current, 5000);
    const performance = checked(await checkDrift(baseline, drifted, NO_CONFIG));
    const income = drifted.columns.find((c) => c.name === "income") as { values: Float64Array };
    const predicted = drifted.columns.find((c) => c.name === "income_predicted") as { values: Float64Array };
    assert.deepEqual(performance.current, regressionMetrics(income.values, predicted.values));
    assert.deepEqual(performance.comparison.map((c) => c.metric), ["mae", "rmse"]);
    assert.ok(performance.comparison.every((c) => c.degraded?.kind === "relative"));
    assert.match(performance.errorSeries ?? "", /^absolute error over the baseline's MAE/);
  });

  it("loadBaseline refuses a performance snapshot with a broken calibration, naming the field", async () => {
    const path = await saveBaseline(buildBaseline(reference, { name: "credit", version: "v1", ...MODEL }), tempDir("driftlens-performance-"));
    const file = join(path, "baseline.json");
    const info = JSON.parse(readFileSync(file, "utf8"));
    info.performance.calibration.values.pop();
    writeFileSync(file, JSON.stringify(info));
    await assert.rejects(loadBaseline(path), (error: Error) => error instanceof DataError && /performance\.calibration\.values/.test(error.message));
  });
});
