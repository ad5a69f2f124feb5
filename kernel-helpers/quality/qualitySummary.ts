import type { DataQuality } from "./dataQuality";

/**
 * The data-quality part of a check for a person at a terminal: the counts, then each failed or
 * untested test on its own line.
 *
 * @example qualitySummary(report.quality).split("\n")[0] // "Data quality: 14 passed, 1 failed"
 */
export function qualitySummary(quality: DataQuality): string {
  const lines = [`Data quality: ${quality.passed} passed, ${quality.failed} failed${quality.notTested > 0 ? `, ${quality.notTested} not tested` : ""}`];
  for (const test of quality.tests) {
    if (test.status === "pass") continue;
    lines.push(`  ${test.status === "fail" ? `FAIL (${test.severity})` : "not tested"}  ${test.test}${test.column !== undefined ? ` [${test.column}]` : ""}: ${test.description}`);
  }
  return lines.join("\n");
}
