import { formatScore } from "../formatScore";

/**
 * A score or threshold as a person reads it: 4 significant digits (see `formatScore`), "NaN"
 * for a missing score (NaN in memory, `null` in a report read back from JSON), "Infinity" and
 * "-Infinity" as such.
 *
 * @example scoreText(0.000012) // "1.20e-5"
 * @example scoreText(null) // "NaN"
 */
export function scoreText(score: number | null | undefined): string {
  if (typeof score !== "number" || Number.isNaN(score)) return "NaN";
  return formatScore(score);
}
