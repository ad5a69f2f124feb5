/**
 * The confusion counts of labelled, predicted rows: `counts[t * k + p]` rows with label code `t`
 * predicted as `p` (scikit-learn's `confusion_matrix` layout: rows true, columns predicted).
 * Rows with a missing label or prediction (code -1) are left out.
 * Cost: O(rows).
 *
 * @param rows the rows to count (default all)
 * @example confusionCounts(Int32Array.of(0, 1, 1), Int32Array.of(0, 0, 1), 2).counts // [1, 0, 1, 1]
 */
export function confusionCounts(truth: Int32Array, predicted: Int32Array, k: number, rows?: Int32Array): { counts: Float64Array; rows: number; missingPredictions: number } {
  const counts = new Float64Array(k * k);
  const m = rows ? rows.length : truth.length;
  let scored = 0;
  let missingPredictions = 0;
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j] : j;
    const t = truth[i];
    if (t < 0) continue;
    const p = predicted[i];
    if (p < 0) {
      missingPredictions++;
      continue;
    }
    counts[t * k + p]++;
    scored++;
  }
  return { counts, rows: scored, missingPredictions };
}
