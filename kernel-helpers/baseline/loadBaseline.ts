import { basename, dirname, join, resolve } from "node:path";
import { DataError } from "../errors";
import { baselineMessages } from "./baselineMessages";
import type { Baseline } from "./baselineInfo";
import { BASELINE_FILE } from "./baselineInfo";
import { readBaselineInfo } from "./readBaselineInfo";
import { readBaselineSample } from "./readBaselineSample";

export interface LoadBaselineOptions {
  /**
   * Read the reference sample even when the baseline is beyond its cap (checks then run on the
   * sketches and do not need it). Default false; a complete sample, or one drawn by a database (selection "seeded"), is always read.
   */
  readonly sample?: boolean;
}

/**
 * Loads the baseline saved in the version folder `dir` (`<baselines>/<name>/<version>`):
 * validates `baseline.json` (see `readBaselineInfo` for every problem it explains), checks that
 * the folder's name and version are the `name` and `version` inside it (a copied or renamed folder
 * would file reports under another baseline), and reads the reference sample when checks need it —
 * always when it holds every reference row.
 * Cost: about 0.5 s per 1,000,000 sample rows read, else O(size of baseline.json).
 *
 * @example const baseline = await loadBaseline(".driftlens/baselines/credit/v1");
 * @throws {DataError} naming the file and what is wrong, for a missing, half-written,
 *   newer-schema or invalid baseline, a folder whose name or version differs from baseline.json's,
 *   or a sample that does not match its description
 */
export async function loadBaseline(dir: string, options: LoadBaselineOptions = {}): Promise<Baseline> {
  const path = resolve(dir);
  const info = await readBaselineInfo(path);
  const folder = { name: basename(dirname(path)), version: basename(path) };
  if (folder.name !== info.name || folder.version !== info.version) {
    throw new DataError(baselineMessages.folderDiffers(join(path, BASELINE_FILE), info, folder, dirname(dirname(path))));
  }
  if (!info.sample.complete && info.sample.selection !== "seeded" && options.sample !== true) return { info, sample: null, path };
  return { info, sample: await readBaselineSample(info, path), path };
}

