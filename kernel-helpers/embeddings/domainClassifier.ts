import { createRandom } from "../stats/random";
import type { FeatureRows } from "./featureRows";
import type { LogisticModel } from "./logisticRegression";
import { fitLogisticRegression, predictLogistic } from "./logisticRegression";
import { rocAuc } from "../performance/rocAuc";

/** What `domainClassifier` returns. */
export interface DomainClassifierResult {
  /** ROC AUC of the classifier on the held-out half (0.5: cannot tell the sides apart). */
  readonly auc: number;
  readonly model: LogisticModel;
  /** Held-out rows and their labels (1 = current). */
  readonly testLabels: Uint8Array;
}

/**
 * The domain-classifier drift test: label reference rows 0 and current rows 1, split each side in
 * half at random (seeded, stratified), fit a logistic regression on one half and measure its ROC
 * AUC on the other. An AUC well above 0.5 means the two samples can be told apart.
 * As Evidently's `model` embedding method and its text domain classifier (which use sklearn's
 * `SGDClassifier` and an unstratified 50/50 `train_test_split`); Lipton, Wang & Smola (2018) and
 * Rabanser et al. (2019) describe the test.
 * With `rowOf`, `features` holds distinct rows and row i of the data is feature row `rowOf[i]`:
 * the split is drawn over the data's rows as without it, and each distinct row is fitted with the
 * weight of its training rows and scored once — the result of the expanded rows, to rounding.
 * Cost: that of `fitLogisticRegression` on half the rows (on the distinct ones among them with `rowOf`).
 *
 * @param features the rows: reference first (`referenceRows` of them), then current
 * @param options.rowOf the feature row of each data row, when distinct rows are held once
 * @param options.iterations gradient steps of the logistic regression (default 300)
 * @example domainClassifier(denseRows(values, 8), 100, 7).auc // ≈ 0.5 when both sides are alike
 */
export function domainClassifier(features: FeatureRows, referenceRows: number, seed: number, options: { rowOf?: Int32Array; iterations?: number } = {}): DomainClassifierResult {
  const { rowOf, iterations } = options;
  const rows = rowOf?.length ?? features.rows;
  const labels = new Uint8Array(rows);
  labels.fill(1, referenceRows);
  const random = createRandom(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const [start, end] of [[0, referenceRows], [referenceRows, rows]]) {
    const rows = Array.from({ length: end - start }, (_, i) => start + i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    const half = Math.floor(rows.length / 2);
    train.push(...rows.slice(0, half));
    test.push(...rows.slice(half));
  }
  const testLabels = Uint8Array.from(test, (row) => labels[row]);
  if (rowOf === undefined) {
    const model = fitLogisticRegression(features, labels, Int32Array.from(train), iterations);
    const scores = Float64Array.from(test, (row) => predictLogistic(model, features, row));
    return { auc: rocAuc(testLabels, scores), model, testLabels };
  }
  const weights = new Float64Array(features.rows);
  const featureLabels = new Uint8Array(features.rows);
  for (const row of train) {
    weights[rowOf[row]]++;
    featureLabels[rowOf[row]] = labels[row];
  }
  const trainRows = Int32Array.from(weights.keys()).filter((at) => weights[at] > 0);
  const model = fitLogisticRegression(features, featureLabels, trainRows, iterations, weights);
  const scored = new Float64Array(features.rows).fill(Number.NaN);
  const score = (at: number): number => (Number.isNaN(scored[at]) ? (scored[at] = predictLogistic(model, features, at)) : scored[at]);
  const scores = Float64Array.from(test, (row) => score(rowOf[row]));
  return { auc: rocAuc(testLabels, scores), model, testLabels };
}
