import { rm } from "node:fs/promises";
import { join } from "node:path";
import { stagedEntries } from "../fs/stagedEntries";
import { STAGING_FOLDER } from "./inferenceRecord";

/**
 * Removes what killed writers left in `<dir>/_staging`: the hidden batch files whose writer has
 * stopped (see `writerGone`: exact for writers of this machine's boot and PID namespace, by age
 * for the others). Files of running writers (their writes in progress) are left alone. Returns
 * the files removed. A missing folder removes nothing.
 *
 * @example await cleanStaging("logs/credit") // [".../_staging/.batch.4242-7510733-3f9a0c21.a1b2c3d4.parquet.tmp"]
 */
export async function cleanStaging(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await stagedEntries(join(dir, STAGING_FOLDER))) {
    if (!(await entry.gone())) continue;
    await rm(entry.path, { force: true });
    removed.push(entry.path);
  }
  return removed;
}
