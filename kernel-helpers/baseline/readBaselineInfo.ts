import { lstat, readFile, readdir, readlink, stat } from "node:fs/promises";
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
  const link = await linkTarget(infoPath);
  const text = await readFile(infoPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT" || link !== undefined) throw new DataError(baselineMessages.fileUnreadable(infoPath, error.message));
    return undefined;
  });
  if (text === undefined) {
    const versions = await versionsIn(path);
    if (versions.length > 0) throw new DataError(baselineMessages.baselineNameFolder(path, versions));
    throw new DataError(baselineMessages.baselineJsonMissing(path, await readdir(path)));
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    if (link !== undefined) throw new DataError(baselineMessages.baselineJsonLinked(infoPath, link, `is not valid JSON (${/^line \d+, column \d+/.exec(parsed.problem)?.[0] ?? "at its start"})`));
    throw new DataError(baselineMessages.baselineJsonInvalid(infoPath, parsed.problem));
  }
  const info = link === undefined ? validateBaselineInfo(parsed.value, infoPath) : validLinked(parsed.value, infoPath, link);
  const samplePath = join(path, info.sample.file);
  const sample = await stat(samplePath).catch(() => undefined);
  if (!sample?.isFile()) throw new DataError(baselineMessages.sampleMissing(samplePath));
  return info;
}

/**
 * Where `baseline.json` points when it is a symbolic link (resolved), or undefined for a regular
 * file. A link to something other than a regular file (a device, a FIFO, a folder) is refused
 * before reading, since reading it could block or never end.
 */
async function linkTarget(infoPath: string): Promise<string | undefined> {
  const entry = await lstat(infoPath).catch(() => undefined);
  if (entry === undefined) return undefined;
  if (!entry.isSymbolicLink()) {
    if (!entry.isFile()) throw new DataError(baselineMessages.baselineJsonNotFile(infoPath));
    return undefined;
  }
  const target = resolve(dirname(infoPath), await readlink(infoPath));
  const pointed = await stat(infoPath).catch(() => undefined);
  if (pointed === undefined) throw new DataError(baselineMessages.baselineJsonLinked(infoPath, target, "does not exist"));
  if (!pointed.isFile()) throw new DataError(baselineMessages.baselineJsonLinked(infoPath, target, "is not a regular file"));
  return target;
}

/** A linked baseline.json's content, validated; its problems name the link and never quote the linked file. */
function validLinked(value: unknown, infoPath: string, target: string): BaselineInfo {
  try {
    return validateBaselineInfo(value, infoPath);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    throw new DataError(baselineMessages.baselineJsonLinked(infoPath, target, "is not a driftlens baseline"));
  }
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
