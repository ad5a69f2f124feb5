// Runs every compiled test file with node's test runner and ends with "N passed, N failed".
// Two runs: every file but the real-VS-Code suite two at a time, then that suite alone — it
// measures the extension host's pauses, which a CPU-heavy test file beside it would cause.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (entry.endsWith(".test.js")) found.push(path);
  }
  return found;
}

const filter = process.argv.slice(2);
const files = findTests("dist/test").filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)));
const alone = files.filter((file) => file.includes(join("test", "e2e", "vscode.e2e")));
const together = files.filter((file) => !alone.includes(file));

const scratch = mkdtempSync(join(tmpdir(), "driftlens-tests-"));
const summary = join(scratch, "summary.jsonl");
let status = 0;
for (const [batch, concurrency] of [[together, 2], [alone, 1]]) {
  if (batch.length === 0) continue;
  const result = spawnSync(
    process.execPath,
    [
      "--test",
      `--test-concurrency=${concurrency}`,
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=./scripts/summary-reporter.mjs",
      "--test-reporter-destination=stdout",
      ...batch,
    ],
    { stdio: "inherit", env: { ...process.env, DRIFTLENS_SUMMARY_OUT: summary } },
  );
  if ((result.status ?? 1) !== 0) status = result.status ?? 1;
}
let passed = 0;
let failed = 0;
try {
  for (const line of readFileSync(summary, "utf8").split("\n").filter(Boolean)) {
    const counts = JSON.parse(line);
    passed += counts.passed;
    failed += counts.failed;
  }
} catch {
  // No run reported (no test file matched): nothing passed.
}
rmSync(scratch, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = status;
