// A node:test reporter that prints one closing line: "N passed, N failed". With
// DRIFTLENS_SUMMARY_OUT=FILE it appends the counts to FILE as a JSON line instead (run-tests.mjs
// runs the suites in more than one node --test and prints the line for all of them).
import { appendFileSync } from "node:fs";

export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type === "test:pass" && event.data.details?.type !== "suite") passed++;
    if (event.type === "test:fail" && event.data.details?.type !== "suite") failed++;
  }
  const out = process.env.DRIFTLENS_SUMMARY_OUT;
  if (out) appendFileSync(out, `${JSON.stringify({ passed, failed })}\n`);
  else yield `\n${passed} passed, ${failed} failed\n`;
}
