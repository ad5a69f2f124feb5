import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseJsonText } from "../config/parseJsonText";
import { storeMessages } from "./storeMessages";
import type { CheckReport } from "../check/checkReport";
import { naturalOrder } from "../baseline/readBaselineInfo";
import { LATEST_REPORT } from "./saveReport";

/** The newest report of one baseline name, or why it cannot be read. */
export interface LatestReport {
  readonly name: string;
  readonly path: string;
  readonly report?: CheckReport;
  readonly problem?: string;
}

/**
 * The `latest.json` of every baseline name under the reports folder `dir`, by name: the latest
 * verdict per baseline at a glance. A file that cannot be read or parsed is returned with its
 * `problem` instead. A missing `dir` gives nothing.
 *
 * @example (await latestReports(".driftlens/reports")).map((latest) => latest.report?.dataset.drifted)
 */
export async function latestReports(dir: string): Promise<LatestReport[]> {
  const root = resolve(dir);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const found: LatestReport[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).sort((a, b) => naturalOrder(a.name, b.name))) {
    const path = join(root, entry.name, LATEST_REPORT);
    const text = await readFile(path, "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      found.push({ name: entry.name, path, problem: storeMessages.reportJsonInvalid(path, parsed.problem) });
      continue;
    }
    const report = parsed.value as Partial<CheckReport> | null;
    if (!report || typeof report !== "object" || !report.baseline || !report.dataset || !Array.isArray(report.alerts)) {
      found.push({ name: entry.name, path, problem: storeMessages.reportNotACheck(path) });
      continue;
    }
    found.push({ name: entry.name, path, report: report as CheckReport });
  }
  return found;
}
