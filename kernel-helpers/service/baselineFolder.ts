import { listBaselines } from "../baseline/listBaselines";
import { checkedPathSegment } from "../baseline/checkedPathSegment";
import { DataError } from "../errors";
import { HttpError } from "./httpError";
import { serviceMessages } from "./serviceMessages";

/** A baseline version the service found. */
export interface FoundBaseline {
  readonly name: string;
  readonly version: string;
  readonly path: string;
}

/**
 * The folder of baseline `name` under `dir`: `version` when given, else the newest version that
 * can be loaded (natural order: v10 after v9). Names and versions are checked as single folder
 * names first, so `../../etc` is refused before any file is touched.
 *
 * @example await baselineFolder(".driftlens/baselines", "credit") // { name: "credit", version: "v2", path: ".../credit/v2" }
 * @throws {UsageError} for a name or version that cannot be a folder name (400)
 * @throws {HttpError} 404 for an unknown name or version
 * @throws {DataError} when no version can be loaded (422)
 */
export async function baselineFolder(dir: string, name: string, version?: string): Promise<FoundBaseline> {
  checkedPathSegment(name, "name");
  if (version !== undefined) checkedPathSegment(version, "version");
  const listings = await listBaselines(dir);
  const versions = listings.filter((listing) => listing.name === name);
  if (versions.length === 0) throw new HttpError(404, serviceMessages.unknownBaseline(name, [...new Set(listings.map((listing) => listing.name))]));
  if (version !== undefined) {
    const found = versions.find((listing) => listing.version === version);
    if (!found) throw new HttpError(404, serviceMessages.unknownVersion(name, version, versions.map((listing) => listing.version)));
    if (found.problem !== undefined) throw new DataError(found.problem);
    return { name, version, path: found.path };
  }
  const loadable = versions.filter((listing) => listing.problem === undefined);
  if (loadable.length === 0) throw new DataError(serviceMessages.noLoadableVersion(name, versions[versions.length - 1].problem ?? ""));
  const newest = loadable[loadable.length - 1];
  return { name, version: newest.version, path: newest.path };
}
