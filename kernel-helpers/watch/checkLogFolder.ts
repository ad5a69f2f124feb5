import type { Baseline } from "../baseline/baselineInfo";
import { checkDrift } from "../check/checkDrift";
import type { CheckOptions } from "../check/checkDrift";
import type { CheckReport } from "../check/checkReport";
import { resolveSettings } from "../config/resolveSettings";
import type { ColumnType } from "../data/table";
import { DEFAULT_LOG_COLUMNS, LABELED_AT_COLUMN } from "../logger/inferenceRecord";
import { readInferenceLogs } from "../logger/readInferenceLogs";

/** Options of a log-folder check: those of `checkDrift` (without `recentOnly`), the end of the window and column types. */
export interface LogFolderCheckOptions extends Omit<CheckOptions, "recentOnly"> {
  /** The end of the analysis window, epoch ms. Default `Date.now()`. */
  readonly now?: number;
  /** Column types that win over the logged ones when the records are read, e.g. `{ zip: "categorical" }`. Default: as logged. */
  readonly types?: Readonly<Record<string, ColumnType>>;
}

/**
 * Checks the recent records of an inference log folder against a baseline: the last
 * `analysisWindowHours` before now (option > `driftlens.config.json` > `DRIFT_ANALYSIS_WINDOW_HOURS`
 * > 24) are read with `readInferenceLogs` — older hour partitions are not opened, labels that
 * came later are joined by request id, `types` override the logged column types — and checked with `checkDrift`. Rows are kept by the
 * baseline's timestamp column, or the logger's `timestamp` when the baseline has none. The
 * report's `analysisWindow` says which hours were checked and how many rows were left out.
 * Cost: reading the window's partitions plus one `checkDrift`.
 *
 * @example const report = await checkLogFolder(await loadBaseline(".driftlens/baselines/credit/v1"), "logs/credit", { analysisWindowHours: 6 });
 * @throws {DataError} for a missing log folder or no records in the window (see `readInferenceLogs`)
 * @throws {UsageError} as `checkDrift`
 */
export async function checkLogFolder(baseline: Baseline, logDir: string, options: LogFolderCheckOptions = {}): Promise<CheckReport> {
  const settings = await resolveSettings({
    options: options.analysisWindowHours === undefined ? {} : { analysisWindowHours: options.analysisWindowHours },
    configFile: options.configFile,
    cwd: options.cwd,
    env: options.env,
  });
  const hours = settings.analysisWindowHours.value;
  const logs = await readInferenceLogs(logDir, { hours, now: options.now, timestampColumn: baseline.info.roles.timestamp ?? DEFAULT_LOG_COLUMNS.timestamp, types: options.types });
  const { now: _now, types: _types, ...checkOptions } = options;
  // The logger's own columns are not new columns of the model's data (see `dataQuality`).
  const report = await checkDrift(baseline, logs.table, { sourceColumns: [...Object.values(DEFAULT_LOG_COLUMNS), LABELED_AT_COLUMN], ...checkOptions });
  return { ...report, analysisWindow: { hours, from: logs.from, to: logs.to, rowsKept: logs.rowsKept, rowsLeftOut: logs.rowsLeftOut } };
}
