import { setTimeout as sleep } from "node:timers/promises";
import type { CheckReport } from "../check/checkReport";
import { loadBaseline } from "../baseline/loadBaseline";
import { checkLogFolder } from "./checkLogFolder";
import { savedWatchCheck } from "./savedWatchCheck";
import type { LogFolderCheckOptions } from "./checkLogFolder";
import { listPartitions } from "./listPartitions";

export interface WatchOptions extends Omit<LogFolderCheckOptions, "now"> {
  /** The log folder to follow. */
  readonly logDir: string;
  /** The baseline version folder, reloaded before every check (a replaced baseline is picked up). */
  readonly baselineDir: string;
  /** Reports go to `<reportDir>/<name>/<stamp>.json`, `latest.json` and `latest.html`. */
  readonly reportDir: string;
  /** Check at least this often, in milliseconds. */
  readonly everyMs: number;
  /** How often the folder is listed for new partitions, in milliseconds. Default: `everyMs`, at most 10 s. */
  readonly pollMs?: number;
  /** Stops the loop (after the check in progress). */
  readonly signal?: AbortSignal;
  /** Told of every check, when it ends. */
  readonly onCheck: (check: WatchCheck) => void;
}

/** One check of the watch loop: why it ran and its report, or why it failed. */
export interface WatchCheck {
  /** When the check started, ISO 8601. */
  readonly at: string;
  readonly trigger: "start" | "interval" | "new partition";
  /** The partitions that appeared since the previous check (for "new partition"). */
  readonly newPartitions: readonly string[];
  readonly report?: CheckReport;
  readonly saved?: { readonly path: string; readonly latest: string; readonly html: string };
  /** Why the check failed (no records in the window, an unreadable file…); the loop goes on. */
  readonly error?: string;
}

/**
 * Follows an inference log folder and checks it against a baseline: once at the start, then
 * whenever a new partition (a folder with data files, e.g. the next `hour=`) appears, and at the
 * latest every `everyMs`. Each check reads the analysis window (`checkLogFolder`), saves the
 * report with `saveReport` (`<stamp>.json` + `latest.json`), replaces `latest.html`
 * (`reportHtml`, atomically) and is passed to `onCheck`. A check
 * that fails is passed on with its `error` and the loop goes on; the loop ends when `signal`
 * aborts, after the check in progress, and resolves to the number of checks run.
 * Cost: a folder listing every `pollMs`, plus the checks.
 *
 * @example
 * const controller = new AbortController();
 * await watchLogs({ logDir: "logs/credit", baselineDir: ".driftlens/baselines/credit/v1", reportDir: ".driftlens/reports", everyMs: 300_000, signal: controller.signal, onCheck: (check) => console.log(check.trigger, check.report?.dataset.drifted) });
 * @throws {DataError} when the baseline cannot be loaded at the start
 */
export async function watchLogs(options: WatchOptions): Promise<number> {
  const { logDir, baselineDir, reportDir, everyMs, signal, onCheck, pollMs: _poll, ...checkOptions } = options;
  const pollMs = options.pollMs ?? Math.min(everyMs, 10_000);
  await loadBaseline(baselineDir);
  let known = await listPartitions(logDir);
  let checks = 0;
  let lastStart = 0;

  const check = async (trigger: WatchCheck["trigger"], newPartitions: readonly string[]) => {
    const started = (lastStart = Date.now());
    checks++;
    onCheck(await savedWatchCheck(trigger, newPartitions, started, reportDir, async () => checkLogFolder(await loadBaseline(baselineDir), logDir, { ...checkOptions, now: started })));
  };

  await check("start", []);
  while (!signal?.aborted) {
    const woke = await sleep(pollMs, true, { signal }).catch(() => false);
    if (!woke) break;
    const current = await listPartitions(logDir);
    const fresh = [...current].filter((partition) => !known.has(partition)).sort();
    known = current;
    if (fresh.length > 0) await check("new partition", fresh);
    else if (Date.now() - lastStart >= everyMs) await check("interval", []);
  }
  return checks;
}
