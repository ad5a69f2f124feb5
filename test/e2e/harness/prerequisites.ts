import { existsSync } from "node:fs";
import { join } from "node:path";

/** The code-server release the tests use: VS Code 1.100.3, the last one that runs on Node 20. */
export const CODE_SERVER_VERSION = "4.100.3";
export const REPO = join(__dirname, "..", "..", "..", "..");
const INSTALL = "bash test/e2e/install-code-server.sh (or .ci/run)";

export interface Prerequisites {
  readonly codeServer: string;
  readonly chromium: string;
}

/**
 * Where code-server and Chromium are: `DRIFTLENS_CODE_SERVER` and `DRIFTLENS_CHROMIUM`, else
 * .ci/cache/code-server-4.100.3 (made by test/e2e/install-code-server.sh) and Debian's
 * /usr/bin/chromium. Returns what is missing, with the command that installs it.
 */
export function findPrerequisites(): { found?: Prerequisites; missing: string[] } {
  const codeServer = process.env.DRIFTLENS_CODE_SERVER ?? join(REPO, ".ci", "cache", `code-server-${CODE_SERVER_VERSION}`, "node_modules", ".bin", "code-server");
  const chromium = process.env.DRIFTLENS_CHROMIUM ?? "/usr/bin/chromium";
  const missing: string[] = [];
  if (!existsSync(codeServer)) missing.push(`code-server ${CODE_SERVER_VERSION} (${codeServer}): run ${INSTALL}`);
  if (!existsSync(chromium)) missing.push(`chromium (${chromium}): run apt-get install -y chromium, or ${INSTALL}`);
  return missing.length === 0 ? { found: { codeServer, chromium }, missing } : { missing };
}
