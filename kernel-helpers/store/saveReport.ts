import { link, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { errorAtPath } from "../fs/errorAtPath";
import { makeFolder } from "../fs/makeFolder";
import { removeMadeFolders } from "../fs/removeMadeFolders";
import { pausePoint } from "../fs/pausePoint";
import { trackPendingWrite } from "../fs/pendingWrites";
import { stagedEntries, stagedName } from "../fs/stagedEntries";
import { writeFileAtomic } from "../fs/writeFileAtomic";
import type { CheckReport } from "../check/checkReport";
import { checkedPathSegment } from "../baseline/checkedPathSegment";

/** The file in each report folder that always holds the newest report. */
export const LATEST_REPORT = "latest.json";

/**
 * Saves a check report as `<dir>/<name>/<stamp>.json` (stamp: the report's `createdAt` with `:`
 * replaced by `-`, e.g. `2026-11-23T08-00-00.000Z.json`; `-2`, `-3`… added if that file exists)
 * and replaces `<dir>/<name>/latest.json` with it. Both writes are atomic: a reader sees the old
 * file or the complete new one; an existing report is never overwritten. Hidden temporary files
 * that killed writers left in the folder are removed first (see `stagedEntries`). A failure (a full
 * disk, a read-only folder) leaves the folder as it was: no report, no new latest.json.
 * Returns the paths written.
 *
 * @example await saveReport(report, ".driftlens/reports") // { path: ".../credit/2026-11-23T08-00-00.000Z.json", latest: ".../credit/latest.json" }
 */
export async function saveReport(report: CheckReport, dir: string): Promise<{ path: string; latest: string }> {
  const folder = resolve(dir, checkedPathSegment(report.baseline.name, "name"));
  const made = await makeFolder(folder);
  for (const entry of await stagedEntries(folder, "tmp")) if (await entry.gone()) await rm(entry.path, { force: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const stamp = report.createdAt.replace(/:/g, "-");
  const staging = join(folder, stagedName(stamp, "tmp"));
  const release = trackPendingWrite(staging);
  const latest = join(folder, LATEST_REPORT);
  let path: string | undefined;
  try {
    await writeFile(staging, json).catch((error: unknown) => {
      throw errorAtPath(error, join(folder, `${stamp}.json`), staging);
    });
    pausePoint("report-staged");
    path = await linkUnique(staging, folder, stamp);
    await writeFileAtomic(latest, json);
  } catch (error) {
    // All or nothing: a report whose latest.json could not follow is taken back, and so are the folders made for it.
    if (path !== undefined) await rm(path, { force: true });
    await rm(staging, { force: true });
    await removeMadeFolders(made, folder);
    throw error;
  } finally {
    await rm(staging, { force: true });
    release();
  }
  return { path, latest };
}

/** Hard-links `file` as `<folder>/<stamp>.json`, or `<stamp>-2.json`… when taken: atomic and never overwriting. */
async function linkUnique(file: string, folder: string, stamp: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const path = join(folder, `${stamp}${attempt === 1 ? "" : `-${attempt}`}.json`);
    try {
      await link(file, path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}
