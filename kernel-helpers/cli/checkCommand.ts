import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { checkDrift } from "../check/checkDrift";
import type { CheckOptions } from "../check/checkDrift";
import type { CheckReport } from "../check/checkReport";
import { checkSummary } from "../report/checkSummary";
import { loadBaseline } from "../baseline/loadBaseline";
import { saveReport } from "../store/saveReport";
import { parseWindowSpec } from "../windows/windowSpec";
import { workspaceLayout } from "../store/workspaceLayout";
import { readTable } from "../data/readTable";
import { DEFAULT_SAMPLE_CAP } from "../baseline/baselineInfo";
import { isLargeInput } from "../summary/withComparisonSide";
import { TABLE_SOURCE_FLAGS, TABLE_SOURCE_FLAGS_USAGE, checkTableFlagsUsed, sourceArgument, summaryFlags } from "./tableSourceFlags";
import { UsageError } from "../errors";
import { checkLogFolder } from "../watch/checkLogFolder";
import { parseDuration } from "../watch/parseDuration";
import { watchMessages } from "../watch/watchMessages";
import { choiceFlag, numberFlag, outputPathFlag, useColor } from "./cliOptions";
import { COMPARISON_FLAGS, COMPARISON_FLAGS_USAGE, comparisonFlags } from "./comparisonFlags";
import { EXIT_DRIFT, EXIT_NOT_CHECKED, EXIT_OK } from "./exitCodes";
import { performanceRuleFlags } from "./performanceRuleFlags";
import { writeReportOutput } from "./writeReportOutput";
import { shownPath } from "./shownPath";
import { reportVerdict } from "../report/reportVerdict";
import { DEFAULT_MONITORING_SETTINGS } from "../config/monitoringSettings";

const usage = `Usage: driftlens check CURRENT --baseline DIR [options]

Checks a dataset (CSV, TSV, JSONL, Parquet, Arrow, a glob or a log folder) against a baseline:
column drift with Evidently's tests, the dataset drift score, prediction and target drift shown
apart, severity, alerts, and per-window results. When the baseline was built with a target and a
prediction, the model's performance too: measured where CURRENT has labels, estimated where it has
none (CBPE for classifiers with probabilities, DLE for regression), per window, with change points
in the error (Page-Hinkley, ADWIN) and degradation alerts. Multivariate drift (data reconstruction
error and a domain classifier against the bands of the reference chunks) and data-quality tests
against the baseline (missing values, out-of-range and out-of-list values, rows, columns, types)
run too; each drift or failed test is an alert. Saves the report as
REPORT-DIR/NAME/STAMP.json and REPORT-DIR/NAME/latest.json. For a folder or a glob, only the
last analysis-window hours (by the baseline's timestamp column) are checked.
CURRENT may be a database table, clickhouse://USER@HOST:8123/DB/TABLE or
postgres://USER@HOST:5432/DB/SCHEMA.TABLE, and data files over --sample-cap rows are summarised
in DuckDB: the check then runs on counts made where the data lives (windows and performance,
which need every row, are left out).

Options:
  --baseline DIR            baseline version folder, e.g. .driftlens/baselines/credit/v1 (required)
  --json FILE               also write the report as JSON (use - for stdout)
  --report-dir DIR          reports folder (default .driftlens/reports)
  --window SPEC             also check each window: 1h (hourly), 1d (daily), 6h, 7d, or N rows
  --since DURATION          CURRENT is an inference log folder: check its records of the last
                            24h, 90m, 7d… before now (hour partitions older than that are not
                            read; labels logged later are joined by request id); for a database
                            table: its rows at or after that time (24h, 7d, or an ISO date/time)
  --timestamp COL           the table's time column for --since (default: the baseline's)
${TABLE_SOURCE_FLAGS_USAGE}
  --fail-on LEVEL           exit 1 on: drift (the verdict DRIFT: dataset drift or multivariate
                            drift, default), warning (any alert), critical (a CRITICAL alert), none
  --no-color                plain output
  --no-multivariate         skip multivariate drift ("multivariate" in driftlens.config.json sets
                            columns, detectors, varianceKept, referenceChunks, classifier)
  --no-quality              skip the data-quality tests ("quality" in driftlens.config.json sets
                            conditions per test, e.g. { "TestNumberOfRows": { "gte": 1000 } })
${COMPARISON_FLAGS_USAGE}
Settings (option > driftlens.config.json > environment variable > default):
  --psi-threshold X         threshold of psi columns without --threshold (DRIFT_PSI_THRESHOLD, default ${DEFAULT_MONITORING_SETTINGS.psiThreshold})
  --min-samples N           fewest rows per window (DRIFT_MIN_SAMPLES, default 100)
  --analysis-window-hours H hours checked in a log folder (DRIFT_ANALYSIS_WINDOW_HOURS, default 24)
  --critical-threshold X    drift score of a CRITICAL alert (DRIFT_SCORE_CRITICAL_THRESHOLD, default 0.5)
  --perf-absolute M=X       alert (CRITICAL) when metric M is worse than X: below it for scores
                            (accuracy, f1, rocAuc, r2…), above it for errors (mae, rmse, mape,
                            logLoss); repeatable
  --perf-relative M=S       alert (WARNING) when metric M is worse than the baseline's by more than
                            the share S (0.1 = 10%); repeatable. Default: accuracy, f1 and rocAuc
                            (mae and rmse for regression) at 0.1; a metric given a rule keeps only
                            it. In driftlens.config.json: "performanceRules": { "accuracy":
                            { "absolute": 0.8 }, "f1": { "relative": 0.05 } } (flags win per metric)
  --config FILE             config file (default ./driftlens.config.json when present)

Exit codes: 0 no drift at the --fail-on level, 1 drift at that level, 2 bad usage or bad input,
4 NOT CHECKED: too few columns could be tested (unless --fail-on none).`;

const FAIL_ON = ["drift", "warning", "critical", "none"] as const;
type FailOn = (typeof FAIL_ON)[number];

/** `driftlens check CURRENT --baseline DIR`: check data against a baseline, save the report. */
export const checkCommand = {
  name: "check",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        baseline: { type: "string" },
        json: { type: "string" },
        "report-dir": { type: "string", default: workspaceLayout().reports },
        window: { type: "string" },
        since: { type: "string" },
        "fail-on": { type: "string", default: "drift" },
        ...COMPARISON_FLAGS,
        "perf-absolute": { type: "string", multiple: true },
        "perf-relative": { type: "string", multiple: true },
        "psi-threshold": { type: "string" },
        "min-samples": { type: "string" },
        "analysis-window-hours": { type: "string" },
        "critical-threshold": { type: "string" },
        config: { type: "string" },
        ...TABLE_SOURCE_FLAGS,
        timestamp: { type: "string" },
        "no-color": { type: "boolean", default: false },
        "no-multivariate": { type: "boolean", default: false },
        "no-quality": { type: "boolean", default: false },
      },
    });
    if (positionals.length !== 1) {
      throw new UsageError(`check needs one CURRENT dataset, got ${positionals.length} arguments. Example: driftlens check today.csv --baseline .driftlens/baselines/credit/v1`);
    }
    if (values.baseline === undefined) throw new UsageError("check needs --baseline DIR, the folder of one baseline version, e.g. --baseline .driftlens/baselines/credit/v1.");
    const failOn = choiceFlag("fail-on", values["fail-on"], FAIL_ON);
    outputPathFlag("json", values.json, "file");
    outputPathFlag("report-dir", values["report-dir"], "folder");
    const window = values.window === undefined ? undefined : parseWindowSpec(values.window);
    const performanceRules = performanceRuleFlags(values["perf-absolute"], values["perf-relative"]);
    const { types, ...comparison } = comparisonFlags(values);
    const [currentPath] = positionals;
    const baseline = await loadBaseline(values.baseline);
    const table = sourceArgument(currentPath, values, {
      ...(values.since === undefined ? {} : { since: values.since }),
      ...((values.timestamp ?? baseline.info.roles.timestamp) === undefined ? {} : { timestamp: values.timestamp ?? baseline.info.roles.timestamp }),
    });
    checkTableFlagsUsed(values, [table]);
    const since = values.since === undefined || typeof table !== "string" ? undefined : parseDuration(values.since, "--since", "h") / 3_600_000;
    if (since !== undefined && !(await stat(currentPath).catch(() => undefined))?.isDirectory()) throw new UsageError(watchMessages.sinceNeedsFolder(currentPath));
    const options: CheckOptions = {
      ...comparison,
      psiThreshold: numberFlag("psi-threshold", values["psi-threshold"]),
      minSamples: numberFlag("min-samples", values["min-samples"]),
      analysisWindowHours: since ?? numberFlag("analysis-window-hours", values["analysis-window-hours"]),
      criticalThreshold: numberFlag("critical-threshold", values["critical-threshold"]),
      ...(values.config === undefined ? {} : { configFile: values.config }),
      ...(window ? { window } : {}),
      ...(performanceRules ? { performanceRules } : {}),
      ...(values["no-multivariate"] ? { checkMultivariate: false } : {}),
      ...(values["no-quality"] ? { checkQuality: false } : {}),
    };
    const summaries = summaryFlags(values);
    // A log folder or glob of a baseline with a time column keeps its own path (recent hours, labels
    // joined), and --type overrides need the rows read; a table, or large files (one, a folder or a
    // glob) otherwise, are summarised.
    const logFolder = baseline.info.roles.timestamp !== undefined && (await isFolderOrGlob(currentPath));
    const pushed = typeof table !== "string" || (since === undefined && !logFolder && types === undefined && (await isLargeInput(table, summaries.sampleCap ?? DEFAULT_SAMPLE_CAP)));
    const report = pushed
      ? await checkDrift(baseline, table, { ...options, ...summaries })
      : since !== undefined
      ? await checkLogFolder(baseline, currentPath, { ...options, types })
      : await checkDrift(baseline, await readTable(currentPath, { types }), {
        ...options,
        recentOnly: logFolder,
      });
    const saved = await saveReport(report, values["report-dir"]);
    await writeReportOutput(report, values.json, () => [
      checkSummary(report, { color: useColor(values["no-color"]) }),
      `Report saved to ${shownPath(saved.path)}`,
    ]);
    return exitCodeFor(report, failOn);
  },
};

function exitCodeFor(report: CheckReport, failOn: FailOn): number {
  if (failOn !== "none" && reportVerdict(report).state === "not-checked") return EXIT_NOT_CHECKED;
  const failed =
    failOn === "drift" ? reportVerdict(report).drifted
    : failOn === "warning" ? report.alerts.length > 0
    : failOn === "critical" ? report.alerts.some((alert) => alert.level === "CRITICAL")
    : false;
  return failed ? EXIT_DRIFT : EXIT_OK;
}

/** True for a folder or a glob pattern (a log folder), whose most recent hours are checked. */
async function isFolderOrGlob(path: string): Promise<boolean> {
  if (/[*?[{]/.test(path)) return true;
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}
