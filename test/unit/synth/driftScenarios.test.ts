import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Table } from "../../../kernel-helpers/data/table";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { UsageError } from "../../../kernel-helpers/errors";
import { classificationMetrics } from "../../../kernel-helpers/performance/classificationMetrics";
import type { ClassificationData } from "../../../kernel-helpers/performance/classificationData";
import { performanceData } from "../../../kernel-helpers/performance/performanceData";
import { DRIFT_SCENARIOS, SCENARIO_NAMES } from "../../../kernel-helpers/synth/driftScenarios";
import { modelSample } from "../../../kernel-helpers/synth/modelSample";
import { simulateScenario } from "../../../kernel-helpers/synth/simulateScenario";

const FEATURES = ["age", "income", "debt_ratio", "tenure_months", "region", "channel"];

function model(table: Table): ClassificationData {
  const data = performanceData(table, { task: "classification", target: "default", prediction: "predicted", predictionProba: ["probability"], labels: ["no", "yes"] });
  if (data.task !== "classification") throw new Error("classification expected");
  return data.classification;
}

function drifted(reference: Table, current: Table): string[] {
  return compareTables(reference, current, { columns: [...FEATURES, "predicted", "probability"] }).columns.filter((c) => c.drifted).map((c) => c.column);
}

function share(table: Table, column: string, value: string): number {
  const found = table.columns.find((c) => c.name === column);
  if (found?.type !== "categorical") throw new Error(`${column} is not categorical`);
  const code = found.dictionary.indexOf(value);
  return found.codes.filter((c) => c === code).length / table.rowCount;
}

describe("synthetic model data and drift scenarios", () => {
  const scenario = (name: string, severity: number) => simulateScenario({ scenario: name, severity, referenceRows: 6000, currentRows: 6000, onset: 0 });

  it("modelSample is seeded: the same seed gives the same table, another seed another", () => {
    assert.deepEqual(modelSample({ rows: 500, seed: 4 }), modelSample({ rows: 500, seed: 4 }));
    assert.notDeepEqual(modelSample({ rows: 500, seed: 4 }).columns[0], modelSample({ rows: 500, seed: 5 }).columns[0]);
  });

  it("has a model-like prediction: about a quarter positives, ROC AUC about 0.76, labels the 0.5 threshold of the probability", () => {
    const data = model(modelSample({ rows: 20_000, seed: 1 }));
    const metrics = classificationMetrics(data).values;
    const positives = data.truth.filter((t) => t === 1).length / data.truth.length;
    assert.ok(positives > 0.2 && positives < 0.3, `positives ${positives}`);
    assert.ok((metrics.rocAuc as number) > 0.72 && (metrics.rocAuc as number) < 0.8, `ROC AUC ${metrics.rocAuc}`);
    const probability = data.probabilities?.[0] as Float64Array;
    assert.ok(data.predicted.every((code, i) => code === (probability[i] >= 0.5 ? 1 : 0)));
  });

  it("documents every scenario with what it does and what a monitor should see", () => {
    assert.deepEqual(SCENARIO_NAMES, ["covariate-shift", "scale-change", "new-categories", "label-flips", "prediction-rate-change"]);
    for (const name of SCENARIO_NAMES) {
      assert.ok(DRIFT_SCENARIOS[name].description.length > 40 && DRIFT_SCENARIOS[name].expect.length > 40, name);
      assert.deepEqual(scenario(name, 0).current.columns, scenario("covariate-shift", 0).current.columns, `${name} at severity 0 injects nothing`);
    }
  });

  it("severity 0 draws the current data from the reference world: no column drifts", () => {
    const { reference, current } = scenario("covariate-shift", 0);
    assert.deepEqual(drifted(reference, current), []);
  });

  it("covariate shift moves the inputs it names, not the controls", () => {
    const { reference, current } = scenario("covariate-shift", 1);
    const columns = drifted(reference, current);
    for (const name of ["age", "income", "region", "channel"]) assert.ok(columns.includes(name), `${name} drifts: ${columns}`);
    assert.ok(!columns.includes("tenure_months"));
  });

  it("scale change spreads age and debt_ratio out", () => {
    const { reference, current } = scenario("scale-change", 1);
    const columns = drifted(reference, current);
    assert.ok(columns.includes("age") && columns.includes("debt_ratio"), `${columns}`);
    const spread = (t: Table) => {
      const values = (t.columns.find((c) => c.name === "age") as { values: Float64Array }).values;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    };
    assert.ok(spread(current) > 1.5 * spread(reference), `age spread ${spread(reference)} → ${spread(current)}`);
  });

  it("new categories appear in region at up to 30% of rows, and the model misses their defaults", () => {
    const { reference, current } = scenario("new-categories", 1);
    const fresh = share(current, "region", "islands") + share(current, "region", "overseas");
    assert.ok(fresh > 0.25 && fresh < 0.35, `new regions ${fresh}`);
    assert.equal((reference.columns.find((c) => c.name === "region") as unknown as { dictionary: string[] }).dictionary.length, 5);
    assert.ok((classificationMetrics(model(current)).values.recall as number) < (classificationMetrics(model(reference)).values.recall as number) - 0.05);
  });

  it("label flips change only the labels: accuracy and ROC AUC fall, no input or prediction drifts", () => {
    const { reference, current } = scenario("label-flips", 1);
    assert.deepEqual(drifted(reference, current), []);
    const before = classificationMetrics(model(reference)).values;
    const after = classificationMetrics(model(current)).values;
    assert.ok((after.accuracy as number) < (before.accuracy as number) - 0.1, `accuracy ${before.accuracy} → ${after.accuracy}`);
    assert.ok((after.rocAuc as number) < (before.rocAuc as number) - 0.1);
  });

  it("a prediction-rate change raises the share of 'yes' predictions and drifts only the model's outputs", () => {
    const { reference, current } = scenario("prediction-rate-change", 1);
    assert.ok(share(current, "predicted", "yes") > share(reference, "predicted", "yes") + 0.2);
    assert.deepEqual(drifted(reference, current).sort(), ["predicted", "probability"]);
  });

  it("the drift starts at the onset: rows before it are the reference world", () => {
    const { current } = simulateScenario({ scenario: "new-categories", severity: 1, currentRows: 1000, onset: 0.5 });
    const region = current.columns.find((c) => c.name === "region") as { codes: Int32Array };
    assert.ok(region.codes.subarray(0, 500).every((code) => code < 5));
    assert.ok(region.codes.subarray(500).some((code) => code >= 5));
  });

  it("refuses an unknown scenario, a severity outside [0, 1] and bad row counts", () => {
    assert.throws(() => simulateScenario({ scenario: "tornado", severity: 0.5 }), (e: Error) => e instanceof UsageError && /Scenarios: covariate-shift/.test(e.message));
    assert.throws(() => simulateScenario({ scenario: "label-flips", severity: -0.1 }), UsageError);
    assert.throws(() => simulateScenario({ scenario: "label-flips", severity: NaN }), UsageError);
    assert.throws(() => simulateScenario({ scenario: "label-flips", severity: 0.5, currentRows: 0 }), UsageError);
  });
});
