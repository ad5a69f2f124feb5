import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { SuiteResult } from "./suiteResult";

/**
 * Runs the Mocha suite inside code-server's extension host — what @vscode/test-electron does
 * with --extensionDevelopmentPath/--extensionTestsPath — by passing both in the workbench URL's
 * `payload` and waiting for the workbench to call `codeAutomationExit`. Returns each test's outcome
 * (the suite writes them to the file in the server's DRIFTLENS_E2E_RESULT).
 */
export async function runExtensionHostSuite(options: {
  readonly url: string;
  readonly chromium: string;
  readonly workspace: string;
  readonly extensionPath: string;
  /** More extensions loaded beside it in the same extension host (the lag probe). */
  readonly extraExtensionPaths?: readonly string[];
  readonly testsPath: string;
  readonly resultFile: string;
  readonly timeoutMs: number;
}): Promise<{ exitCode: number | "timeout"; results: SuiteResult[]; log: string[] }> {
  const base = new URL(options.url);
  const remote = (path: string) => `vscode-remote://${base.host}${path}`;
  const payload = JSON.stringify([
    ["extensionDevelopmentPath", remote(options.extensionPath)],
    ...(options.extraExtensionPaths ?? []).map((path) => ["extensionDevelopmentPath", remote(path)]),
    ["extensionTestsPath", remote(options.testsPath)],
    ["skipWelcome", "true"],
  ]);
  const profile = mkdtempSync(join(tmpdir(), "driftlens-exthost-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const log: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    await page.exposeFunction("codeAutomationLog", (type: string, args: unknown[]) => log.push(`[${type}] ${(args ?? []).map(String).join(" ")}`));
    await page.exposeFunction("codeAutomationExit", (code: number) => exit(code));
    await page.goto(`${base.origin}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer: NodeJS.Timeout | undefined;
    const exitCode = await Promise.race([exited, new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), options.timeoutMs)))]);
    clearTimeout(timer);
    const results = existsSync(options.resultFile) ? (JSON.parse(readFileSync(options.resultFile, "utf8")) as SuiteResult[]) : [];
    return { exitCode, results, log };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
