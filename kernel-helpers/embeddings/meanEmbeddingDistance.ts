import { columnMeans } from "./columnMeans";

/** Distances between mean embeddings, as Evidently's `distance` method offers. */
export type MeanDistanceMetric = "euclidean" | "cosine";

/**
 * Distance between the mean reference embedding and the mean current embedding: Euclidean, or
 * cosine distance `1 − cos(x̄, ȳ)` (0 when either mean is the zero vector).
 * Agrees with `scipy.spatial.distance.euclidean` / `cosine` on the column means, as Evidently's
 * `DistanceDriftMethod` computes them. `xWeights`/`yWeights` (default 1 each) count a row that
 * many times, as when it stands for that many repeated rows. Cost: O((n + m) · dimension).
 *
 * @example meanEmbeddingDistance(Float64Array.of(0, 0, 2, 0), Float64Array.of(0, 3, 0, 5), 2, "euclidean") // √17 ≈ 4.123
 */
export function meanEmbeddingDistance(x: Float64Array, y: Float64Array, dimension: number, metric: MeanDistanceMetric, xWeights?: Float64Array, yWeights?: Float64Array): number {
  const a = columnMeans(x, dimension, xWeights);
  const b = columnMeans(y, dimension, yWeights);
  if (metric === "euclidean") {
    let sum = 0;
    for (let j = 0; j < dimension; j++) sum += (a[j] - b[j]) ** 2;
    return Math.sqrt(sum);
  }
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let j = 0; j < dimension; j++) {
    dot += a[j] * b[j];
    na += a[j] * a[j];
    nb += b[j] * b[j];
  }
  if (na === 0 || nb === 0) return 0;
  return Math.max(0, 1 - dot / Math.sqrt(na * nb));
}
