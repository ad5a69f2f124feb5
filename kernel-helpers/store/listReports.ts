import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { naturalOrder } from "../baseline/readBaselineInfo";
import { LATEST_REPORT } from "./saveReport";

/** One saved report. */
export interface ReportListing {
  /** The baseline (model) name: the report's folder. */
  readonly name: string;
  readonly path: string;
  /** When the check ran, from the file name (ISO 8601). */
  readonly createdAt: string;
}

const REPORT_FILE = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d+)?Z)(?:-\d+)?\.json$/;

/**
 * The reports saved under `dir` (by `saveReport`), newest first; only those of `name` when given.
 * `latest.json`, files in progress and other files are left out; a missing `dir` lists nothing.
 * Cost: one folder listing per name; reports are not read.
 *
 * @example (await listReports(".driftlens/reports", "credit"))[0].path // the newest report of credit
 */
export async function listReports(dir: string, name?: string): Promise<ReportListing[]> {
  const root = resolve(dir);
  const names = name !== undefined ? [name] : (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory() && !entry.name.startsWith(".")).map((entry) => entry.name);
  const listings: ReportListing[] = [];
  for (const folder of names.sort(naturalOrder)) {
    const files = await readdir(join(root, folder)).catch(() => [] as string[]);
    for (const file of files) {
      const match = file === LATEST_REPORT ? null : REPORT_FILE.exec(file);
      if (!match) continue;
      const [date, time] = match[1].split("T");
      listings.push({ name: folder, path: join(root, folder, file), createdAt: `${date}T${time.replace(/-/g, ":")}` });
    }
  }
  return listings.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.path.localeCompare(a.path, "en", { numeric: true })));
}
