import { checkIncludeColumns } from "../drift/checkIncludeColumns";
import type { Column, DatetimeColumn, Table } from "../data/table";
import type { SkippedColumn } from "../drift/driftReport";
import { UsageError } from "../errors";
import { messages } from "../messages";
import { checkMessages } from "./checkMessages";
import type { BaselineColumn, BaselineInfo } from "../baseline/baselineInfo";
import type { ColumnProblem } from "./checkReport";
import { toCategoricalColumn } from "../baseline/toCategoricalColumn";
import { toTimestampColumn } from "../baseline/toTimestampColumn";
import { columnHasValues } from "../data/columnHasValues";

/** The current data lined up with a baseline's columns. */
export interface AlignedColumns {
  /** Baseline columns to test (numerical or categorical, present with the same type, with values on both sides), in baseline order. */
  readonly tested: readonly BaselineColumn[];
  /** The current table with the tested columns converted as the baseline converted them. */
  readonly current: Table;
  /** The current timestamp column as datetime, when the baseline has one and the current data too. */
  readonly timestamp?: DatetimeColumn;
  readonly problems: readonly ColumnProblem[];
  /** Columns of the current data that the baseline does not have. */
  readonly extra: readonly string[];
  /** Columns present but not tested by a column test (timestamp, text, image; a target not yet labelled). */
  readonly skipped: readonly SkippedColumn[];
}

/**
 * Lines the current data up with a baseline, column by column, without throwing for data
 * problems: a baseline column missing from the current data, present with another type, or with
 * no values becomes a `ColumnProblem`; current columns the baseline lacks are listed as extra.
 * Conversions the baseline made (categorical overrides, ISO 8601 timestamps) are applied to the
 * current data the same way. A target absent from the current data is skipped, not a problem
 * (labels often arrive later).
 * Cost: O(rows) per converted column, O(columns) otherwise.
 *
 * An identifier-like column (role "identifier") is skipped with its reason unless `include` names it.
 *
 * @param wanted baseline columns to check; default all
 * @param include identifier columns to test anyway
 * @throws {UsageError} when `wanted` names a column the baseline does not have
 * @throws {DataError} when the current timestamps do not parse (naming rows and values)
 */
export function alignColumns(info: BaselineInfo, current: Table, wanted?: readonly string[], include: readonly string[] = []): AlignedColumns {
  const baselineName = `${info.name}/${info.version}`;
  const byName = new Map(info.columns.map((column) => [column.name, column]));
  checkIncludeColumns(include, info.columns.map((column) => column.name));
  const unknown = (wanted ?? []).filter((name) => !byName.has(name));
  if (unknown.length > 0) throw new UsageError(checkMessages.columnsNotInBaseline(unknown, baselineName, info.columns.map((column) => column.name)));
  const inScope = wanted ? info.columns.filter((column) => wanted.includes(column.name)) : info.columns;
  const currentByName = new Map(current.columns.map((column) => [column.name, column]));
  const where = `the current data (${current.source})`;

  const tested: BaselineColumn[] = [];
  const columns: Column[] = [];
  const problems: ColumnProblem[] = [];
  const skipped: SkippedColumn[] = [];
  let timestamp: DatetimeColumn | undefined;
  for (const column of inScope) {
    const found = currentByName.get(column.name);
    if (!found) {
      if (column.role === "target") skipped.push({ column: column.name, type: column.type, reason: checkMessages.targetNotLabelled() });
      else problems.push({ column: column.name, kind: "missing", baselineType: column.type, message: checkMessages.columnMissing(column.name, where, baselineName) });
      continue;
    }
    if (column.role === "timestamp") {
      timestamp = toTimestampColumn(found, where);
      skipped.push({ column: column.name, type: "datetime", reason: messages.columnSkipped("datetime") });
      continue;
    }
    if (column.role === "text" || column.role === "image") {
      skipped.push({ column: column.name, type: found.type, reason: checkMessages.roleNotTested(column.role) });
      continue;
    }
    if (column.role === "identifier" && !include.includes(column.name)) {
      skipped.push({ column: column.name, type: column.type, reason: messages.identifierExcluded(column.name, column.identifier ?? "the baseline gave it the identifier role"), role: "identifier" });
      continue;
    }
    const converted = column.convertedFrom === found.type && column.type === "categorical" ? toCategoricalColumn(found) : found;
    if (converted.type !== column.type && !columnHasValues(converted)) {
      // A column left empty reads as text whatever it held: no values, not another type.
      problems.push({ column: column.name, kind: "empty", baselineType: column.type, currentType: converted.type, message: checkMessages.columnEmptyInCurrent(column.name, where, current.rowCount) });
      continue;
    }
    if (converted.type !== column.type) {
      problems.push({ column: column.name, kind: "typeChanged", baselineType: column.type, currentType: converted.type, message: checkMessages.columnTypeChanged(column.name, column.type, converted.type, where, baselineName) });
      continue;
    }
    if (column.type === "text" || column.type === "datetime") {
      skipped.push({ column: column.name, type: column.type, reason: messages.columnSkipped(column.type) });
      continue;
    }
    if (column.profile.count === 0) {
      problems.push({ column: column.name, kind: "empty", baselineType: column.type, currentType: converted.type, message: checkMessages.columnEmptyInBaseline(column.name, baselineName) });
      continue;
    }
    if (!columnHasValues(converted)) {
      problems.push({ column: column.name, kind: "empty", baselineType: column.type, currentType: converted.type, message: checkMessages.columnEmptyInCurrent(column.name, where, current.rowCount) });
      continue;
    }
    tested.push(column);
    columns.push(converted);
  }
  const extra = current.columns.map((column) => column.name).filter((name) => !byName.has(name));
  return {
    tested,
    current: { rowCount: current.rowCount, columns, source: current.source, ...(current.warnings ? { warnings: current.warnings } : {}) },
    ...(timestamp ? { timestamp } : {}),
    problems,
    extra,
    skipped,
  };
}
