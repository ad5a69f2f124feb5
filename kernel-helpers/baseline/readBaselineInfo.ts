import { readFile, readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseJsonText } from "../config/parseJsonText";
import { DataError } from "../errors";
import { baselineMessages } from "./baselineMessages";
import type { BaselineInfo } from "./baselineInfo";
import { BASELINE_FILE } from "./baselineInfo";
import { restoreReplaced } from "./stagingFolder";
import { validateBaselineInfo } from "./validateBaselineInfo";

/**
 * Reads and validates the `baseline.json` of the version folder `dir`, and checks that its
 * reference sample file is there (without reading it). Every problem is a `DataError` naming the
 * file and what is wrong: a missing folder (with the versions that do exist), a name folder given
 * instead of a version, a half-written folder without `baseline.json`, invalid JSON (line and
 * column), a newer schema version, a field of the wrong type, a missing `reference.parquet`.
 * Cost: O(size of baseline.json).
 *
 * @example (await readBaselineInfo(".driftlens/baselines/credit/v1")).rows // 5000
 */
export async function readBaselineInfo(dir: string): Promise<BaselineInfo> {
  const path = resolve(dir);
  let folder = await stat(path).catch(() => undefined);
  if (!folder) {
    await restoreReplaced(dirname(path));
    folder = await stat(path).catch(() => undefined);
  }
  if (!folder) throw new DataError(baselineMessages.baselineMissing(path, await versionsIn(dirname(path))));
  if (!folder.isDirectory()) throw new DataError(baselineMessages.baselineNotFolder(path));

  const infoPath = join(path, BASELINE_FILE);
  const text = await readFile(infoPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw new DataError(baselineMessages.fileUnreadable(infoPath, error.message));
    return undefined;
  });
  if (text === undefined) {
    const versions = await versionsIn(path);
    if (versions.length > 0) throw new DataError(baselineMessages.baselineNameFolder(path, versions));
    throw new DataError(baselineMessages.baselineJsonMissing(path, await readdir(path)));
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new DataError(baselineMessages.baselineJsonInvalid(infoPath, parsed.problem));
  const info = validateBaselineInfo(parsed.value, infoPath);
  const samplePath = join(path, info.sample.file);
  const sample = await stat(samplePath).catch(() => undefined);
  if (!sample?.isFile()) throw new DataError(baselineMessages.sampleMissing(samplePath));
  return info;
}

/** Version folders (those holding a baseline.json) in a name folder, in natural order (v2 before v10). */
async function versionsIn(nameFolder: string): Promise<string[]> {
  const entries = await readdir(nameFolder, { withFileTypes: true }).catch(() => []);
  const versions: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    if (await stat(join(nameFolder, entry.name, BASELINE_FILE)).then(() => true, () => false)) versions.push(entry.name);
  }
  return versions.sort(naturalOrder);
}

/** Orders "v2" before "v10". */
export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
