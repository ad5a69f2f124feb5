import type { AnyDriftReport, BaselineRoles, CheckOptions, CheckReport, CompareOptions, DatabaseConnection, DriftReport, ListedTable, TableShift, TableSource } from "driftlens";

import type { ReportParts } from "../panels/reportParts";

/** The niceness of the engine process (Unix 0–19; Windows maps 10 to "below normal"). */
export const ENGINE_NICENESS = 10;

/** A column as the build wizard sees it: its name, its inferred type and how many distinct values it has. */
export interface ColumnSummary {
  readonly name: string;
  readonly type: string;
  readonly distinct?: number;
}

/** The jobs the engine process runs, each with what it takes and what it answers. */
export interface EngineJobs {
  /** Reads a data file and keeps it for the jobs after it (build): its row count and columns. */
  read: { request: { path: string }; result: { rows: number; columns: ColumnSummary[] } };
  /** Builds and saves a baseline of a file read before (`read`). */
  build: {
    request: { path: string; name: string; version: string; roles: Partial<BaselineRoles>; baselinesDirectory: string };
    result: { path: string; rows: number; columns: number };
  };
  /**
   * Checks data against a saved baseline and saves the report (`driftlens check`); a log folder
   * or glob checks only its last analysis-window hours when the baseline has a timestamp column.
   * The report's view parts (figures, summary table, verdict) come with it, built here: the panel
   * that opens runs no engine code on the host.
   */
  check: {
    request: { baselinePath: string; dataPath: string; options: CheckOptions; cwd: string; reportsDirectory: string };
    result: { report: CheckReport; reportPath: string; latestPath: string; previous?: CheckReport; parts: ReportParts };
  };
  /** The tables of a database (`listTables`); the password travels in this message only, never in the environment or the arguments of the process. */
  listTables: { request: { connection: DatabaseConnection; password: string }; result: { tables: ListedTable[] } };
  /**
   * Checks a database table against a saved baseline, counting where the data lives, and saves
   * the report (`driftlens check clickhouse://… --baseline DIR`).
   */
  checkTable: {
    request: { baselinePath: string; source: TableSource; password: string; options: CheckOptions; cwd: string; reportsDirectory: string };
    result: { report: CheckReport; reportPath: string; latestPath: string; previous?: CheckReport; parts: ReportParts };
  };
  /** Compares two files column by column (`driftlens compare`); nothing is saved. */
  compare: { request: { referencePath: string; currentPath: string; options: CompareOptions }; result: { report: DriftReport; parts: ReportParts } };
  /** The text-like columns (text or categorical) of a file, read and kept for `textDrift`. */
  textColumns: { request: { path: string }; result: { columns: string[] } };
  /**
   * Text drift of one column of two files (read before by `textColumns`), with the report's
   * view parts (figures: one point per distinct text) built here rather than on the extension host.
   */
  textDrift: {
    request: { referencePath: string; currentPath: string; column: string; model?: string; allowRemote: boolean };
    result: { report: AnyDriftReport; parts: ReportParts };
  };
  /**
   * Loads the What-if reference — a check's baseline sample, or a comparison's reference file —
   * capped at WHAT_IF_ROWS rows, and keeps it for `whatIf`: its shiftable columns.
   */
  whatIfPrepare: {
    request: { baselinePath?: string; referencePath?: string };
    result: { columns: ColumnSummary[]; features: string[]; rows: number; of: number };
  };
  /** The kept What-if reference against a shifted copy of itself (`shiftTable`), with its view parts and the time it took. */
  whatIf: { request: { shift: TableShift; options: CompareOptions }; result: { report: DriftReport; parts: ReportParts; ms: number } };
  /** Image drift of two folders of images, or two files' columns of image paths, with the report's view parts (as `textDrift`). */
  imageDrift: {
    request: { reference: ImageSource; current: ImageSource; model?: string; allowRemote: boolean };
    result: { report: AnyDriftReport; column: string; parts: ReportParts };
  };
}

/** Where images come from: a folder, or a data file's column of paths (the column picked from `textColumns` when it has several). */
export interface ImageSource {
  readonly path: string;
  readonly column?: string;
}

export type JobName = keyof EngineJobs;

/** Extension host → engine process. */
export type EngineRequest = { [K in JobName]: { readonly type: "run"; readonly id: number; readonly job: K; readonly request: EngineJobs[K]["request"] } }[JobName];

/** An error crossing the process boundary: its class name (DataError, UsageError…) decides how it is shown. */
export interface EngineFailure {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: string;
  /** The engine's DriftlensError (DataError, UsageError): a message meant for the person. */
  readonly userFacing: boolean;
}

/** Engine process → extension host. `fraction` is the share of the job done, 0..1. */
export type EngineEvent =
  | { readonly type: "progress"; readonly id: number; readonly fraction: number; readonly message: string }
  | { readonly type: "done"; readonly id: number; readonly result: unknown }
  | { readonly type: "failed"; readonly id: number; readonly error: EngineFailure };
