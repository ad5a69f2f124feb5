import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CheckReport } from "driftlens";

/** The latest reports read, by path, with the size and modification time they were read at. */
const read = new Map<string, { key: string; report: CheckReport | undefined }>();

/**
 * The latest check report of baseline `name` (`<reports>/<name>/latest.json`) and its path, read
 * without the engine; undefined when there is none, or when the file is not a check report
 * (unreadable, not JSON, no dataset or columns). A file whose size and modification time are
 * unchanged is not parsed again: the tree and the status bar read every latest report after each
 * change under `.driftlens/`, and a big report's parse would pause the extension host each time.
 */
export async function readLatestReport(reports: string, name: string): Promise<{ report: CheckReport; path: string } | undefined> {
  const path = join(reports, name, "latest.json");
  const file = await stat(path).catch(() => undefined);
  if (!file) {
    read.delete(path);
    return undefined;
  }
  const key = `${file.size}\0${file.mtimeMs}`;
  let known = read.get(path);
  if (known?.key !== key) {
    const parsed = await readFile(path, "utf8").then((text) => JSON.parse(text) as CheckReport, () => undefined);
    const report = parsed && typeof parsed === "object" && parsed.dataset && Array.isArray(parsed.columns) ? parsed : undefined;
    known = { key, report };
    read.set(path, known);
  }
  return known.report ? { report: known.report, path } : undefined;
}
