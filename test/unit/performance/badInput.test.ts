import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { accuracyScore } from "../../../kernel-helpers/performance/accuracyScore";
import { classificationData } from "../../../kernel-helpers/performance/classificationData";
import { classificationMetrics } from "../../../kernel-helpers/performance/classificationMetrics";
import { checkedRules } from "../../../kernel-helpers/performance/degradationRules";
import { logLoss } from "../../../kernel-helpers/performance/logLoss";
import { meanAbsoluteError } from "../../../kernel-helpers/performance/meanAbsoluteError";
import { metricsOverWindows } from "../../../kernel-helpers/performance/metricsOverWindows";
import { performanceData } from "../../../kernel-helpers/performance/performanceData";
import { precisionRecallF1 } from "../../../kernel-helpers/performance/precisionRecallF1";
import { r2Score } from "../../../kernel-helpers/performance/r2Score";
import { rocAucScore } from "../../../kernel-helpers/performance/rocAucScore";
import type { Table } from "../../../kernel-helpers/data/table";

const throwsData = (body: () => unknown, pattern: RegExp) => assert.throws(body, (error: Error) => error instanceof DataError && pattern.test(error.message), `expected a DataError matching ${pattern}`);

describe("bad input to the performance metrics", () => {
  it("labels and predictions of different lengths name both sides and the counts", () => {
    throwsData(() => accuracyScore([0, 1, 1], [0, 1]), /y_true has 3 values but y_pred has 2 values/);
    throwsData(() => meanAbsoluteError([1, 2], [1]), /y_true has 2 values but y_pred has 1 value/);
    throwsData(() => classificationData({ truth: [0, 1], predicted: [0, 1], probabilities: [0.2] }), /y_true has 2 values but y_proba has 1 value/);
  });

  it("string labels against numeric predictions say so and how to fix it", () => {
    throwsData(() => accuracyScore(["no", "yes"], [0, 1]), /holds strings labels \(e\.g\. 'no'\) but y_pred holds numbers \(e\.g\. 0\)/);
    throwsData(() => accuracyScore([0, "1"], [0, 1]), /y_true mixes numbers and strings \(e\.g\. 0 and '1'\)/);
    const table: Table = {
      rowCount: 2,
      source: "today.csv",
      columns: [
        { name: "default", type: "categorical", codes: Int32Array.of(0, 1), dictionary: ["no", "yes"] },
        { name: "predicted", type: "numerical", values: Float64Array.of(0, 1) },
      ],
    };
    throwsData(() => performanceData(table, { task: "classification", target: "default", prediction: "predicted" }), /column 'default' holds strings labels .* column 'predicted' holds numbers .*--type COLUMN=categorical/);
  });

  it("probabilities outside [0, 1] name the column, the row and the value", () => {
    throwsData(() => classificationData({ truth: [0, 1, 1], predicted: [0, 1, 1], probabilities: [0.2, 1.3, 0.9] }), /y_proba holds 1\.3 at row 2, outside \[0, 1\].*sigmoid/);
    throwsData(() => rocAucScore(["a", "b", "c"], [[0.2, 0.3, 0.5], [0.3, 0.3, 0.5], [-0.1, 0.4, 0]]), /y_proba\[:, 2\] holds -0\.1 at row 1/);
    throwsData(() => logLoss(["a", "b", "c"], [[0.2, 0.3, 0.5], [0.3, 0.3, 0.5], [0.4, 0.4, 0.4]]), /add up to 0\.9 at row 1, not to 1/);
  });

  it("one class present leaves ROC AUC and PR AUC undefined with the reason, never NaN", () => {
    const metrics = classificationMetrics(classificationData({ truth: ["no", "no", "no"], predicted: ["no", "yes", "no"], probabilities: [0.1, 0.7, 0.2], labels: ["no", "yes"] }));
    assert.equal(metrics.values.rocAuc, null);
    assert.equal(metrics.values.prAuc, null);
    assert.match(metrics.reasons?.rocAuc ?? "", /ROC AUC is undefined: only one class \('no'\) among the 3 labelled rows/);
    assert.equal(typeof metrics.values.logLoss, "number", "log loss is defined with the known classes");
    assert.ok(!Object.values(metrics.values).some((value) => typeof value === "number" && Number.isNaN(value)));
    throwsData(() => rocAucScore([1, 1, 1], [0.2, 0.4, 0.9]), /ROC AUC is undefined: only one class \(1\)/);
    assert.equal(JSON.parse(JSON.stringify(metrics)).values.rocAuc, null, "undefined survives JSON as null");
  });

  it("multiclass ROC AUC names the classes that never occur", () => {
    const metrics = classificationMetrics(classificationData({ truth: ["a", "b", "a"], predicted: ["a", "c", "b"], probabilities: [[0.5, 0.2, 0.4], [0.3, 0.5, 0.3], [0.2, 0.3, 0.3]] }));
    assert.match(metrics.reasons?.rocAuc ?? "", /class 'c' does not occur among the 3 labelled rows/);
  });

  it("missing labels in part of the windows: those windows say 'no labels', the others are scored", () => {
    const truth = Float64Array.from({ length: 300 }, (_, i) => (i >= 100 && i < 200 ? NaN : i % 2));
    const predicted = Float64Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const data = { task: "classification" as const, classification: classificationData({ truth, predicted }), rowCount: 300 };
    const windows = metricsOverWindows(data, { rows: 100 }, { minSamples: 10 }).windows;
    assert.deepEqual(windows.map((w) => [w.status, w.labelled]), [["ok", 100], ["no labels", 0], ["ok", 100]]);
    assert.equal(windows[1].metrics, undefined);
    const few = metricsOverWindows(data, { rows: 120 }, { minSamples: 60 }).windows;
    assert.deepEqual(few.map((w) => [w.status, w.labelled]), [["ok", 100], ["insufficient data", 40], ["ok", 60]]);
  });

  it("rows without a label or a prediction are left out and nothing scoreable throws", () => {
    assert.equal(accuracyScore([0, null, 1, 1], [0, 1, null, 1]), 1);
    throwsData(() => accuracyScore([null, null], [1, 0]), /no row with both a label and a prediction/);
    throwsData(() => precisionRecallF1([0, 1, 2], [0, 1, 1]), /average 'binary' needs two classes, but the data has 3/);
    throwsData(() => r2Score([1], [2]), /R² is undefined on a single row/);
  });

  it("unknown metrics and bad limits in degradation rules are usage errors naming them", () => {
    assert.throws(() => checkedRules({ acuracy: { absolute: 0.8 } }), (error: Error) => error instanceof UsageError && /unknown performance metric 'acuracy'. Valid metrics: accuracy,/.test(error.message));
    assert.throws(() => checkedRules({ f1: { relative: 5 } }), (error: Error) => error instanceof UsageError && /'f1': relative 5 is not valid; expected a share in \(0, 1\]/.test(error.message));
  });
});
