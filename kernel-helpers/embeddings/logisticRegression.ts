import { createRandom } from "../stats/random";
import type { FeatureRows } from "./featureRows";

/** A fitted linear classifier: P(y = 1 | x) = 1 / (1 + exp(−(w·x + b))). */
export interface LogisticModel {
  readonly weights: Float64Array;
  readonly bias: number;
}

/**
 * L2-regularised logistic regression on the rows `train` of `features`, by Nesterov-accelerated
 * full-batch gradient descent (deterministic; step 1/L with L bounded by power iteration).
 * Minimises mean log-loss + (λ/2)‖w‖² with λ = 1/n (sklearn's `LogisticRegression(C=1)` scaled
 * by n); the bias is not penalised. A fixed budget of iterations: the drift tests need the
 * ranking of the scores, not a converged optimum.
 *
 * Reference: Nesterov, "A method for solving a convex programming problem with convergence rate
 * O(1/k²)" (1983); Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, §4.4.
 * Cost: O(iterations · nnz(train rows)).
 *
 * @param labels 0 or 1 per row of `features`
 * @param weights how many times each row counts (default once), as when a row stands for that many repeated rows
 * @example fitLogisticRegression(denseRows(Float64Array.of(-1, 1), 1), Uint8Array.of(0, 1), Int32Array.of(0, 1)).weights[0] > 0 // true
 */
export function fitLogisticRegression(features: FeatureRows, labels: Uint8Array, train: Int32Array, iterations = 300, weights?: Float64Array): LogisticModel {
  let n = train.length;
  if (weights !== undefined) {
    n = 0;
    for (const row of train) n += weights[row];
  }
  const weightOf = (row: number): number => (weights === undefined ? 1 : weights[row]);
  const d = features.columns;
  const lambda = 1 / n;
  const lipschitz = 0.25 * (largestGramEigenvalue(features, train, weightOf) / n + 1) + lambda;
  const step = 1 / lipschitz;
  let w = new Float64Array(d);
  let b = 0;
  let previousW = new Float64Array(d);
  let previousB = 0;
  const gradient = new Float64Array(d);
  for (let t = 1; t <= iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    const lookW = new Float64Array(d);
    for (let j = 0; j < d; j++) lookW[j] = w[j] + momentum * (w[j] - previousW[j]);
    const lookB = b + momentum * (b - previousB);
    gradient.fill(0);
    let gradientB = 0;
    for (const row of train) {
      const residual = weightOf(row) * (sigmoid(features.dot(row, lookW) + lookB) - labels[row]);
      features.addScaled(row, residual / n, gradient);
      gradientB += residual / n;
    }
    previousW = w;
    previousB = b;
    w = new Float64Array(d);
    for (let j = 0; j < d; j++) w[j] = lookW[j] - step * (gradient[j] + lambda * lookW[j]);
    b = lookB - step * gradientB;
  }
  return { weights: w, bias: b };
}

/** P(y = 1) of one row. */
export function predictLogistic(model: LogisticModel, features: FeatureRows, row: number): number {
  return sigmoid(features.dot(row, model.weights) + model.bias);
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** An upper estimate of λmax(XᵀWX) over the training rows: 30 power iterations, ×1.1 for safety. */
function largestGramEigenvalue(features: FeatureRows, train: Int32Array, weightOf: (row: number) => number): number {
  const random = createRandom(1);
  let v = Float64Array.from({ length: features.columns }, () => random.normal());
  let estimate = 0;
  for (let iteration = 0; iteration < 30; iteration++) {
    const next = new Float64Array(features.columns);
    for (const row of train) features.addScaled(row, weightOf(row) * features.dot(row, v), next);
    let norm = 0;
    for (const value of next) norm += value * value;
    norm = Math.sqrt(norm);
    if (norm === 0) return 0;
    let vNorm = 0;
    for (const value of v) vNorm += value * value;
    estimate = norm / Math.sqrt(vNorm);
    v = next.map((value) => value / norm);
  }
  return estimate * 1.1;
}
