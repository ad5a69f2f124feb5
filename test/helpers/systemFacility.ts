import { spawnSync } from "node:child_process";

/**
 * Options for `it`/`describe` when a test needs something of the machine (root, a PID namespace,
 * a tmpfs mount, another user): skipped with the reason where it is missing — but never under
 * CI=true, where the test runs and fails, so CI cannot pass by skipping.
 */
export function needs(facility: string, available: boolean): { skip?: string } {
  if (available || process.env.CI === "true") return {};
  return { skip: `needs ${facility}` };
}

/** True when the command runs and exits 0 (a probe for a facility). */
export function commandWorks(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore", timeout: 20_000 });
  return result.status === 0;
}

/** True when this process runs as root (mounts, namespaces, other users). */
export const IS_ROOT = process.getuid?.() === 0;
