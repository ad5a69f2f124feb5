import { setTimeout as sleep } from "node:timers/promises";
import { loadBaseline } from "../baseline/loadBaseline";
import type { CheckOptions } from "../check/checkDrift";
import { checkDrift } from "../check/checkDrift";
import type { SummaryOptions } from "../summary/summarizedColumns";
import type { TableSource } from "../summary/tableSource";
import { savedWatchCheck } from "./savedWatchCheck";
import type { WatchCheck } from "./watchLogs";

export interface TableWatchOptions extends Omit<CheckOptions, "recentOnly" | "window">, SummaryOptions {
  /** The table to check, with its filters; `since` (a span such as `24h`) is the window of each check, counted back from that check's start. */
  readonly table: TableSource;
  /** The baseline version folder, reloaded before every check. */
  readonly baselineDir: string;
  /** Reports go to `<reportDir>/<name>/<stamp>.json`, `latest.json` and `latest.html`. */
  readonly reportDir: string;
  /** Check this often, in milliseconds. */
  readonly everyMs: number;
  /** Stops the loop (after the check in progress). */
  readonly signal?: AbortSignal;
  /** Told of every check, when it ends. */
  readonly onCheck: (check: WatchCheck) => void;
}

/**
 * Checks a database table against a baseline once at the start and then every `everyMs`: a
 * table has no partitions to follow, so each check counts, where the data lives, the rows of the
 * table's `since` window (its `timestamp` column at or after the check's start minus the span)
 * and its `where` filters. Reports are saved as `watchLogs` saves them; a failed check (a server
 * down, no rows in the window) is passed on with its error and the loop goes on. Ends when
 * `signal` aborts, after the check in progress; resolves to the number of checks run.
 *
 * @example await watchTable({ table: parseTableUrl("clickhouse://reader@ch1:8123/logs/inference"), baselineDir, reportDir, everyMs: 300_000, signal, onCheck })
 * @throws {DataError} when the baseline cannot be loaded at the start
 */
export async function watchTable(options: TableWatchOptions): Promise<number> {
  const { table, baselineDir, reportDir, everyMs, signal, onCheck, ...checkOptions } = options;
  await loadBaseline(baselineDir);
  let checks = 0;
  let trigger: WatchCheck["trigger"] = "start";
  while (!signal?.aborted) {
    const started = Date.now();
    checks++;
    onCheck(await savedWatchCheck(trigger, [], started, reportDir, async () => checkDrift(await loadBaseline(baselineDir), table, checkOptions)));
    trigger = "interval";
    const woke = await sleep(Math.max(0, started + everyMs - Date.now()), true, { signal }).catch(() => false);
    if (!woke) break;
  }
  return checks;
}
