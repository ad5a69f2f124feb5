/** One extension-host (Mocha) test's outcome, as the suite writes it for the node:test runner. */
export interface SuiteResult {
  readonly title: string;
  readonly state: "passed" | "failed" | "pending";
  readonly error?: string;
  readonly durationMs?: number;
}
