import { rmdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * Undoes `makeFolder` after a failed write: removes `folder` and its parents up to `firstMade`
 * (the folder `makeFolder` returned), each only while it is empty, so nothing another writer
 * put there meanwhile is touched. Does nothing when `firstMade` is undefined (nothing was made).
 *
 * @example await removeMadeFolders(await makeFolder("out/a/b"), "out/a/b")
 */
export async function removeMadeFolders(firstMade: string | undefined, folder: string): Promise<void> {
  if (firstMade === undefined) return;
  const stop = resolve(firstMade);
  for (let current = resolve(folder); ; current = dirname(current)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
    if (current === stop || dirname(current) === current) return;
  }
}
