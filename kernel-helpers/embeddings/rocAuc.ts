/**
 * Area under the ROC curve of `scores` for binary `labels` (1 = positive): the Mann–Whitney U of
 * the positives' scores over n₊ · n₋, ties counted as one half (average ranks).
 * Agrees with `sklearn.metrics.roc_auc_score`. Cost: O(n log n).
 *
 * @returns NaN when one class is absent
 * @example rocAuc(Uint8Array.of(0, 0, 1, 1), Float64Array.of(0.1, 0.4, 0.35, 0.8)) // 0.75
 */
export function rocAuc(labels: Uint8Array, scores: Float64Array): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
