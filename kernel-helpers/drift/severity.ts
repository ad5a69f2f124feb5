import type { Severity } from "./driftReport";
import { DEFAULT_SEVERITY_BANDS } from "./severityBands";
import type { SeverityBands } from "./severityBands";

/**
 * Severity of one column's drift, from its score and threshold, under `bands` (see
 * `SeverityBands`; the defaults below).
 *
 * - `psi` uses the industry bands: score < 0.1 none, 0.1–0.2 medium ("monitor"), > 0.2 high
 *   ("investigate") — a drifted PSI column is at least "low" even with a custom threshold below 0.1.
 * - p-value tests: not drifted → none; p ≥ threshold / 10 → low; p ≥ threshold / 100 → medium;
 *   smaller → high.
 * - other distances: not drifted → none; score < 1.5 × threshold → low; < 2 × threshold →
 *   medium; otherwise high.
 *
 * Cost: O(1).
 *
 * @example severityOf("wasserstein", "distance", 0.25, 0.1, true) // "high"
 * @example severityOf("psi", "distance", 0.2, 0.1, true, { ...DEFAULT_SEVERITY_BANDS, psi: { medium: 0.15, high: 0.3 } }) // "medium"
 */
export function severityOf(
  method: string,
  kind: "pvalue" | "distance",
  score: number,
  threshold: number,
  drifted: boolean,
  bands: SeverityBands = DEFAULT_SEVERITY_BANDS,
): Severity {
  if (method === "psi") {
    if (score > bands.psi.high) return "high";
    if (score >= bands.psi.medium) return "medium";
    return drifted ? "low" : "none";
  }
  if (!drifted) return "none";
  if (kind === "pvalue") {
    if (score >= threshold * bands.pValue.low) return "low";
    if (score >= threshold * bands.pValue.medium) return "medium";
    return "high";
  }
  if (score < bands.distance.medium * threshold) return "low";
  if (score < bands.distance.high * threshold) return "medium";
  return "high";
}
