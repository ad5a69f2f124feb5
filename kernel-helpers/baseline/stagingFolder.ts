import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { processAlive } from "../fs/processAlive";

/**
 * Folders written beside their final place and renamed into it, so that a reader sees either the
 * previous folder or the complete new one, never a half-written one.
 *
 * Staging folders are hidden (`.<name>.<pid>.<random>.partial`); a folder moved aside while being
 * replaced is `.<name>.<pid>.<random>.replaced`. A process killed mid-way leaves only those;
 * `recoverInterrupted` removes them once their process is gone, and `restoreReplaced` puts a
 * replaced folder back when its replacement never arrived.
 */
const STAGED = /^\.(.+)\.(\d+)\.([0-9a-f]+)\.(partial|replaced)$/;


/** Creates an empty hidden staging folder in `parent` for the entry `name`. */
export async function createStagingFolder(parent: string, name: string): Promise<string> {
  const path = join(parent, hiddenName(name, "partial"));
  await mkdir(path);
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
  const existed = await exists(target);
  if (existed && !replace) {
    await rm(staging, { recursive: true, force: true });
    return false;
  }
  let aside: string | undefined;
  if (existed) {
    aside = join(parent, hiddenName(name, "replaced"));
    try {
      await rename(target, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      aside = undefined;
    }
  }
  try {
    await rename(staging, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    await rm(staging, { recursive: true, force: true });
    if (aside) await rm(aside, { recursive: true, force: true });
    if (code === "ENOTEMPTY" || code === "EEXIST" || code === "EPERM" || code === "EISDIR") return false;
    throw error;
  }
  if (aside) await rm(aside, { recursive: true, force: true });
  await syncFolder(parent);
  return true;
}

/**
 * Cleans what killed writers left in `parent`: staging folders of processes that no longer run
 * are deleted; a folder moved aside for replacement is renamed back when its place is still
 * empty (the replacement never arrived), deleted otherwise. Folders of live processes are left.
 */
export async function recoverInterrupted(parent: string): Promise<void> {
  await restoreReplaced(parent);
  for (const { path, kind } of await leftovers(parent)) {
    if (kind === "partial" || (await exists(path))) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Puts back, under its name, every folder that a killed writer moved aside to replace it and
 * whose replacement never arrived. Deletes nothing, so readers may call it.
 */
export async function restoreReplaced(parent: string): Promise<void> {
  for (const { path, kind, target } of await leftovers(parent)) {
    if (kind === "replaced" && !(await exists(target))) await rename(path, target).catch(() => undefined);
  }
}

/** Hidden staging and replaced folders in `parent` whose process no longer runs. */
async function leftovers(parent: string): Promise<{ path: string; kind: "partial" | "replaced"; target: string }[]> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  const found: { path: string; kind: "partial" | "replaced"; target: string }[] = [];
  for (const entry of entries) {
    const match = STAGED.exec(entry);
    if (match && !processAlive(Number(match[2]))) found.push({ path: join(parent, entry), kind: match[4] as "partial" | "replaced", target: join(parent, match[1]) });
  }
  return found;
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

function hiddenName(name: string, kind: "partial" | "replaced"): string {
  return `.${name}.${process.pid}.${randomBytes(4).toString("hex")}.${kind}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
