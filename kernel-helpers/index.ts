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
export { severityOf } from "./drift/severity";
export type { ColumnDriftResult, DriftReport, DatasetDriftResult, Severity, SkippedColumn } from "./drift/driftReport";
export { DRIFT_REPORT_SCHEMA_VERSION } from "./drift/driftReport";

export { consoleSummary } from "./report/consoleSummary";
export { creditSample } from "./synth/creditSample";
export { DataError, DriftlensError, UsageError } from "./errors";
