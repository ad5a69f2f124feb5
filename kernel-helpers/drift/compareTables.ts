import type { Column, ColumnType, Table } from "../data/table";
import { DataError, UsageError } from "../errors";
import { messages } from "../messages";
import { getStatTest, statTestsFor } from "../stats/registry";
import type { StatColumnType, StatTest } from "../stats/statTest";
import type { CategoricalPair, NumericalPair } from "./columnSamples";
import { categoricalPair, numericalAsCategorical, numericalPair } from "./columnSamples";
import { columnDistribution } from "./columnDistribution";
import { DEFAULT_DRIFT_SHARE, DEFAULT_SEED } from "./compareOptions";
import type { CompareOptions } from "./compareOptions";
import { defaultStatTest } from "./defaultStatTest";
import type { ColumnDriftResult, DriftReport, SkippedColumn } from "./driftReport";
import { DRIFT_REPORT_SCHEMA_VERSION } from "./driftReport";
import { adjustPValues } from "./multipleTesting";
import { severityOf } from "./severity";

/**
 * Compares two tables column by column with Evidently's tests and default test selection, and
 * decides dataset drift from the share of drifted columns. Text and datetime columns are listed
 * as skipped. Throws `DataError` for data that cannot be compared (a column on one side only,
 * a type that changed, a column with no values) and `UsageError` for a method that does not
 * exist or does not fit a column.
 */
export function compareTables(reference: Table, current: Table, options: CompareOptions = {}): DriftReport {
  const started = performance.now();
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  if (!(driftShare >= 0 && driftShare <= 1)) throw new UsageError(messages.driftShareInvalid(driftShare));
  validateMethodNames(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const warnings: string[] = [...(reference.warnings ?? []), ...(current.warnings ?? [])];
  const pairs = pairColumns(reference, current, options.columns);

  const results: ColumnDriftResult[] = [];
  const skipped: SkippedColumn[] = [];
  for (const [referenceColumn, currentColumn] of pairs) {
    const name = referenceColumn.name;
    if (referenceColumn.type !== currentColumn.type) {
      throw new DataError(messages.columnTypeMismatch(name, referenceColumn.type, reference.source, currentColumn.type, current.source));
    }
    if (referenceColumn.type === "text" || referenceColumn.type === "datetime") {
      skipped.push({ column: name, type: referenceColumn.type, reason: messages.columnSkipped(referenceColumn.type) });
      continue;
    }
    const pair = referenceColumn.type === "numerical" && currentColumn.type === "numerical"
      ? numericalPair(referenceColumn, currentColumn)
      : categoricalPair(referenceColumn as Extract<Column, { type: "categorical" }>, currentColumn as Extract<Column, { type: "categorical" }>);
    for (const [side, summary, table] of [["reference", pair.referenceSummary, reference], ["current", pair.currentSummary, current]] as const) {
      if (summary.count === 0) throw new DataError(messages.columnEmpty(name, side, table.source, table.rowCount));
      if (summary.nonFinite > 0) warnings.push(messages.nonFiniteDropped(name, side, summary.nonFinite));
    }
    results.push(testColumn(name, referenceColumn.type, pair, options, seed));
  }

  const corrected = applyCorrection(results, options);
  const driftedColumns = corrected.filter((result) => result.drifted).length;
  const driftScore = corrected.length === 0 ? 0 : driftedColumns / corrected.length;
  if (corrected.length === 0) warnings.push(messages.nothingToCompare());
  return {
    schemaVersion: DRIFT_REPORT_SCHEMA_VERSION,
    kind: "compare",
    createdAt: new Date().toISOString(),
    reference: { source: reference.source, rows: reference.rowCount },
    current: { source: current.source, rows: current.rowCount },
    dataset: { drifted: corrected.length > 0 && driftScore >= driftShare, driftScore, driftedColumns, columns: corrected.length, driftShare },
    columns: corrected,
    skipped,
    settings: {
      driftShare,
      correction: options.correction ?? "none",
      seed,
      ...(options.method === undefined ? {} : { method: options.method }),
      ...(options.numericalMethod === undefined ? {} : { numericalMethod: options.numericalMethod }),
      ...(options.categoricalMethod === undefined ? {} : { categoricalMethod: options.categoricalMethod }),
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    },
    warnings,
    durationMs: performance.now() - started,
  };
}

function pairColumns(reference: Table, current: Table, wanted: readonly string[] | undefined): [Column, Column][] {
  const referenceByName = new Map(reference.columns.map((column) => [column.name, column]));
  const currentByName = new Map(current.columns.map((column) => [column.name, column]));
  const names = wanted ?? reference.columns.map((column) => column.name);
  const missingInReference = names.filter((name) => !referenceByName.has(name));
  if (missingInReference.length > 0) {
    const holder = wanted ? "the requested columns" : `the current data (${current.source})`;
    throw new DataError(messages.columnsMissing(missingInReference, holder, `the reference (${reference.source})`));
  }
  const missingInCurrent = names.filter((name) => !currentByName.has(name));
  if (missingInCurrent.length > 0) {
    throw new DataError(messages.columnsMissing(missingInCurrent, `the reference (${reference.source})`, `the current data (${current.source})`));
  }
  if (!wanted) {
    const extra = current.columns.map((column) => column.name).filter((name) => !referenceByName.has(name));
    if (extra.length > 0) throw new DataError(messages.columnsMissing(extra, `the current data (${current.source})`, `the reference (${reference.source})`));
  }
  return names.map((name) => [referenceByName.get(name) as Column, currentByName.get(name) as Column]);
}

function validateMethodNames(options: CompareOptions): void {
  const names = [options.method, options.numericalMethod, options.categoricalMethod, ...Object.values(options.columnMethods ?? {})];
  for (const name of names) if (name !== undefined) getStatTest(name);
  for (const threshold of [options.threshold, ...Object.values(options.columnThresholds ?? {})]) {
    if (threshold !== undefined && !Number.isFinite(threshold)) throw new UsageError(messages.thresholdInvalid(threshold));
  }
}

function chosenMethod(name: string, type: StatColumnType, options: CompareOptions): string | undefined {
  return options.columnMethods?.[name] ?? options.method ?? (type === "numerical" ? options.numericalMethod : options.categoricalMethod);
}

function testColumn(name: string, type: StatColumnType, pair: NumericalPair | CategoricalPair, options: CompareOptions, seed: number): ColumnDriftResult {
  const requested = chosenMethod(name, type, options);
  const methodName = requested ?? defaultStatTest(type, pair.referenceSummary.count, pair.uniqueValues);
  const test = getStatTest(methodName);
  if (requested !== undefined && !test.columnTypes.includes(type)) {
    throw new UsageError(messages.methodDoesNotFit(test.name, test.columnTypes, name, type, statTestsFor(type).map((t) => t.name)));
  }
  // A default categorical test on a numerical column with few values sees the values as categories.
  const samples = pair.reference.type === "numerical" && !test.columnTypes.includes("numerical")
    ? numericalAsCategorical(pair as NumericalPair)
    : pair;
  const outcome = test.run(samples.reference, samples.current, { seed });
  const threshold = options.columnThresholds?.[name] ?? options.threshold ?? test.defaultThreshold;
  return resultFor(name, type, test, outcome.score, threshold, requested === undefined, pair, options, outcome.pValue, outcome.statistic);
}

function resultFor(
  column: string,
  type: ColumnType,
  test: StatTest,
  score: number,
  threshold: number,
  defaultMethod: boolean,
  pair: NumericalPair | CategoricalPair,
  options: CompareOptions,
  pValue?: number,
  statistic?: number,
): ColumnDriftResult {
  const drifted = test.drifted(score, threshold);
  return {
    column,
    type,
    method: test.name,
    methodTitle: test.title,
    methodKind: test.kind,
    score,
    threshold,
    ...(pValue === undefined ? {} : { pValue }),
    // JSON has no Infinity: an infinite statistic (chi-square with a category new in current) is left out; its p-value says it all.
    ...(statistic === undefined || !Number.isFinite(statistic) ? {} : { statistic }),
    drifted,
    severity: severityOf(test.name, test.kind, score, threshold, drifted, options.severityBands),
    defaultMethod,
    uniqueValues: pair.uniqueValues,
    reference: pair.referenceSummary,
    current: pair.currentSummary,
    distribution: columnDistribution(pair),
  };
}

/** Replaces the scores of p-value columns by their adjusted p-values and re-decides drift. */
function applyCorrection(results: ColumnDriftResult[], options: CompareOptions): ColumnDriftResult[] {
  const correction = options.correction ?? "none";
  if (correction === "none") return results;
  const tested = results.filter((result) => result.methodKind === "pvalue");
  const adjusted = adjustPValues(tested.map((result) => result.score), correction);
  const byColumn = new Map(tested.map((result, i) => [result.column, adjusted[i]]));
  return results.map((result) => {
    const score = byColumn.get(result.column);
    if (score === undefined) return result;
    const test = getStatTest(result.method);
    const drifted = test.drifted(score, result.threshold);
    return { ...result, score, drifted, severity: severityOf(result.method, result.methodKind, score, result.threshold, drifted, options.severityBands) };
  });
}
