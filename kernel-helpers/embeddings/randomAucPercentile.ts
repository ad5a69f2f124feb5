import type { Random } from "../stats/random";
import { createRandom } from "../stats/random";

/**
 * The `quantile` (default 0.95) of the ROC AUCs that uniformly random scores reach on `labels`
 * over `draws` seeded draws (numpy's linear-interpolation percentile) — Evidently's bootstrap
 * threshold for the domain classifier on small references: an AUC above it is unlikely by chance.
 * Each draw gives row i the score `random.next()` in row order and takes `rocAuc` of them
 * (computed here by bucketing the scores' 32 bits, the same exact Mann–Whitney U).
 * Cost: O(draws · (n + 65,536)).
 *
 * @example randomAucPercentile(Uint8Array.from({ length: 200 }, (_, i) => i % 2), 1) // 0.56793
 */
export function randomAucPercentile(labels: Uint8Array, seed: number, draws = 100, quantile = 0.95): number {
  const random = createRandom(seed);
  const aucs = Array.from({ length: draws }, () => randomScoreAuc(labels, random)).sort((a, b) => a - b);
  const position = quantile * (draws - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, draws - 1);
  return aucs[low] + (position - low) * (aucs[high] - aucs[low]);
}

/**
 * `rocAuc(labels, scores)` for scores `random.next()` drawn row by row. Those scores are k / 2³²
 * for a 32-bit k, so the pairs (positive above negative, ties one half) are counted exactly by the
 * top 16 bits of k, then by the low 16 bits inside a bucket: the same U, the same U / (n₊ · n₋).
 */
function randomScoreAuc(labels: Uint8Array, random: Random): number {
  const n = labels.length;
  const keys = new Uint32Array(n);
  const counts = new Int32Array(65536);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const key = random.next() * 4294967296;
    keys[i] = key;
    counts[key >>> 16]++;
    if (labels[i] === 1) positives++;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  // Counting sort by the top 16 bits: bucket b holds rows starts[b] .. starts[b + 1].
  const starts = new Int32Array(65537);
  for (let b = 0; b < 65536; b++) starts[b + 1] = starts[b] + counts[b];
  const at = starts.slice(0, 65536);
  const low = new Uint16Array(n);
  const positive = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const slot = at[keys[i] >>> 16]++;
    low[slot] = keys[i] & 0xffff;
    positive[slot] = labels[i] === 1 ? 1 : 0;
  }
  // Twice U, in integers: 2 per positive above a negative, 1 per tie.
  let twiceU = 0;
  let negativesBelow = 0;
  for (let b = 0; b < 65536; b++) {
    const start = starts[b];
    const end = starts[b + 1];
    if (start === end) continue;
    let bucketNegatives = 0;
    for (let s = start; s < end; s++) if (positive[s] === 0) bucketNegatives++;
    const bucketPositives = end - start - bucketNegatives;
    twiceU += 2 * bucketPositives * negativesBelow;
    if (bucketPositives > 0 && bucketNegatives > 0) {
      for (let s = start; s < end; s++) {
        if (positive[s] === 0) continue;
        for (let t = start; t < end; t++) if (positive[t] === 0) twiceU += low[s] > low[t] ? 2 : low[s] === low[t] ? 1 : 0;
      }
    }
    negativesBelow += bucketNegatives;
  }
  return twiceU / 2 / (positives * negatives);
}
