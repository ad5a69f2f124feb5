import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DataError } from "../errors";
import { naturalOrder, readBaselineInfo } from "./readBaselineInfo";
import { restoreReplaced } from "./stagingFolder";

/** One version folder found under a baselines directory. */
export interface BaselineListing {
  readonly name: string;
  readonly version: string;
  readonly path: string;
  readonly created?: string;
  readonly rows?: number;
  readonly columns?: number;
  /** False when checks against it run on sketches (the reference was beyond the sample cap). */
  readonly exact?: boolean;
  /** Why the folder cannot be loaded, when it cannot (half-written, invalid JSON, newer schema…). */
  readonly problem?: string;
}

/** Listings of valid baselines by path, size and modification time of their baseline.json (see `listBaselines`). */
const listed = new Map<string, BaselineListing>();
const LISTED_MAX = 1000;

function remember(key: string, listing: BaselineListing): void {
  if (listed.size >= LISTED_MAX) listed.delete(listed.keys().next().value as string);
  listed.set(key, listing);
}

/**
 * Every baseline version under `dir` (laid out `<dir>/<name>/<version>/`), by name then version in
 * natural order (v2 before v10). Folders that cannot be loaded are listed with their `problem`
 * rather than thrown; hidden folders (saves in progress) are left out, and a version whose
 * replacement was interrupted is put back first (see `restoreReplaced`). A missing `dir` lists
 * nothing.
 * Cost: reads each `baseline.json` once, not the samples: a listing is kept (in this process) for
 * a `baseline.json` whose size and modification time are unchanged, so that listing again — the
 * editor's tree after every change under `.driftlens/` — parses only what changed.
 *
 * @example await listBaselines(".driftlens/baselines") // [{ name: "credit", version: "v1", rows: 5000, ... }]
 */
export async function listBaselines(dir: string): Promise<BaselineListing[]> {
  const root = resolve(dir);
  const names = await readdir(root, { withFileTypes: true }).catch(() => []);
  const listings: BaselineListing[] = [];
  for (const nameEntry of names.filter((entry) => entry.isDirectory() && !entry.name.startsWith(".")).sort((a, b) => naturalOrder(a.name, b.name))) {
    await restoreReplaced(join(root, nameEntry.name));
    const versions = await readdir(join(root, nameEntry.name), { withFileTypes: true });
    for (const versionEntry of versions.filter((entry) => entry.isDirectory() && !entry.name.startsWith(".")).sort((a, b) => naturalOrder(a.name, b.name))) {
      const path = join(root, nameEntry.name, versionEntry.name);
      const base = { name: nameEntry.name, version: versionEntry.name, path };
      try {
        const file = await stat(join(path, "baseline.json")).catch(() => undefined);
        const key = file ? `${path}\0${file.size}\0${file.mtimeMs}` : undefined;
        const known = key === undefined ? undefined : listed.get(key);
        if (known) {
          listings.push(known);
          continue;
        }
        const info = await readBaselineInfo(path);
        const listing: BaselineListing = { ...base, created: info.created, rows: info.rows, columns: info.columns.length, exact: info.sample.complete };
        if (key !== undefined) remember(key, listing);
        listings.push(listing);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        listings.push({ ...base, problem: error.message });
      }
    }
  }
  return listings;
}
