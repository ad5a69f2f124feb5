import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Mocha from "mocha";
import type { SuiteResult } from "../harness/suiteResult";


/**
 * The extension-host entry (the `extensionTestsPath` of @vscode/test-electron and of the
 * code-server runner): runs `*.suite.js` beside it — `restricted.suite.js` alone when
 * DRIFTLENS_E2E_SUITE=restricted, the others otherwise — and writes every test's outcome to
 * DRIFTLENS_E2E_RESULT as JSON. DRIFTLENS_E2E_SUITES=lag,notebook runs only the suites named (for
 * working on one of them; the full run ignores it).
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 120_000, reporter: "spec" });
  const restricted = process.env.DRIFTLENS_E2E_SUITE === "restricted";
  const only = process.env.DRIFTLENS_E2E_SUITES?.split(",").map((name) => `${name.trim()}.suite.js`);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith(".suite.js")).sort()) {
    if (only && !only.includes(file)) continue;
    if ((file === "restricted.suite.js") === restricted) mocha.addFile(join(__dirname, file));
  }
  const results: SuiteResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const resultFile = process.env.DRIFTLENS_E2E_RESULT;
      if (resultFile) writeFileSync(resultFile, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
    runner.on("pass", (test) => results.push({ title: test.fullTitle(), state: "passed", durationMs: test.duration }));
    runner.on("fail", (test, error: Error) => results.push({ title: test.fullTitle(), state: "failed", error: error.stack ?? error.message }));
    runner.on("pending", (test) => results.push({ title: test.fullTitle(), state: "pending" }));
  });
}
