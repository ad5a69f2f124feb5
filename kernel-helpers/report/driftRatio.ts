/**
 * How far a score is from its threshold, on one scale for every method: 1 at the threshold,
 * above 1 on the drift side. For a distance `score / threshold`; for a p-value
 * `ln(score) / ln(threshold)` (so p = threshold gives 1, p = 1 gives 0, p = threshold² gives 2).
 * A p-value of 0 gives Infinity; a missing score (NaN, or `null` from JSON) gives NaN.
 * It colours the drift heatmap and scales score trends of mixed methods.
 * Cost: O(1).
 *
 * @example driftRatio(0.2, 0.1, "distance") // 2
 * @example driftRatio(0.0025, 0.05, "pvalue") // 2
 */
export function driftRatio(score: number | null | undefined, threshold: number, kind: "pvalue" | "distance"): number {
  if (typeof score !== "number" || Number.isNaN(score) || !(threshold > 0)) return NaN;
  if (kind === "distance") return score / threshold;
  if (threshold >= 1) return score < threshold ? Infinity : 0;
  if (score >= 1) return 0;
  return Math.log(score) / Math.log(threshold);
}
