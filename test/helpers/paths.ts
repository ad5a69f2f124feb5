import { resolve } from "node:path";

/** The repository root (tests run from dist/test/...). */
export const REPO_ROOT = resolve(__dirname, "../../..");

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return resolve(REPO_ROOT, ...parts);
}
