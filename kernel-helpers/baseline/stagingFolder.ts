import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pausePoint } from "../fs/pausePoint";
import { stagedEntries, stagedName } from "../fs/stagedEntries";

/**
 * Folders written beside their final place and renamed into it, so that a reader sees either the
 * previous folder or the complete new one, never a half-written one.
 *
 * Staging folders are hidden (`.<name>.<writer>.<random>.partial`); a folder moved aside while
 * being replaced is `.<name>.<writer>.<random>.replaced` (`<writer>`: see `writerToken`). A process
 * killed mid-way leaves only those. `restoreReplaced` puts a moved-aside folder back whenever its
 * place is empty, whoever moved it (no process id is trusted for that); `recoverInterrupted` also
 * removes staging folders whose writer has stopped and moved-aside folders whose replacement
 * arrived.
 */

/** How often a replace retries when a reader put the moved-aside folder back in between. */
const REPLACE_ATTEMPTS = 5;

/** Creates an empty hidden staging folder in `parent` for the entry `name`. */
export async function createStagingFolder(parent: string, name: string): Promise<string> {
  const path = join(parent, stagedName(name, "partial"));
  await mkdir(path);
  pausePoint("staged");
  return path;
}

/**
 * Renames the complete staging folder to `parent/name` and returns true. Without `replace`, an
 * existing `name` is left alone and false is returned. With `replace`, the old folder is moved
 * aside, the new one renamed in and the old one deleted; when another process published `name`
 * in between, false is returned and theirs is kept. A refusal removes the staging folder.
 * The parent folder is synced so the rename survives a power cut.
 */
export async function publishStagingFolder(staging: string, parent: string, name: string, replace: boolean): Promise<boolean> {
  const target = join(parent, name);
  for (let attempt = 1; ; attempt++) {
    const existed = await exists(target);
    if (existed && !replace) {
      await rm(staging, { recursive: true, force: true });
      return false;
    }
    let aside: string | undefined;
    if (existed) {
      aside = join(parent, stagedName(name, "replaced"));
      try {
        await rename(target, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        aside = undefined;
      }
      pausePoint("moved-aside");
    }
    try {
      await rename(staging, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const taken = code === "ENOTEMPTY" || code === "EEXIST" || code === "EPERM" || code === "EISDIR";
      // A reader (listing, loading) put the moved-aside folder back while it looked abandoned: replace it again.
      if (taken && aside !== undefined && !(await exists(aside)) && attempt < REPLACE_ATTEMPTS) continue;
      await rm(staging, { recursive: true, force: true });
      if (aside) await restoreOrRemove(aside, target);
      if (taken) return false;
      throw error;
    }
    pausePoint("published");
    if (aside) await rm(aside, { recursive: true, force: true });
    await syncFolder(parent);
    return true;
  }
}

/**
 * Cleans what killed writers left in `parent`: a folder moved aside for replacement is renamed
 * back when its place is empty (the replacement never arrived) and deleted when the place is
 * taken; staging folders are deleted once their writer has stopped (see `writerGone`).
 */
export async function recoverInterrupted(parent: string): Promise<void> {
  for (const entry of await stagedEntries(parent, "replaced")) await restoreOrRemove(entry.path, join(parent, entry.name));
  for (const entry of await stagedEntries(parent, "partial")) {
    if (await entry.gone()) await rm(entry.path, { recursive: true, force: true });
  }
}

/**
 * Puts back, under its name, every folder that was moved aside to be replaced and whose place is
 * empty: the replacement never arrived, whether its writer was killed or is still between its two
 * renames (that writer then moves it aside again). Deletes nothing, so readers may call it.
 */
export async function restoreReplaced(parent: string): Promise<void> {
  for (const entry of await stagedEntries(parent, "replaced")) {
    const target = join(parent, entry.name);
    if (!(await exists(target))) await rename(entry.path, target).catch(() => undefined);
  }
}

/** Renames a moved-aside folder back to `target` when that is empty, else deletes it (its replacement is in place). */
async function restoreOrRemove(aside: string, target: string): Promise<void> {
  if (!(await exists(target))) {
    try {
      await rename(aside, target);
      return;
    } catch {
      // Another process put a folder there first: this one is outdated.
    }
  }
  await rm(aside, { recursive: true, force: true });
}

/** Flushes a file's content to disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries to disk (a no-op where folders cannot be opened, as on Windows). */
async function syncFolder(path: string): Promise<void> {
  try {
    const handle = await open(path, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Folders cannot be opened for syncing on every platform; the rename itself is still atomic.
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
