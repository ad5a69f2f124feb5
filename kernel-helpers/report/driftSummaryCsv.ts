import type { CheckReport } from "../check/checkReport";
import type { ColumnDriftResult, DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "./anyDriftReport";
import { columnsByConcern } from "./columnsByConcern";
import { checkReportArgument } from "../arguments/checkReportArgument";

const HEADER = ["column", "role", "type", "method", "score", "threshold", "drifted", "severity", "p_value", "statistic", "reference_count", "current_count", "reference_missing", "current_missing"];

/**
 * `drift_summary.csv`: one row per tested column (features most concerning first, then
 * prediction and target columns of a check, with their `role`), RFC 4180 quoting, numbers in
 * full precision (`NaN`, `inf`, `-inf` as pandas reads them), and text cells that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) prefixed
 * with `'`.
 * Cost: O(columns).
 *
 * @example driftSummaryCsv(report).split("\n")[0] // "column,role,type,method,score,threshold,drifted,…"
 */
export function driftSummaryCsv(input: AnyDriftReport): string {
  checkReportArgument(input, "driftSummaryCsv", "report");
  const report = input as DriftReport;
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const rows: [string, ColumnDriftResult][] = [
    ...columnsByConcern(report.columns).map((column): [string, ColumnDriftResult] => ["feature", column]),
    ...(check?.prediction?.columns ?? []).map((column): [string, ColumnDriftResult] => ["prediction", column]),
    ...(check?.target ? [["target", check.target] as [string, ColumnDriftResult]] : []),
  ];
  const lines = [HEADER.join(",")];
  for (const [role, column] of rows) {
    lines.push([
      text(column.column), role, column.type, text(column.method), number(column.score), number(column.threshold), String(column.drifted), column.severity,
      number(column.pValue), number(column.statistic), number(column.reference.count), number(column.current.count), number(column.reference.missing), number(column.current.missing),
    ].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

function number(value: number | null | undefined): string {
  if (value === undefined) return "";
  if (value === null || Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  return String(value);
}

function text(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
