import { pairwiseSum } from "../stats/pairwiseSum";

const EPS = 2.220446049250313e-16;

/**
 * Mean log loss (cross-entropy, natural log) of labelled rows, as scikit-learn 1.2.1's
 * `log_loss(eps="auto")`: probabilities clipped to [ε, 1 − ε] (ε = float64 machine epsilon),
 * each row renormalised to sum 1. `probabilities` is one column per class (in `truth`'s code
 * order), or one column holding the probability of class code 1 of two. Rows without a label
 * or with a missing probability are left out. `NaN` when no row is left.
 * Cost: O(rows · classes).
 *
 * @example logLossOf(Int32Array.of(1, 0), [Float64Array.of(0.9, 0.2)]) // 0.164252033486018
 */
export function logLossOf(truth: Int32Array, probabilities: readonly Float64Array[], rows?: Int32Array): number {
  const m = rows ? rows.length : truth.length;
  const losses = new Float64Array(m);
  let count = 0;
  const k = probabilities.length;
  const row = new Float64Array(Math.max(k, 2));
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j] : j;
    const t = truth[i];
    if (t < 0) continue;
    let sum = 0;
    if (k === 1) {
      const q = clip(probabilities[0][i]);
      row[0] = 1 - q;
      row[1] = q;
      sum = row[0] + row[1];
    } else {
      for (let c = 0; c < k; c++) {
        row[c] = clip(probabilities[c][i]);
        sum += row[c];
      }
    }
    if (Number.isNaN(sum)) continue;
    losses[count++] = -Math.log(row[t] / sum);
  }
  return count === 0 ? NaN : pairwiseSum(losses.subarray(0, count)) / count;
}

function clip(p: number): number {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}
