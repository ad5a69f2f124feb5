/** Multiple-testing corrections for the p-values of one report. Off by default, as in Evidently. */
export type Correction = "none" | "bonferroni" | "fdr";

export const CORRECTIONS: readonly Correction[] = ["none", "bonferroni", "fdr"];

/**
 * Adjusts p-values for multiple testing and returns the adjusted values in the input order.
 *
 * - `bonferroni`: p · m, capped at 1 (Dunn, 1961).
 * - `fdr`: Benjamini–Hochberg step-up adjusted p-values, min over j ≥ i of p₍ⱼ₎ · m / j, capped at
 *   1 (Benjamini & Hochberg, 1995); equal to statsmodels' `multipletests(method="fdr_bh")`.
 *
 * Comparing an adjusted p-value with the usual threshold is the corrected test.
 * Cost: O(m log m).
 *
 * @example adjustPValues([0.01, 0.04, 0.03], "fdr") // [0.03, 0.04, 0.04]
 */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length;
  if (correction === "none" || m === 0) return [...pValues];
  if (correction === "bonferroni") return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}
