import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { formatOfPath } from "../data/fileFormat";

/**
 * The partitions of a log folder: every folder below `dir` (or `dir` itself, as ".") that holds
 * at least one data file, relative to `dir`. Hidden and `_`-prefixed entries (`_labels`,
 * `_staging`, `_SUCCESS`) are skipped, as the readers skip them. A missing folder has none.
 * Cost: one `readdir` per folder.
 *
 * @example await listPartitions("logs/credit") // Set { "year=2026/month=11/day=23/hour=8", … }
 */
export async function listPartitions(dir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
      if (entry.isDirectory()) await visit(join(folder, entry.name));
      else if (formatOfPath(entry.name) !== undefined) found.add(relative(dir, folder) || ".");
    }
  };
  await visit(dir);
  return found;
}
