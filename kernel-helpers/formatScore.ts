/**
 * A score in 4 significant digits, or scientific notation for very small p-values: how every
 * summary, alert and report writes a test's score.
 *
 * @example formatScore(0.41234) // "0.4123"
 * @example formatScore(0.0000123) // "1.23e-5"
 */
export function formatScore(score: number): string {
  if (score === 0) return "0";
  if (Math.abs(score) < 1e-4) return score.toExponential(2);
  return Number(score.toPrecision(4)).toString();
}
