/**
 * driftlens — the public API of the engine. Import from "driftlens":
 *
 *   import { compareDatasets, consoleSummary } from "driftlens";
 */
export type { Column, ColumnType, Table, NumericalColumn, CategoricalColumn, TextColumn, DatetimeColumn } from "./data/table";
export { findColumn } from "./data/table";
export { tableToCsv } from "./data/tableToCsv";
export { readTable } from "./data/readTable";
export { toTable } from "./data/toTable";
export type { TableInput } from "./data/toTable";
export { tableFromRecords } from "./data/tableFromRecords";
export { tableFromColumns } from "./data/tableFromColumns";
export { tableFromArrow } from "./data/tableFromArrow";
export { tableFromDanfo } from "./data/tableFromDanfo";
export type { DanfoLike } from "./data/tableFromDanfo";
export type { TableOptions, MemoryTableOptions } from "./data/tableOptions";
export { DEFAULT_MAX_CATEGORIES } from "./data/tableOptions";
export { MISSING_TOKENS } from "./data/missingTokens";

export type { StatTest, StatTestOutcome, Sample, NumericalSample, CategoricalSample } from "./stats/statTest";
export { getStatTest, statTestNames, statTestsFor } from "./stats/registry";
export { createRandom } from "./stats/random";
export type { Random } from "./stats/random";

export { compareDatasets } from "./drift/compareDatasets";
export { compareTables } from "./drift/compareTables";
export type { CompareOptions } from "./drift/compareOptions";
export { defaultStatTest } from "./drift/defaultStatTest";
export { adjustPValues } from "./drift/multipleTesting";
export type { Correction } from "./drift/multipleTesting";
export type { ColumnDriftResult, DriftReport, DatasetDriftResult, Severity, SkippedColumn } from "./drift/driftReport";
export { DRIFT_REPORT_SCHEMA_VERSION } from "./drift/driftReport";

export { severityOf } from "./drift/severity";
export type { SeverityBands } from "./drift/severityBands";
export { DEFAULT_SEVERITY_BANDS } from "./drift/severityBands";

export { buildBaseline } from "./baseline/buildBaseline";
export type { BuildBaselineOptions } from "./baseline/buildBaseline";
export { saveBaseline } from "./baseline/saveBaseline";
export type { SaveBaselineOptions } from "./baseline/saveBaseline";
export { loadBaseline } from "./baseline/loadBaseline";
export type { LoadBaselineOptions } from "./baseline/loadBaseline";
export { readBaselineInfo } from "./baseline/readBaselineInfo";
export { listBaselines } from "./baseline/listBaselines";
export type { BaselineListing } from "./baseline/listBaselines";
export { BASELINE_SCHEMA_VERSION, DEFAULT_SAMPLE_CAP } from "./baseline/baselineInfo";
export type {
  Baseline,
  BaselineColumn,
  BaselineInfo,
  BaselineRoles,
  CategoricalProfile,
  ColumnRole,
  DatetimeProfile,
  NumericalProfile,
  SampleInfo,
  TextProfile,
} from "./baseline/baselineInfo";
export { checkDrift } from "./baseline/checkDrift";
export type { CheckOptions } from "./baseline/checkDrift";
export type {
  AlertLevel,
  CheckColumnResult,
  CheckReport,
  ColumnProblem,
  DriftAlert,
  DriftWindow,
  PredictionDrift,
  WindowColumnResult,
  WindowedDrift,
} from "./baseline/checkReport";
export { saveReport } from "./baseline/saveReport";
export { listReports } from "./baseline/listReports";
export type { ReportListing } from "./baseline/listReports";
export { latestReports } from "./baseline/latestReports";
export type { LatestReport } from "./baseline/latestReports";
export { parseWindowSpec } from "./baseline/windowSpec";
export type { WindowSpec } from "./baseline/windowSpec";
export { WORKSPACE_DIR, workspaceLayout } from "./baseline/workspaceLayout";
export { KllSketch } from "./baseline/kllSketch";
export { FrequencySketch } from "./baseline/frequencySketch";

export { resolveSettings } from "./config/resolveSettings";
export type { SettingSource, SettingsInForce, SettingsSources } from "./config/resolveSettings";
export { DEFAULT_MONITORING_SETTINGS } from "./config/monitoringSettings";
export type { MonitoringSettings, MonitoringSettingsInput } from "./config/monitoringSettings";

export { consoleSummary } from "./report/consoleSummary";
export { checkSummary } from "./report/checkSummary";
export { verdictLine } from "./report/verdictLine";
export { creditSample } from "./synth/creditSample";
export { DataError, DriftlensError, UsageError } from "./errors";
