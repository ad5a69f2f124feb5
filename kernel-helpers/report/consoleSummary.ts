import type { ColumnDriftResult, DriftReport } from "../drift/driftReport";
import { formatScore } from "../formatScore";
import { messages } from "../messages";
import { checkReportArgument } from "../arguments/checkReportArgument";
import { reportVerdict, verdictConsole } from "./reportVerdict";
import { countNoun } from "./countNoun";
import { summaryProvenanceLines } from "./summaryProvenanceText";
import { formatCount } from "../formatCount";

export interface ConsoleSummaryOptions {
  /** ANSI colours (for a terminal). Default false. */
  readonly color?: boolean;
  /** Most drifted columns listed one per line (and column names, and warnings, listed); the rest are counted. Default 20. */
  readonly maxColumns?: number;
  /** Columns whose drift another section reports (text and image columns checked by embeddings): not listed as "Not tested". */
  readonly reportedElsewhere?: readonly string[];
}

/**
 * A summary of a drift report that a person reads at a glance: the dataset verdict, the drift
 * score, drifted n/m, then the drifted columns (method, score against threshold, severity; past
 * `maxColumns` counted by severity, type and method, and the most severe listed), the others,
 * and the columns not tested — by their type, or with the reason when it is not the type
 * (a target column missing from the current data).
 *
 * @example
 * consoleSummary(report)
 * // Dataset drift: DRIFT · score 56% (5/9 columns drifted; dataset drifts at ≥ 50%)
 * //   income      numerical    wasserstein  0.412 ≥ 0.1   high
 */
export function consoleSummary(report: DriftReport, options: ConsoleSummaryOptions = {}): string {
  checkReportArgument(report, "consoleSummary", "report");
  const paint = painter(options.color ?? false);
  const maxColumns = options.maxColumns ?? 20;
  const lines: string[] = [];
  lines.push(`Reference: ${report.reference.source} (${countNoun(report.reference.rows, "row")})`);
  lines.push(`Current:   ${report.current.source} (${countNoun(report.current.rows, "row")})`);
  lines.push(`Dataset drift: ${verdictConsole(reportVerdict(report), (label, state) => (state === "drift" ? paint.red(label) : state === "no-drift" ? paint.green(label) : paint.yellow(label)))}`);
  const drifted = report.columns.filter((column) => column.drifted).sort(bySeverityThenName);
  if (drifted.length > 0) {
    lines.push(drifted.length > maxColumns ? `Drifted columns: ${driftedGroups(drifted)}; the ${maxColumns} most severe:` : "Drifted columns:");
    const shown = drifted.slice(0, maxColumns);
    const width = Math.max(...shown.map((column) => column.column.length), 6);
    for (const column of shown) lines.push(`  ${column.column.padEnd(width)}  ${column.type.padEnd(11)}  ${column.method.padEnd(16)}  ${scoreComparison(column).padEnd(22)}  ${paint.severity(column.severity)}`);
    if (drifted.length > shown.length) lines.push(`  … and ${drifted.length - shown.length} more drifted columns (see the JSON report)`);
  }
  const stable = report.columns.filter((column) => !column.drifted).map((column) => column.column);
  if (stable.length > 0) lines.push(`No drift: ${list(stable, maxColumns)}`);
  const elsewhere = new Set(options.reportedElsewhere ?? []);
  const untested = report.skipped.filter((skip) => !elsewhere.has(skip.column));
  const byType = untested.filter((skip) => skip.reason === messages.columnSkipped(skip.type));
  if (byType.length > 0) lines.push(`Not tested: ${list(byType.map((skip) => `${skip.column} (${skip.type})`), maxColumns)}`);
  for (const skip of untested.filter((skip) => !byType.includes(skip))) lines.push(`Not tested: ${skip.column} — ${skip.reason}`);
  lines.push(...provenanceBlock(report, maxColumns));
  for (const warning of report.warnings.slice(0, maxColumns)) lines.push(paint.yellow(`Warning: ${warning}`));
  if (report.warnings.length > maxColumns) lines.push(paint.yellow(`… and ${report.warnings.length - maxColumns} more warnings (see the JSON report)`));
  return lines.join("\n");
}

/**
 * "Computed where the data lives:" and, per kind of computation, the columns computed that way
 * ("exact (reference memory, current clickhouse): income, age"; an approximate column's bound is
 * its own), for a report whose columns were tested from summaries; nothing otherwise.
 */
function provenanceBlock(report: DriftReport, maxColumns: number): string[] {
  const check = report as DriftReport & { target?: ColumnDriftResult; prediction?: { columns: readonly ColumnDriftResult[] } };
  const columns = [...report.columns, ...(check.target ? [check.target] : []), ...(check.prediction?.columns ?? [])];
  const groups = new Map<string, string[]>();
  for (const line of summaryProvenanceLines(columns)) groups.set(line.text, [...(groups.get(line.text) ?? []), `${line.column} (${line.method})`]);
  if (groups.size === 0) return [];
  return ["Computed where the data lives:", ...[...groups].map(([text, names]) => `  ${text}: ${list(names, maxColumns)}`)];
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, none: 3 } as const;

/** Drifted columns counted by severity, type and method: "312 — high 40, medium 120, low 152 · numerical 300 (wasserstein 300), categorical 12 (jensenshannon 12)". */
function driftedGroups(drifted: readonly ColumnDriftResult[]): string {
  const tally = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const severities = tally(drifted.map((column) => column.severity));
  const bySeverity = (["high", "medium", "low"] as const).filter((severity) => severities.has(severity)).map((severity) => `${severity} ${severities.get(severity)}`);
  const types = [...tally(drifted.map((column) => column.type))].map(([type, n]) => {
    const methods = [...tally(drifted.filter((column) => column.type === type).map((column) => column.method))].map(([method, m]) => `${method} ${m}`);
    return `${type} ${n} (${methods.join(", ")})`;
  });
  return `${count(drifted.length)} — ${bySeverity.join(", ")} · ${types.join(", ")}`;
}

function bySeverityThenName(a: ColumnDriftResult, b: ColumnDriftResult): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.column.localeCompare(b.column);
}

/** A score against its threshold as the summaries print it: "p=0.0012 < 0.05" for p-values, "0.41 ≥ 0.1" for distances. */
export function scoreComparison(column: Pick<ColumnDriftResult, "methodKind" | "score" | "threshold" | "drifted">): string {
  const label = column.methodKind === "pvalue" ? "p" : "";
  const operator = column.methodKind === "pvalue" ? (column.drifted ? "<" : "≥") : column.drifted ? "≥" : "<";
  return `${label}${label ? "=" : ""}${formatScore(column.score)} ${operator} ${column.threshold}`;
}

function count(n: number): string {
  return formatCount(n);
}

function list(names: readonly string[], max: number): string {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} … (+${names.length - max})`;
}

function painter(color: boolean) {
  const wrap = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const red = wrap("1;31");
  const yellow = wrap("33");
  return {
    red,
    green: wrap("1;32"),
    yellow,
    severity: (severity: string) => (severity === "high" ? red(severity) : severity === "medium" ? yellow(severity) : severity),
  };
}
