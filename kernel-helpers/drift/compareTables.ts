import { checkIncludeColumns } from "./checkIncludeColumns";
import { columnHasValues } from "../data/columnHasValues";
import type { Column, ColumnType, Table } from "../data/table";
import { DataError, UsageError } from "../errors";
import { messages } from "../messages";
import { getStatTest, statTestsFor } from "../stats/registry";
import type { StatColumnType, StatTest } from "../stats/statTest";
import { DEFAULT_MIN_SAMPLES } from "../stats/statTest";
import type { CategoricalPair, NumericalPair } from "./columnSamples";
import { categoricalPair, numericalAsCategorical, numericalPair } from "./columnSamples";
import { columnDistribution } from "./columnDistribution";
import { DEFAULT_DRIFT_SHARE } from "./compareOptions";
import { DEFAULT_MIN_TESTED_SHARE, datasetDrift } from "./datasetDrift";
import type { CompareOptions } from "./compareOptions";
import { defaultStatTest } from "./defaultStatTest";
import type { ColumnDriftResult, DatasetSource, DriftReport, SkippedColumn, SummaryProvenance } from "./driftReport";
import { DRIFT_REPORT_SCHEMA_VERSION } from "./driftReport";
import { adjustPValues } from "./multipleTesting";
import { identifierReason } from "./identifierReason";
import { pairedColumnNames } from "./pairedColumnNames";
import { severityOf } from "./severity";
import { checkOptionsArgument } from "../arguments/checkOptionsArgument";
import { checkTableArgument } from "../arguments/checkTableArgument";
import { checkColumnsOption } from "../data/tableOptions";
import { ownEntry } from "../arguments/ownEntry";
import { DEFAULT_SEED } from "../stats/random";

/**
 * Compares two tables column by column with Evidently's tests and default test selection, and
 * decides dataset drift from the share of drifted columns. Text and datetime columns are listed
 * as skipped. Throws `DataError` for data that cannot be compared (a column on one side only,
 * a type that changed, a column with no values) and `UsageError` for a method that does not
 * exist or does not fit a column.
 */
export function compareTables(reference: Table, current: Table, options: CompareOptions = {}): DriftReport {
  const started = performance.now();
  checkOptionsArgument(options, "compareTables");
  checkTableArgument(reference, "compareTables", "reference");
  checkTableArgument(current, "compareTables", "current");
  checkColumnsOption(options.columns);
  checkCompareOptions(options);
  const warnings: string[] = [...(reference.warnings ?? []), ...(current.warnings ?? [])];
  const pairs = pairColumns(reference, current, options.columns);
  const included = new Set(options.includeColumns ?? []);
  checkIncludeColumns(options.includeColumns, pairs.map(([column]) => column.name));

  const tested: ColumnUnderTest[] = [];
  const skipped: SkippedColumn[] = [];
  for (const [referenceColumn, currentColumn] of pairs) {
    const name = referenceColumn.name;
    if (referenceColumn.type !== currentColumn.type) {
      // A column left empty on one side reads as text whatever it held: say so, not that its type changed.
      if (!columnHasValues(referenceColumn)) throw new DataError(messages.columnEmpty(name, "reference", reference.source, reference.rowCount));
      if (!columnHasValues(currentColumn)) throw new DataError(messages.columnEmpty(name, "current", current.source, current.rowCount));
      throw new DataError(messages.columnTypeMismatch(name, referenceColumn.type, reference.source, currentColumn.type, current.source));
    }
    if (referenceColumn.type === "text" || referenceColumn.type === "datetime") {
      skipped.push({ column: name, type: referenceColumn.type, reason: messages.columnSkipped(referenceColumn.type) });
      continue;
    }
    const identifier = included.has(name) ? undefined : identifierReason(referenceColumn);
    if (identifier !== undefined) {
      skipped.push({ column: name, type: referenceColumn.type, reason: messages.identifierExcluded(name, identifier), role: "identifier" });
      continue;
    }
    const pair = referenceColumn.type === "numerical" && currentColumn.type === "numerical"
      ? numericalPair(referenceColumn, currentColumn)
      : categoricalPair(referenceColumn as Extract<Column, { type: "categorical" }>, currentColumn as Extract<Column, { type: "categorical" }>);
    for (const [side, summary, table] of [["reference", pair.referenceSummary, reference], ["current", pair.currentSummary, current]] as const) {
      if (summary.count === 0) throw new DataError(messages.columnEmpty(name, side, table.source, table.rowCount));
      if (summary.nonFinite > 0) warnings.push(messages.nonFiniteDropped(name, side, summary.nonFinite));
    }
    tested.push({ name, type: referenceColumn.type, pair });
  }
  return reportFromColumns({ source: reference.source, rows: reference.rowCount }, { source: current.source, rows: current.rowCount }, tested, skipped, warnings, options, started);
}

/** A column ready for its test: both samples (rows or counts), and what the summary layer adds. */
export interface ColumnUnderTest {
  readonly name: string;
  readonly type: StatColumnType;
  readonly pair: NumericalPair | CategoricalPair;
  /** Seeded samples of the raw values, for the tests that need them (`needsRawValues`) when `pair` holds counts. */
  readonly rawPair?: NumericalPair;
  /** How the numbers were obtained from summaries, per test name (absent for rows in memory). */
  readonly provenance?: (testName: string) => SummaryProvenance;
}

/** Checks the options every comparison shares (drift share, method names, thresholds). @throws {UsageError} */
export function checkCompareOptions(options: CompareOptions): void {
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  if (!(driftShare >= 0 && driftShare <= 1)) throw new UsageError(messages.driftShareInvalid(driftShare));
  const minTestedShare = options.minTestedShare ?? DEFAULT_MIN_TESTED_SHARE;
  if (!(minTestedShare >= 0 && minTestedShare <= 1)) throw new UsageError(messages.minTestedShareInvalid(minTestedShare));
  validateMethodNames(options);
}

/**
 * The drift report of columns ready for their tests: runs each column's test (chosen by the
 * caller or by the default rule), applies the multiple-testing correction and decides dataset
 * drift. `compareTables` and the summary layer (`summary/compareSummaries`) both end here.
 */
export function reportFromColumns(
  reference: DatasetSource,
  current: DatasetSource,
  columns: readonly ColumnUnderTest[],
  skipped: readonly SkippedColumn[],
  warnings: string[],
  options: CompareOptions,
  started: number,
): DriftReport {
  const seed = options.seed ?? DEFAULT_SEED;
  return reportFromResults(reference, current, columns.map((column) => testColumn(column, options, seed)), skipped, warnings, options, started);
}

/**
 * The drift report of tested columns (in column order): applies the multiple-testing correction
 * and decides dataset drift. `reportFromColumns` and the batched, parallel `compareSources` both
 * end here.
 */
/**
 * Why a column's result is no verdict, if it is none: too few values on a side for its test (the
 * test's `minSamples`: "insufficient data"), or a score that is not a finite number (values so
 * large that the test overflows).
 */
function notTestedReason(result: ColumnDriftResult): string | undefined {
  const minSamples = getStatTest(result.method).minSamples ?? DEFAULT_MIN_SAMPLES;
  if (Math.min(result.reference.count, result.current.count) < minSamples) return messages.insufficientData(result.method, minSamples, result.reference.count, result.current.count);
  if (!Number.isFinite(result.score)) return messages.noFiniteScore(result.method, result.score);
  return undefined;
}

export function reportFromResults(
  reference: DatasetSource,
  current: DatasetSource,
  results: ColumnDriftResult[],
  skipped: readonly SkippedColumn[],
  warnings: string[],
  options: CompareOptions,
  started: number,
): DriftReport {
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  const seed = options.seed ?? DEFAULT_SEED;
  const minTestedShare = options.minTestedShare ?? DEFAULT_MIN_TESTED_SHARE;
  const verdicts: ColumnDriftResult[] = [];
  const untested: SkippedColumn[] = [];
  for (const result of results) {
    const reason = notTestedReason(result);
    if (reason === undefined) verdicts.push(result);
    else {
      untested.push({ column: result.column, type: result.type, reason });
      warnings.push(messages.columnNotTested(result.column, reason));
    }
  }
  const corrected = applyCorrection(verdicts, options);
  const dataset = datasetDrift(corrected, driftShare, { columns: untested, minTestedShare });
  return {
    schemaVersion: DRIFT_REPORT_SCHEMA_VERSION,
    kind: "compare",
    createdAt: new Date().toISOString(),
    reference,
    current,
    dataset,
    columns: corrected,
    skipped: [...skipped, ...untested],
    settings: {
      driftShare,
      minTestedShare,
      correction: options.correction ?? "none",
      seed,
      ...(options.method === undefined ? {} : { method: options.method }),
      ...(options.numericalMethod === undefined ? {} : { numericalMethod: options.numericalMethod }),
      ...(options.categoricalMethod === undefined ? {} : { categoricalMethod: options.categoricalMethod }),
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      ...(options.includeColumns?.length ? { includeColumns: [...options.includeColumns] } : {}),
    },
    // Once each: both sides of the same file (or files alike) warn alike.
    warnings: [...new Set(warnings)],
    durationMs: performance.now() - started,
  };
}

/**
 * The test a column gets: the caller's (per column, for all, or per type) or the default rule's
 * from the reference size and the distinct values over both sides.
 *
 * @throws {UsageError} when the caller's test does not fit the column's type
 */
export function testFor(name: string, type: StatColumnType, referenceRows: number, uniqueValues: number, options: CompareOptions): { test: StatTest; requested: boolean } {
  const requested = chosenMethod(name, type, options);
  const test = getStatTest(requested ?? defaultStatTest(type, referenceRows, uniqueValues));
  if (requested !== undefined && !test.columnTypes.includes(type)) {
    throw new UsageError(messages.methodDoesNotFit(test.name, test.columnTypes, name, type, statTestsFor(type).map((t) => t.name)));
  }
  return { test, requested: requested !== undefined };
}

function pairColumns(reference: Table, current: Table, wanted: readonly string[] | undefined): [Column, Column][] {
  const referenceByName = new Map(reference.columns.map((column) => [column.name, column]));
  const currentByName = new Map(current.columns.map((column) => [column.name, column]));
  return pairedColumnNames(reference, current, wanted).map((name) => [referenceByName.get(name) as Column, currentByName.get(name) as Column]);
}

function validateMethodNames(options: CompareOptions): void {
  const names = [options.method, options.numericalMethod, options.categoricalMethod, ...Object.values(options.columnMethods ?? {})];
  for (const name of names) if (name !== undefined) getStatTest(name);
  for (const threshold of [options.threshold, ...Object.values(options.columnThresholds ?? {})]) {
    if (threshold !== undefined && !Number.isFinite(threshold)) throw new UsageError(messages.thresholdInvalid(threshold));
  }
}

/**
 * The stat test asked for a column, if any: its `columnMethods` entry, else `method`, else
 * `numericalMethod` or `categoricalMethod` by its type; `undefined` leaves the choice to
 * `defaultStatTest`. The one place this precedence is decided (comparisons and checks).
 */
export function chosenMethod(name: string, type: ColumnType, options: Pick<CompareOptions, "columnMethods" | "method" | "numericalMethod" | "categoricalMethod">): string | undefined {
  return ownEntry(options.columnMethods, name) ?? options.method ?? (type === "numerical" ? options.numericalMethod : options.categoricalMethod);
}

/** Runs a column's test and decides its verdict and severity (on any thread: `compareSources` calls it from its workers). */
export function testColumn(column: ColumnUnderTest, options: CompareOptions, seed: number): ColumnDriftResult {
  const { name, type } = column;
  const { test, requested } = testFor(name, type, column.pair.referenceSummary.count, column.pair.uniqueValues, options);
  const pair = test.needsRawValues && column.rawPair ? column.rawPair : column.pair;
  // A default categorical test on a numerical column with few values sees the values as categories.
  const samples = pair.reference.type === "numerical" && !test.columnTypes.includes("numerical")
    ? numericalAsCategorical(pair as NumericalPair)
    : pair;
  // The pair's own merge measured the first Wasserstein distance of exactly these samples.
  const firstWasserstein = samples === column.pair && "firstWasserstein" in samples ? samples.firstWasserstein : undefined;
  const outcome = test.run(samples.reference, samples.current, { seed, ...(firstWasserstein === undefined ? {} : { firstWasserstein }) });
  const threshold = ownEntry(options.columnThresholds, name) ?? options.threshold ?? test.defaultThreshold;
  const result = resultFor(name, type, test, outcome.score, threshold, !requested, column.pair, options, outcome.pValue, outcome.statistic);
  return column.provenance ? { ...result, summaries: column.provenance(test.name) } : result;
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
