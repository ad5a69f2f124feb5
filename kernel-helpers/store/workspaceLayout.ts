import { join } from "node:path";

/** The workspace folder of driftlens, at the root of a project. */
export const WORKSPACE_DIR = ".driftlens";

/**
 * Where baselines and reports live in a workspace: `<root>/baselines/<name>/<version>/` and
 * `<root>/reports/<name>/<stamp>.json` with `latest.json` beside them.
 *
 * @example workspaceLayout().baselines // ".driftlens/baselines"
 */
export function workspaceLayout(root: string = WORKSPACE_DIR): { readonly baselines: string; readonly reports: string } {
  return { baselines: join(root, "baselines"), reports: join(root, "reports") };
}
