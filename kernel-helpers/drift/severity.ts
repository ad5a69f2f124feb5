import type { Severity } from "./driftReport";

/**
 * Severity of one column's drift, from its score and threshold.
 *
 * - `psi` uses the industry bands: score < 0.1 none, 0.1–0.2 medium ("monitor"), > 0.2 high
 *   ("investigate") — a drifted PSI column is at least "low" even with a custom threshold below 0.1.
 * - p-value tests: not drifted → none; p ≥ threshold / 10 → low; p ≥ threshold / 100 → medium;
 *   smaller → high.
 * - other distances: not drifted → none; score < 1.5 × threshold → low; < 2 × threshold →
 *   medium; otherwise high.
 *
 * @example severityOf("wasserstein", "distance", 0.25, 0.1, true) // "high"
 */
export function severityOf(method: string, kind: "pvalue" | "distance", score: number, threshold: number, drifted: boolean): Severity {
  if (method === "psi") {
    if (score > 0.2) return "high";
    if (score >= 0.1) return "medium";
    return drifted ? "low" : "none";
  }
  if (!drifted) return "none";
  if (kind === "pvalue") {
    if (score >= threshold / 10) return "low";
    if (score >= threshold / 100) return "medium";
    return "high";
  }
  if (score < 1.5 * threshold) return "low";
  if (score < 2 * threshold) return "medium";
  return "high";
}
