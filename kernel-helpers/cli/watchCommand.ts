import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { workspaceLayout } from "../store/workspaceLayout";
import { UsageError } from "../errors";
import { verdictLine } from "../report/verdictLine";
import { parseDuration } from "../watch/parseDuration";
import { watchLogs } from "../watch/watchLogs";
import type { WatchCheck } from "../watch/watchLogs";
import { watchMessages } from "../watch/watchMessages";
import { outputPathFlag } from "./cliOptions";
import { COMPARISON_FLAGS, COMPARISON_FLAGS_USAGE, comparisonFlags } from "./comparisonFlags";
import { EXIT_OK } from "./exitCodes";
import { loadBaseline } from "../baseline/loadBaseline";
import { checkSettings } from "../check/checkSettings";
import { isTableUrl } from "../summary/parseTableUrl";
import type { TableSource } from "../summary/tableSource";
import { tableSourceLabel } from "../summary/tableSource";
import { watchTable } from "../watch/watchTable";
import { TABLE_SOURCE_FLAGS, TABLE_SOURCE_FLAGS_USAGE, checkTableFlagsUsed, sourceArgument, summaryFlags } from "./tableSourceFlags";
import type { TableSourceFlagValues } from "./tableSourceFlags";

/** The flag values of `watch`. */
type WatchFlagValues = TableSourceFlagValues & Parameters<typeof comparisonFlags>[0] & { baseline?: string; since?: string; timestamp?: string; config?: string; "report-dir": string };

const usage = `Usage: driftlens watch LOGDIR --baseline DIR [--every 300] [options]
       driftlens watch clickhouse://USER@HOST:8123/DB/TABLE --baseline DIR [--every 300] [--since 24h] [options]

Follows an inference log folder (year=/month=/day=/hour= partitions, as the driftlens logger
writes them) and checks its recent records against a baseline: at the start, whenever a new
partition appears, and at least every --every seconds. Each check saves
REPORT-DIR/NAME/STAMP.json, REPORT-DIR/NAME/latest.json and the page REPORT-DIR/NAME/latest.html,
and prints one line; a check that fails (no records in the window, an unreadable file) prints
why on stderr and the watch goes on.
A database table (clickhouse://… or postgres://USER@HOST:5432/DB/SCHEMA.TABLE) has no partitions:
it is checked at the start and every --every seconds, each time on the rows of the last --since
by its --timestamp column (default: the baseline's timestamp column; without one, every row),
counted where the data lives.
Stop it with Ctrl-C or SIGTERM: the check in progress finishes first.

Options:
  --baseline DIR            baseline version folder, e.g. .driftlens/baselines/credit/v1 (required);
                            reloaded before every check
  --every DURATION          check at least this often: 300 (seconds, the default), 30s, 5m, 1h
  --since DURATION          the analysis window: 24h, 90m, 7d (default: the analysisWindowHours
                            setting, DRIFT_ANALYSIS_WINDOW_HOURS, 24)
  --poll DURATION           how often to look for new partitions (default: --every, at most 10s)
  --report-dir DIR          reports folder (default .driftlens/reports)
  --config FILE             config file (default ./driftlens.config.json when present)
  --timestamp COL           a table's time column for --since (default: the baseline's)
${TABLE_SOURCE_FLAGS_USAGE}
Each check, as in driftlens check:
${COMPARISON_FLAGS_USAGE}

Exit codes: 0 stopped by a signal, 2 bad usage or a baseline that cannot be loaded.`;

/** `driftlens watch LOGDIR --baseline DIR --every 300`: re-check a log folder on an interval and on new partitions. */
export const watchCommand = {
  name: "watch",
  usage,
  handlesSignals: true,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        baseline: { type: "string" },
        every: { type: "string", default: "300" },
        since: { type: "string" },
        poll: { type: "string" },
        "report-dir": { type: "string", default: workspaceLayout().reports },
        config: { type: "string" },
        ...COMPARISON_FLAGS,
        ...TABLE_SOURCE_FLAGS,
        timestamp: { type: "string" },
      },
    });
    if (positionals.length !== 1) throw new UsageError(`watch needs one LOGDIR, got ${positionals.length} arguments. Example: driftlens watch logs/credit --baseline .driftlens/baselines/credit/v1 --every 300`);
    if (values.baseline === undefined) throw new UsageError("watch needs --baseline DIR, the folder of one baseline version, e.g. --baseline .driftlens/baselines/credit/v1.");
    const [logDir] = positionals;
    const everyMs = parseDuration(values.every, "--every", "s");
    if (isTableUrl(logDir)) return watchTableCommand(logDir, values, everyMs);
    checkTableFlagsUsed(values, [logDir]);
    if (values.timestamp !== undefined) throw new UsageError("--timestamp applies to a database table; a log folder's time column is the baseline's.");
    const pollMs = values.poll === undefined ? undefined : parseDuration(values.poll, "--poll", "s");
    const sinceHours = values.since === undefined ? undefined : parseDuration(values.since, "--since", "h") / 3_600_000;
    const comparison = comparisonFlags(values);
    outputPathFlag("report-dir", values["report-dir"], "folder");
    if ((await stat(logDir).catch(() => undefined))?.isFile()) throw new UsageError(watchMessages.watchNeedsFolder(logDir));

    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      await watchLogs({
        logDir,
        baselineDir: values.baseline,
        reportDir: values["report-dir"],
        everyMs,
        ...comparison,
        ...(pollMs === undefined ? {} : { pollMs }),
        ...(sinceHours === undefined ? {} : { analysisWindowHours: sinceHours }),
        ...(values.config === undefined ? {} : { configFile: values.config }),
        signal: controller.signal,
        onCheck: printCheck,
      });
    } finally {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
    return EXIT_OK;
  },
};

/** `driftlens watch clickhouse://… --baseline DIR`: a table re-checked every `everyMs` on the rows of its --since window. */
async function watchTableCommand(address: string, values: WatchFlagValues, everyMs: number): Promise<number> {
  const baseline = await loadBaseline(values.baseline as string);
  const timestamp = values.timestamp ?? baseline.info.roles.timestamp;
  const comparison = comparisonFlags(values);
  const configFile = values.config === undefined ? {} : { configFile: values.config };
  // The window: --since, else the analysisWindowHours setting when the table has a time column, else every row.
  const since = values.since ?? (timestamp === undefined ? undefined : `${(await checkSettings(configFile)).monitoring.analysisWindowHours}h`);
  const table = sourceArgument(address, values, { ...(since === undefined ? {} : { since }), ...(timestamp === undefined ? {} : { timestamp }) }) as TableSource;
  outputPathFlag("report-dir", values["report-dir"], "folder");
  if (since === undefined) process.stderr.write(watchMessages.tableWithoutWindow(tableSourceLabel(table)));
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await watchTable({ table, baselineDir: values.baseline as string, reportDir: values["report-dir"], everyMs, ...comparison, ...summaryFlags(values), ...configFile, signal: controller.signal, onCheck: printCheck });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  return EXIT_OK;
}

/** One line per check: time, trigger, verdict, window and report file; a failure on stderr. */
function printCheck(check: WatchCheck): void {
  const trigger = check.trigger === "new partition" ? `new partition ${check.newPartitions.join(", ")}` : check.trigger;
  const head = `${check.at.replace(/\.\d+Z$/, "Z")}  ${trigger}`;
  if (check.error !== undefined || !check.report) {
    process.stderr.write(`${head}  check failed: ${check.error}\n`);
    return;
  }
  const window = check.report.analysisWindow ? ` · last ${check.report.analysisWindow.hours} h` : "";
  process.stdout.write(`${head}  ${verdictLine(check.report)}${window} → ${check.saved?.path}\n`);
}
