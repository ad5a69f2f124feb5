import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { accuracyScore } from "../../../kernel-helpers/performance/accuracyScore";
import { averagePrecisionScore } from "../../../kernel-helpers/performance/averagePrecisionScore";
import { classificationData } from "../../../kernel-helpers/performance/classificationData";
import { classificationMetrics } from "../../../kernel-helpers/performance/classificationMetrics";
import { confusionMatrix } from "../../../kernel-helpers/performance/confusionMatrix";
import type { Label } from "../../../kernel-helpers/performance/encodeLabels";
import { logLoss } from "../../../kernel-helpers/performance/logLoss";
import { meanAbsoluteError } from "../../../kernel-helpers/performance/meanAbsoluteError";
import { meanAbsolutePercentageError } from "../../../kernel-helpers/performance/meanAbsolutePercentageError";
import { metricsOverWindows } from "../../../kernel-helpers/performance/metricsOverWindows";
import { precisionRecallF1 } from "../../../kernel-helpers/performance/precisionRecallF1";
import { r2Score } from "../../../kernel-helpers/performance/r2Score";
import { regressionMetrics } from "../../../kernel-helpers/performance/regressionMetrics";
import { rocAucScore } from "../../../kernel-helpers/performance/rocAucScore";
import { rootMeanSquaredError } from "../../../kernel-helpers/performance/rootMeanSquaredError";
import { assertClose } from "../../helpers/closeTo";
import type { ClassificationCase } from "./performanceFixture";
import { TOLERANCE, assertMetrics, column, performanceFixture } from "./performanceFixture";

function dataOf(c: ClassificationCase) {
  const probabilities = c.proba === null ? undefined : c.positive !== null ? column(c.proba as (number | null)[]) : (c.proba as (number | null)[][]).map(column);
  return classificationData({
    truth: c.yTrue,
    predicted: c.yPred,
    ...(probabilities ? { probabilities } : {}),
    ...(c.positive !== null ? { positiveLabel: c.positive } : {}),
    labels: c.classes,
  });
}

/** The rows where both values are present, as sklearn sees them. */
function bothPresent<T, U>(a: readonly (T | null)[], b: readonly (U | null)[]): [T[], U[]] {
  const keep = a.map((v, i) => v !== null && b[i] !== null);
  return [a.filter((_, i) => keep[i]) as T[], b.filter((_, i) => keep[i]) as U[]];
}

describe("classification metrics match scikit-learn 1.2.1 to 1e-12", () => {
  const fixture = performanceFixture();

  it("reads a fixture written by scikit-learn 1.2.1 with binary, multiclass and windowed cases", () => {
    assert.equal(fixture.sklearn, "1.2.1");
    assert.ok(fixture.classification.some((c) => c.positive !== null) && fixture.classification.some((c) => c.positive === null));
    assert.ok(fixture.classification.some((c) => c.windows));
  });

  for (const c of fixture.classification) {
    it(`classificationMetrics on ${c.title}`, () => {
      const metrics = classificationMetrics(dataOf(c));
      assertMetrics(metrics, c.expected, c.title);
      assert.equal(Object.keys(metrics.values).length, Object.keys(c.expected).length, "the same metrics as the fixture");
    });

    it(`confusionMatrix on ${c.title}`, () => {
      const [truth, predicted] = bothPresent(c.yTrue, c.yPred);
      assert.deepEqual(confusionMatrix(truth, predicted, { labels: c.classes }), { labels: c.classes, matrix: c.confusionMatrix });
    });

    if (c.windows) {
      it(`metricsOverWindows of ${c.windowRows} rows on ${c.title}`, () => {
        const result = metricsOverWindows({ task: "classification", classification: dataOf(c), rowCount: c.yTrue.length }, { rows: c.windowRows as number });
        assert.equal(result.windows.length, c.windows?.length);
        result.windows.forEach((window, i) => {
          assert.equal(window.status, "ok");
          assertMetrics(window.metrics ?? { rows: 0, values: {} }, (c.windows ?? [])[i], `${c.title} window ${i}`);
        });
        assert.ok(result.windows.some((w) => w.metrics?.values.rocAuc === null) || c.positive === null, "a window with one class has ROC AUC undefined");
      });
    }
  }

  it("the sklearn-like functions give the same numbers as classificationMetrics", () => {
    for (const c of fixture.classification.filter((x) => x.proba !== null && x.expected.rocAuc !== null)) {
      const [truth, predicted] = bothPresent(c.yTrue, c.yPred);
      assertClose(accuracyScore(truth, predicted), c.expected.accuracy as number, TOLERANCE, TOLERANCE, `${c.title} accuracy`);
      if (c.positive !== null) {
        const binary = precisionRecallF1(truth, predicted, { positiveLabel: c.positive });
        assertClose(binary.f1, c.expected.f1 as number, TOLERANCE, TOLERANCE, `${c.title} f1`);
      } else {
        const macro = precisionRecallF1(truth, predicted, { average: "macro" });
        assertClose(macro.precision, c.expected.precisionMacro as number, TOLERANCE, TOLERANCE, `${c.title} precision macro`);
      }
      const [labelled, scores] = labelledScores(c);
      const options = { labels: c.classes, ...(c.positive !== null ? { positiveLabel: c.positive } : {}) };
      assertClose(rocAucScore(labelled, scores, options), c.expected.rocAuc as number, TOLERANCE, TOLERANCE, `${c.title} rocAucScore`);
      assertClose(averagePrecisionScore(labelled, scores, options), c.expected.prAuc as number, TOLERANCE, TOLERANCE, `${c.title} averagePrecisionScore`);
      assertClose(logLoss(labelled, scores, options), c.expected.logLoss as number, TOLERANCE, TOLERANCE, `${c.title} logLoss`);
    }
  });
});

/** Labels and scores of the rows with a label and every probability. */
function labelledScores(c: ClassificationCase): [Label[], Float64Array | Float64Array[]] {
  const columns = c.positive !== null ? [c.proba as (number | null)[]] : (c.proba as (number | null)[][]);
  const keep = c.yTrue.map((v, i) => v !== null && columns.every((col) => col[i] !== null));
  const labels = c.yTrue.filter((_, i) => keep[i]) as Label[];
  const kept = columns.map((col) => Float64Array.from(col.filter((_, i) => keep[i]) as number[]));
  return [labels, c.positive !== null ? kept[0] : kept];
}

describe("regression metrics match scikit-learn 1.2.1 to 1e-12", () => {
  const fixture = performanceFixture();
  for (const c of fixture.regression) {
    it(`regressionMetrics on ${c.title}`, () => {
      assertMetrics(regressionMetrics(column(c.yTrue), column(c.yPred)), c.expected, c.title);
    });
    if (c.windows) {
      it(`metricsOverWindows of ${c.windowRows} rows on ${c.title}`, () => {
        const result = metricsOverWindows({ task: "regression", truth: column(c.yTrue), predicted: column(c.yPred), rowCount: c.yTrue.length }, { rows: c.windowRows as number });
        result.windows.forEach((window, i) => assertMetrics(window.metrics ?? { rows: 0, values: {} }, (c.windows ?? [])[i], `${c.title} window ${i}`));
      });
    }
  }

  it("the sklearn-like functions give the same numbers", () => {
    const [c] = fixture.regression;
    const truth = column(c.yTrue);
    const predicted = column(c.yPred);
    assertClose(meanAbsoluteError(truth, predicted), c.expected.mae as number, TOLERANCE, TOLERANCE, "mae");
    assertClose(rootMeanSquaredError(truth, predicted), c.expected.rmse as number, TOLERANCE, TOLERANCE, "rmse");
    assertClose(meanAbsolutePercentageError(truth, predicted), c.expected.mape as number, TOLERANCE, TOLERANCE, "mape");
    assertClose(r2Score(truth, predicted), c.expected.r2 as number, TOLERANCE, TOLERANCE, "r2");
  });
});
