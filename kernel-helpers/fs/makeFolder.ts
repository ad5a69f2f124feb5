import { mkdir, stat, statfs } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "../errors";

/** File systems of the kernel's own (process and device state), where no file of the user's belongs. */
const PSEUDO_FILE_SYSTEMS: Readonly<Record<number, string>> = {
  0x9fa0: "procfs",
  0x62656572: "sysfs",
  0x27e0eb: "cgroup",
  0x63677270: "cgroup2",
  0x64626720: "debugfs",
  0x73636673: "securityfs",
  0x74726163: "tracefs",
  0x6165676c: "pstore",
  0xcafe4a11: "bpf",
};

/**
 * Makes the folder `path` and its missing parents, like `mkdir -p`, and returns the first folder
 * it made (undefined when `path` existed). Unlike Node's recursive `mkdir` it makes one folder at
 * a time from the nearest existing one, so a refusal carries its real reason (EROFS under a
 * read-only mount, EACCES, ENOSPC — where Node's says ENOENT) and the folder it concerns; and a
 * folder under a kernel pseudo file system (`/proc`, `/sys`, cgroups), where Node's recursive
 * `mkdir` never returns, is refused up front with a `UsageError`.
 *
 * @example await makeFolder(".driftlens/reports/credit") // "/work/.driftlens" when only /work existed
 * @throws {UsageError} for a folder under /proc, /sys or another pseudo file system, or under a file
 * @throws the file system's own error (code, syscall, path) when a folder cannot be made
 */
export async function makeFolder(path: string): Promise<string | undefined> {
  const target = resolve(path);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    const info = await stat(existing).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
      throw error;
    });
    if (info !== undefined) {
      if (!info.isDirectory()) throw new UsageError(`cannot create the folder '${target}': '${existing}' is a file, not a folder. Choose another path, or move that file away.`);
      break;
    }
    missing.unshift(existing);
    if (dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  const pseudo = await pseudoFileSystem(existing, target);
  if (pseudo !== undefined) {
    throw new UsageError(`cannot write under '${target}': ${existing} is ${pseudo}, the kernel's view of processes and devices, not a place for files. Write to a folder on a disk instead.`);
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !(await stat(folder)).isDirectory()) throw error;
    }
  }
  return missing[0];
}

/** The name of the pseudo file system that holds `existing` (the nearest existing folder of `target`), if any. */
async function pseudoFileSystem(existing: string, target: string): Promise<string | undefined> {
  if (/^\/(proc|sys)(\/|$)/.test(target)) return target.startsWith("/proc") ? "procfs" : "sysfs";
  const info = await statfs(existing).catch(() => undefined);
  return info === undefined ? undefined : PSEUDO_FILE_SYSTEMS[info.type];
}
