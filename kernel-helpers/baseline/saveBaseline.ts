import { rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DataError, UsageError } from "../errors";
import { errorAtPath } from "../fs/errorAtPath";
import { makeFolder } from "../fs/makeFolder";
import { removeMadeFolders } from "../fs/removeMadeFolders";
import { pausePoint } from "../fs/pausePoint";
import { trackPendingWrite } from "../fs/pendingWrites";
import { baselineMessages } from "./baselineMessages";
import type { Baseline } from "./baselineInfo";
import { BASELINE_FILE, SAMPLE_FILE } from "./baselineInfo";
import { checkedPathSegment } from "./checkedPathSegment";
import { createStagingFolder, publishStagingFolder, recoverInterrupted, syncFile } from "./stagingFolder";
import { writeSampleParquet } from "./writeSampleParquet";

export interface SaveBaselineOptions {
  /** Replace an existing folder of the same name and version. Default false: refuse. */
  readonly force?: boolean;
  /**
   * Stops the save: checked before the staging folder is made, after each file is written and
   * before the rename, so an aborted save removes its staging folder and publishes nothing. It
   * then rejects with the signal's reason. Default: none (the save runs to the end).
   */
  readonly signal?: AbortSignal;
}

/**
 * Saves a baseline as `<dir>/<name>/<version>/` holding `baseline.json` and `reference.parquet`,
 * atomically: both files are written and synced in a hidden staging folder beside the target,
 * which is then renamed into place. A reader sees the previous version or the complete new one;
 * a process killed mid-way leaves the previous version as it was (the hidden leftovers are
 * cleaned by the next save; the CLI removes its own on Ctrl-C, see `trackPendingWrite`). An existing version is never overwritten unless `force`; of two
 * processes saving the same version at once, one wins and the other gets a `DataError`.
 * An aborted `signal` stops it before the rename: nothing is published, the staging folder is
 * removed, and so is the name's folder when this save made it and it is still empty. Returns the
 * version folder.
 * Cost: dominated by the Parquet write, about 0.5 s per 1,000,000 sample rows.
 *
 * @example await saveBaseline(baseline, ".driftlens/baselines") // ".../.driftlens/baselines/credit/v1"
 * @throws {DataError} when the version exists (without `force`) or another process saved it first
 * @throws {UsageError} when the baseline was loaded without its reference sample
 * @throws the `signal`'s reason when it was aborted before the rename
 */
export async function saveBaseline(baseline: Baseline, dir: string, options: SaveBaselineOptions = {}): Promise<string> {
  const { info, sample } = baseline;
  const name = checkedPathSegment(info.name, "name");
  const version = checkedPathSegment(info.version, "version");
  if (sample === null) throw new UsageError(baselineMessages.saveWithoutSample(name, version));
  const parent = resolve(dir, name);
  const target = join(parent, version);
  options.signal?.throwIfAborted();
  const made = await makeFolder(parent);
  const madeParent = made !== undefined;
  await recoverInterrupted(parent);
  const exists = await stat(target).then(() => true, () => false);
  if (exists && options.force !== true) throw new DataError(baselineMessages.versionExists(name, version, target));

  const staging = await createStagingFolder(parent, version);
  const release = trackPendingWrite(staging, madeParent ? parent : undefined);
  let published: boolean;
  try {
    const samplePath = join(staging, SAMPLE_FILE);
    await writeSampleParquet(sample, samplePath);
    await syncFile(samplePath);
    pausePoint("sample-written");
    options.signal?.throwIfAborted();
    const infoPath = join(staging, BASELINE_FILE);
    await writeFile(infoPath, `${JSON.stringify(info, null, 2)}\n`, { flag: "wx" });
    await syncFile(infoPath);
    pausePoint("info-written");
    options.signal?.throwIfAborted();
    published = await publishStagingFolder(staging, parent, version, options.force === true);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Only empty folders are removed: a version another process published meanwhile stays.
    await removeMadeFolders(made, parent);
    throw errorAtPath(error, target, staging);
  } finally {
    release();
  }
  // The version did not exist when this save began (checked above), so another writer got there first.
  if (!published) throw new DataError(baselineMessages.versionSavedConcurrently(name, version, target));
  return target;
}
