import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Table } from "../../../kernel-helpers/data/table";
import type { EstimatedMetricName } from "../../../kernel-helpers/performance/cbpe";
import { ESTIMATED_METRICS, estimatePerformance } from "../../../kernel-helpers/performance/cbpe";
import { classificationMetrics } from "../../../kernel-helpers/performance/classificationMetrics";
import { fitIsotonic, predictIsotonic } from "../../../kernel-helpers/performance/isotonicRegression";
import { performanceData } from "../../../kernel-helpers/performance/performanceData";
import type { ClassificationData } from "../../../kernel-helpers/performance/classificationData";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { simulateScenario } from "../../../kernel-helpers/synth/simulateScenario";
import { assertClose } from "../../helpers/closeTo";

const ROLES = { task: "classification", target: "default", prediction: "predicted", predictionProba: ["probability"] } as const;

function classification(table: Table, labels?: readonly (string | number)[]): ClassificationData {
  const data = performanceData(table, { ...ROLES, ...(labels ? { labels } : {}) });
  if (data.task !== "classification") throw new Error("classification expected");
  return data.classification;
}

/** Share of windows in which the realised metric (from the known labels) lies in the CBPE band. */
function coverage(scenario: string, severity: number): Record<EstimatedMetricName, number> {
  const { reference, current } = simulateScenario({ scenario, severity, referenceRows: 20_000, currentRows: 40_000, onset: 0, seed: 3 });
  const ref = classification(reference);
  const calibration = fitIsotonic(ref.probabilities?.[0] as Float64Array, Float64Array.from(ref.truth, (t) => (t === ref.positive ? 1 : 0)));
  const cur = classification(current, ref.labels);
  const inside = Object.fromEntries(ESTIMATED_METRICS.map((name) => [name, 0])) as Record<EstimatedMetricName, number>;
  const windows = 20;
  for (let w = 0; w < windows; w++) {
    const rows = Int32Array.from({ length: 2000 }, (_, i) => w * 2000 + i);
    const estimate = estimatePerformance({ probabilities: cur.probabilities?.[0] as Float64Array, predicted: cur.predicted, positive: cur.positive as number, calibration, rows, seed: w });
    const realised = classificationMetrics(cur, rows).values;
    for (const name of ESTIMATED_METRICS) {
      const { lower, upper } = estimate.metrics[name];
      const value = realised[name] as number;
      if (lower !== null && upper !== null && value >= lower && value <= upper) inside[name]++;
    }
  }
  for (const name of ESTIMATED_METRICS) inside[name] /= windows;
  return inside;
}

describe("CBPE: performance estimated without labels", () => {
  for (const severity of [0.5, 1]) {
    it(`puts the realised metric inside its band in at least 90% of 20 windows under covariate shift (severity ${severity})`, () => {
      const covered = coverage("covariate-shift", severity);
      for (const name of ESTIMATED_METRICS) assert.ok(covered[name] >= 0.9, `${name}: realised inside the band in ${covered[name] * 100}% of windows`);
    });
  }

  it("is not fooled into wide bands: concept drift (label flips) falls outside them, as documented", () => {
    const covered = coverage("label-flips", 1);
    assert.ok(covered.accuracy <= 0.2, `accuracy inside the band in ${covered.accuracy * 100}% of windows`);
    assert.ok(covered.rocAuc <= 0.2, `ROC AUC inside the band in ${covered.rocAuc * 100}% of windows`);
  });

  it("estimates the expected confusion counts and the expected ROC AUC exactly (brute force over pairs)", () => {
    const random = createRandom(11);
    const n = 60;
    const scores = Float64Array.from({ length: n }, () => Math.round(random.next() * 20) / 20);
    const predicted = Int32Array.from(scores, (s) => (s >= 0.5 ? 1 : 0));
    const calibration = { thresholds: [0, 0.5, 1], values: [0.05, 0.4, 0.9] };
    const p = Array.from(scores, (s) => predictIsotonic(calibration, s));
    const estimate = estimatePerformance({ probabilities: scores, predicted, positive: 1, calibration, draws: 20 });
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    p.forEach((q, i) => {
      if (predicted[i]) {
        tp += q;
        fp += 1 - q;
      } else {
        fn += q;
        tn += 1 - q;
      }
    });
    let u = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const weight = p[i] * (1 - p[j]);
        pairs += weight;
        u += scores[i] > scores[j] ? weight : scores[i] === scores[j] ? weight / 2 : 0;
      }
    }
    assertClose(estimate.metrics.accuracy.value as number, (tp + tn) / n, 1e-12, 1e-12, "accuracy");
    assertClose(estimate.metrics.precision.value as number, tp / (tp + fp), 1e-12, 1e-12, "precision");
    assertClose(estimate.metrics.recall.value as number, tp / (tp + fn), 1e-12, 1e-12, "recall");
    assertClose(estimate.metrics.f1.value as number, (2 * tp) / (2 * tp + fp + fn), 1e-12, 1e-12, "f1");
    assertClose(estimate.metrics.rocAuc.value as number, u / pairs, 1e-12, 1e-12, "rocAuc");
  });

  it("gives a sampling error of accuracy close to its exact value √(Σ cᵢ(1 − cᵢ)) / n, and the same numbers for the same seed", () => {
    const random = createRandom(12);
    const n = 3000;
    const scores = Float64Array.from({ length: n }, () => random.next());
    const predicted = Int32Array.from(scores, (s) => (s >= 0.5 ? 1 : 0));
    const calibration = { thresholds: [0, 1], values: [0, 1] };
    const estimate = estimatePerformance({ probabilities: scores, predicted, positive: 1, calibration, seed: 5 });
    let variance = 0;
    for (let i = 0; i < n; i++) {
      const c = predicted[i] ? scores[i] : 1 - scores[i];
      variance += c * (1 - c);
    }
    const exact = Math.sqrt(variance) / n;
    const error = estimate.metrics.accuracy.samplingError as number;
    assert.ok(Math.abs(error - exact) / exact < 0.15, `sampling error ${error} against exact ${exact}`);
    assert.deepEqual(estimatePerformance({ probabilities: scores, predicted, positive: 1, calibration, seed: 5 }), estimate);
  });
});
