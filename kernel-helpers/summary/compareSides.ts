import type { ColumnType } from "../data/table";
import type { CompareOptions } from "../drift/compareOptions";
import type { ColumnUnderTest } from "../drift/compareTables";
import { checkCompareOptions, reportFromColumns } from "../drift/compareTables";
import type { DriftReport, SkippedColumn } from "../drift/driftReport";
import { DataError } from "../errors";
import { messages } from "../messages";
import type { ComparisonSide, SummaryOptions } from "./summarizedColumns";
import { sideColumnTypes, sideRows, sideSource, summarizedColumn } from "./summarizedColumns";
import { summaryMessages } from "./summaryMessages";
import { numericalProfiles } from "./tableQueries";
import type { Condition } from "./tableQueries";
import type { SqlEngine } from "./sqlEngine";

/**
 * An engine side of a comparison: the table's row count and one profile query over its numerical
 * columns (`columns`, or all), under the side's filter.
 *
 * @throws {DataError} when no row passes the filter
 */
export async function engineSide(engine: SqlEngine, where: Condition, columns?: readonly string[]): Promise<ComparisonSide> {
  const wanted = columns ? new Set(columns) : undefined;
  const numerical = engine.columns.filter((column) => column.type === "numerical" && (!wanted || wanted.has(column.name)));
  const { rows, profiles } = await numericalProfiles(engine, numerical, where);
  if (rows === 0) throw new DataError(summaryMessages.noRows(engine.label));
  return { kind: "engine", engine, where, rows, profiles };
}

/**
 * Compares two sides — rows in memory or tables summarised where they live — column by column,
 * with the same tests, default test selection and report as `compareTables`. Only summaries cross
 * the wire: counts per category, per distinct value (or per grid cell above the distinct-value
 * cap), per Sturges bin, moments, and seeded samples for `es` and `empirical_mmd`.
 *
 * @throws {DataError} for a column on one side only, a type that changed, or a column with no values
 * @throws {UsageError} for an unknown test or one that does not fit a column
 */
export async function compareSides(reference: ComparisonSide, current: ComparisonSide, options: CompareOptions & SummaryOptions = {}): Promise<DriftReport> {
  const started = performance.now();
  checkCompareOptions(options);
  const referenceTypes = sideColumnTypes(reference);
  const currentTypes = sideColumnTypes(current);
  const names = pairedNames(reference, current, referenceTypes, currentTypes, options.columns);
  const warnings: string[] = [];
  const tested: ColumnUnderTest[] = [];
  const skipped: SkippedColumn[] = [];
  for (const name of names) {
    const referenceType = referenceTypes.get(name);
    const currentType = currentTypes.get(name);
    if (referenceType === undefined || currentType === undefined) {
      skipped.push({ column: name, type: "text", reason: `its database type is not one driftlens tests (numbers, text categories, dates)` });
      continue;
    }
    if (referenceType !== currentType) throw new DataError(messages.columnTypeMismatch(name, referenceType, sideSource(reference), currentType, sideSource(current)));
    if (referenceType === "text" || referenceType === "datetime") {
      skipped.push({ column: name, type: referenceType, reason: messages.columnSkipped(referenceType) });
      continue;
    }
    tested.push(await summarizedColumn(name, referenceType, reference, current, options, warnings));
  }
  return reportFromColumns(
    { source: sideSource(reference), rows: sideRows(reference) },
    { source: sideSource(current), rows: sideRows(current) },
    tested,
    skipped,
    warnings,
    options,
    started,
  );
}

function pairedNames(
  reference: ComparisonSide,
  current: ComparisonSide,
  referenceTypes: Map<string, ColumnType | undefined>,
  currentTypes: Map<string, ColumnType | undefined>,
  wanted: readonly string[] | undefined,
): readonly string[] {
  const names = wanted ?? [...referenceTypes.keys()];
  const missingInReference = names.filter((name) => !referenceTypes.has(name));
  if (missingInReference.length > 0) {
    const holder = wanted ? "the requested columns" : `the current data (${sideSource(current)})`;
    throw new DataError(messages.columnsMissing(missingInReference, holder, `the reference (${sideSource(reference)})`));
  }
  const missingInCurrent = names.filter((name) => !currentTypes.has(name));
  if (missingInCurrent.length > 0) throw new DataError(messages.columnsMissing(missingInCurrent, `the reference (${sideSource(reference)})`, `the current data (${sideSource(current)})`));
  if (!wanted) {
    const extra = [...currentTypes.keys()].filter((name) => !referenceTypes.has(name));
    if (extra.length > 0) throw new DataError(messages.columnsMissing(extra, `the current data (${sideSource(current)})`, `the reference (${sideSource(reference)})`));
  }
  return names;
}
