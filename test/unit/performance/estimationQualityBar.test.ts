import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import type { Table } from "../../../kernel-helpers/data/table";
import { checkPerformance } from "../../../kernel-helpers/performance/checkPerformance";
import type { PerformanceWindow } from "../../../kernel-helpers/performance/checkPerformance";
import { fitDle, lossModelOf } from "../../../kernel-helpers/performance/directLossEstimation";
import type { MetricName } from "../../../kernel-helpers/performance/metricNames";
import { performanceSnapshot } from "../../../kernel-helpers/performance/performanceSnapshot";
import { createRandom } from "../../../kernel-helpers/stats/random";

const SEEDS = 20;
const WINDOWS = 10;
const WINDOW_ROWS = 1000;

/** Rows of a K-class problem: features x0..x2, the true class drawn from softmax(W·x), and an over-confident model's probabilities softmax(1.6·W·x). */
function multiclassSample(classes: number, rows: number, shift: number, seed: number, weights: number[][]): Table {
  const random = createRandom(seed);
  const labels = Array.from({ length: classes }, (_, c) => `c${c}`);
  const x = [new Float64Array(rows), new Float64Array(rows), new Float64Array(rows)];
  const truth: string[] = [];
  const predicted: string[] = [];
  const proba = labels.map(() => new Float64Array(rows));
  const shifts = [shift, -0.7 * shift, 0.5 * shift];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < 3; j++) x[j][i] = random.normal() + shifts[j];
    const logits = weights.map((w) => w[0] * x[0][i] + w[1] * x[1][i] + w[2] * x[2][i]);
    const trueP = softmax(logits);
    const modelP = softmax(logits.map((l) => 1.6 * l));
    let u = random.next();
    let c = 0;
    while (c < classes - 1 && u >= trueP[c]) u -= trueP[c++];
    truth.push(labels[c]);
    let best = 0;
    for (let k = 0; k < classes; k++) {
      proba[k][i] = modelP[k];
      if (modelP[k] > modelP[best]) best = k;
    }
    predicted.push(labels[best]);
  }
  return tableFromColumns({ x0: x[0], x1: x[1], x2: x[2], label: truth, predicted, ...Object.fromEntries(labels.map((label, k) => [label, proba[k]])) });
}

function softmax(logits: number[]): number[] {
  const top = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** The table without its label column: what a check sees before labels arrive. */
function withoutLabels(table: Table, target: string): Table {
  return { ...table, columns: table.columns.filter((column) => column.name !== target) };
}

/** Counts windows whose realised metric (from the labels) lies in the estimated band. */
function countInside(estimated: readonly PerformanceWindow[], measured: readonly PerformanceWindow[], metrics: readonly MetricName[], inside: Record<string, number>): void {
  estimated.forEach((window, w) => {
    for (const metric of metrics) {
      const band = window.estimated?.metrics[metric];
      const realised = measured[w].metrics?.values[metric];
      if (band && band.lower !== null && band.upper !== null && typeof realised === "number" && realised >= band.lower && realised <= band.upper) inside[metric]++;
    }
  });
}

describe("quality bar: performance estimated without labels under covariate shift", () => {
  for (const classes of [3, 5]) {
    it(`multiclass CBPE (${classes} classes): the realised metric lies in the band in ≥ 90% of windows over 20 seeds`, (t) => {
      const metrics: MetricName[] = ["accuracy", "precisionMacro", "recallMacro", "f1Macro", "rocAuc"];
      const inside = Object.fromEntries(metrics.map((m) => [m, 0]));
      for (let seed = 1; seed <= SEEDS; seed++) {
        const random = createRandom(1000 + seed);
        const weights = Array.from({ length: classes }, () => [random.normal() * 1.5, random.normal() * 1.5, random.normal() * 1.5]);
        const reference = multiclassSample(classes, 5000, 0, seed * 2, weights);
        const current = multiclassSample(classes, WINDOWS * WINDOW_ROWS, 0.6, seed * 2 + 1, weights);
        const proba = Array.from({ length: classes }, (_, c) => `c${c}`);
        const snapshot = performanceSnapshot(reference, { task: "classification", target: "label", prediction: "predicted", predictionProba: proba });
        assert.equal(snapshot.calibrations?.length, classes);
        const options = { window: { rows: WINDOW_ROWS }, seed };
        const estimated = checkPerformance(snapshot, withoutLabels(current, "label"), options).windows?.windows ?? [];
        const measured = checkPerformance(snapshot, current, options).windows?.windows ?? [];
        assert.ok(estimated.every((w) => w.status === "estimated" && w.estimated?.method === "CBPE"));
        countInside(estimated, measured, metrics, inside);
      }
      const total = SEEDS * WINDOWS;
      t.diagnostic(`inside the band: ${metrics.map((m) => `${m} ${inside[m]}/${total}`).join(", ")}`);
      for (const metric of metrics) assert.ok(inside[metric] / total >= 0.9, `${metric}: ${inside[metric]}/${total} windows inside the band`);
    });
  }

  it("DLE (MAE, RMSE) for regression: the realised metric lies in the band in ≥ 90% of windows over 20 seeds", (t) => {
    const metrics: MetricName[] = ["mae", "rmse"];
    const inside = Object.fromEntries(metrics.map((m) => [m, 0]));
    const sample = (rows: number, shift: number, seed: number): Table => {
      const random = createRandom(seed);
      const x1 = new Float64Array(rows);
      const x2 = new Float64Array(rows);
      const plan: string[] = [];
      const y = new Float64Array(rows);
      const predicted = new Float64Array(rows);
      for (let i = 0; i < rows; i++) {
        x1[i] = random.normal() + shift;
        x2[i] = random.normal() - 0.5 * shift;
        plan.push(random.next() < 0.3 + 0.2 * shift ? "pro" : "basic");
        const signal = 3 * x1[i] - 2 * x2[i] + (plan[i] === "pro" ? 1 : 0);
        // Noise grows with |x1|, and the model misses a curvature in x2: its error depends on where rows lie.
        y[i] = signal + 0.4 * x2[i] * x2[i] + (0.5 + Math.abs(x1[i])) * random.normal();
        predicted[i] = signal + 0.4;
      }
      return tableFromColumns({ x1, x2, plan, y, predicted });
    };
    for (let seed = 1; seed <= SEEDS; seed++) {
      const reference = sample(10_000, 0, seed * 2);
      const current = sample(WINDOWS * WINDOW_ROWS, 0.8, seed * 2 + 1);
      const snapshot = performanceSnapshot(reference, { task: "regression", target: "y", prediction: "predicted" });
      const lossModel = lossModelOf(fitDle(reference, { target: "y", prediction: "predicted", features: ["x1", "x2", "plan"] }, seed), current);
      const options = { window: { rows: WINDOW_ROWS }, seed, lossModel };
      const estimated = checkPerformance(snapshot, withoutLabels(current, "y"), options).windows?.windows ?? [];
      const measured = checkPerformance(snapshot, current, options).windows?.windows ?? [];
      assert.ok(estimated.every((w) => w.status === "estimated" && w.estimated?.method === "DLE"));
      countInside(estimated, measured, metrics, inside);
    }
    const total = SEEDS * WINDOWS;
    t.diagnostic(`inside the band: ${metrics.map((m) => `${m} ${inside[m]}/${total}`).join(", ")}`);
    for (const metric of metrics) assert.ok(inside[metric] / total >= 0.9, `${metric}: ${inside[metric]}/${total} windows inside the band`);
  });
});
