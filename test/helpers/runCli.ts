import { spawnSync } from "node:child_process";
import { repoPath } from "./paths";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `driftlens` binary in a child process. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const child = spawnSync(process.execPath, [repoPath("bin/driftlens.js"), ...args], {
    encoding: "utf8",
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}
