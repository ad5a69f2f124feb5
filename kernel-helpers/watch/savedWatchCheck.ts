import { dirname, join } from "node:path";
import type { CheckReport } from "../check/checkReport";
import { writeFileAtomic } from "../fs/writeFileAtomic";
import { reportHtml } from "../report/reportHtml";
import { saveReport } from "../store/saveReport";
import type { WatchCheck } from "./watchLogs";

/**
 * One check of a watch loop: runs `check`, saves its report (`<stamp>.json` and `latest.json`
 * with `saveReport`, and `latest.html` replaced atomically), and answers what happened — the
 * report and where it was saved, or the error's message (the loop goes on).
 */
export async function savedWatchCheck(trigger: WatchCheck["trigger"], newPartitions: readonly string[], startedAt: number, reportDir: string, check: () => Promise<CheckReport>): Promise<WatchCheck> {
  const at = new Date(startedAt).toISOString();
  try {
    const report = await check();
    const saved = await saveReport(report, reportDir);
    const html = join(dirname(saved.latest), "latest.html");
    await writeFileAtomic(html, reportHtml(report));
    return { at, trigger, newPartitions, report, saved: { ...saved, html } };
  } catch (error) {
    return { at, trigger, newPartitions, error: String((error as Error)?.message ?? error) };
  }
}
