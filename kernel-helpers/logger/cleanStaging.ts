import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { STAGING_FOLDER } from "./inferenceRecord";
import { processAlive } from "../fs/processAlive";

const STAGED = /^\.(\d+)-[0-9a-f]+\./;

/**
 * Removes what killed writers left in `<dir>/_staging`: the hidden batch files of processes that
 * no longer run. Files of live processes (their writes in progress) are left alone. Returns the
 * files removed. A missing folder removes nothing.
 *
 * @example await cleanStaging("logs/credit") // [".../_staging/.4242-a1b2c3d4e5f6.parquet.tmp"]
 */
export async function cleanStaging(dir: string): Promise<string[]> {
  const staging = join(dir, STAGING_FOLDER);
  const removed: string[] = [];
  for (const entry of await readdir(staging).catch(() => [] as string[])) {
    const match = STAGED.exec(entry);
    if (!match || processAlive(Number(match[1]))) continue;
    await rm(join(staging, entry), { force: true });
    removed.push(join(staging, entry));
  }
  return removed;
}

