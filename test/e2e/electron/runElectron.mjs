// The extension-host suite on desktop VS Code (Electron) through @vscode/test-electron, for machines
// that can download VS Code (this project's CI cannot: it runs the same suite in code-server, see
// test/e2e/vscode.e2e.test.ts). Usage: npm run test:vscode-electron  [VSCODE_VERSION=1.100.3]
// Runs the trusted suite, then the Restricted Mode suite in a second window with workspace trust on.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runTests } from "@vscode/test-electron";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const require = createRequire(import.meta.url);
const { makeWorkspace } = require(join(repo, "dist", "test", "e2e", "harness", "workspaceFixture.js"));
const version = process.env.VSCODE_VERSION ?? "1.100.3";
const home = mkdtempSync(join(tmpdir(), "driftlens-electron-"));
const extensionTestsPath = join(repo, "dist", "test", "e2e", "exthost", "index.js");

try {
  for (const suite of ["trusted", "restricted"]) {
    const workspace = makeWorkspace(join(home, `ws-${suite}`));
    await runTests({
      version,
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      launchArgs: [workspace, "--disable-extensions", `--user-data-dir=${join(home, `data-${suite}`)}`, ...(suite === "trusted" ? ["--disable-workspace-trust"] : [])],
      extensionTestsEnv: { DRIFTLENS_E2E_SUITE: suite, DRIFTLENS_E2E_RESULT: join(home, `${suite}-results.json`) },
    });
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
