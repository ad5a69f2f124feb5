import type { CategoricalColumn, Column, ColumnType, NumericalColumn } from "../data/table";
import { DataError } from "../errors";
import { messages } from "../messages";
import { DEFAULT_SEED } from "../stats/random";
import type { StatColumnType } from "../stats/statTest";
import { categoricalPairOfSides, numericalPairOfSides } from "./columnSamples";
import { columnSide } from "./columnSide";
import type { CategoricalSide, ColumnSide } from "./columnSide";
import type { CompareOptions } from "./compareOptions";
import { testColumn } from "./compareTables";
import type { ColumnDriftResult, SkippedColumn } from "./driftReport";

/** Where a column's two sides come from, for messages. */
export interface PairSides {
  readonly reference: { readonly source: string; readonly rowCount: number };
  readonly current: { readonly source: string; readonly rowCount: number };
}

/** One column's part of a comparison: a test result or the reason it was skipped, and its warnings. */
export interface ColumnOutcome {
  readonly result?: ColumnDriftResult;
  readonly skipped?: SkippedColumn;
  readonly warnings: readonly string[];
}

/**
 * Tests one column pair (the same name and type on both sides) with the method the options or
 * Evidently's default rule pick: missing values dropped and counted, ±Infinity dropped with a
 * warning, the verdict and severity decided, the distribution binned for plotting. Text and
 * datetime columns are skipped, and so is an identifier-like column (`identifierReason`) unless
 * `options.includeColumns` names it. This is all a comparison does per column, so the serial and the
 * worker-pool paths call it alike (and agree to the bit).
 * Cost: one radix or counting sort per numerical side, O(n + k log k) for a categorical pair, plus the test.
 *
 * @throws {DataError} for a side with no values, naming the column, side and source
 * @throws {UsageError} for a requested method that does not fit the column's type
 * @example compareColumnPair(ageInReference, ageInCurrent, sides, {}).result?.method // "ks"
 */
export function compareColumnPair(referenceColumn: Column, currentColumn: Column, sides: PairSides, options: CompareOptions): ColumnOutcome {
  if (referenceColumn.type === "text" || referenceColumn.type === "datetime") return skippedOutcome(referenceColumn.name, referenceColumn.type);
  return compareColumnSides(
    columnSide(referenceColumn as NumericalColumn | CategoricalColumn, identifies(referenceColumn.name, options)),
    columnSide(currentColumn as NumericalColumn | CategoricalColumn, false),
    sides,
    options,
  );
}

/**
 * `compareColumnPair` of two sides prepared apart (`columnSide`, the reference's with
 * `identifies`): the identifier skip, the empty and non-finite checks, then the test.
 *
 * @throws {DataError} for a side with no values, naming the column, side and source
 * @throws {UsageError} for a requested method that does not fit the column's type
 */
export function compareColumnSides(reference: ColumnSide, current: ColumnSide, sides: PairSides, options: CompareOptions): ColumnOutcome {
  const name = reference.name;
  if (reference.identifier !== undefined) return { skipped: { column: name, type: reference.type, reason: messages.identifierExcluded(name, reference.identifier), role: "identifier" }, warnings: [] };
  const pair = reference.type === "numerical" && current.type === "numerical"
    ? numericalPairOfSides(reference, current)
    : categoricalPairOfSides(reference as CategoricalSide, current as CategoricalSide);
  const warnings: string[] = [];
  for (const [side, summary] of [["reference", pair.referenceSummary], ["current", pair.currentSummary]] as const) {
    if (summary.count === 0) throw new DataError(messages.columnEmpty(name, side, sides[side].source, sides[side].rowCount));
    if (summary.nonFinite > 0) warnings.push(messages.nonFiniteDropped(name, side, summary.nonFinite));
  }
  return { result: testColumn({ name, type: reference.type, pair }, options, options.seed ?? DEFAULT_SEED), warnings };
}

/** Whether a column's reference side is checked for an identifier (`options.includeColumns` names the ones kept in). */
export function identifies(name: string, options: Pick<CompareOptions, "includeColumns">): boolean {
  return !options.includeColumns?.includes(name);
}

/** Whether a column of this type is tested (text and datetime columns are listed as skipped). */
export function isTested(type: ColumnType): type is StatColumnType {
  return type === "numerical" || type === "categorical";
}

/** The outcome of a column that is not tested, with the reason. */
export function skippedOutcome(column: string, type: "text" | "datetime"): ColumnOutcome {
  return { skipped: { column, type, reason: messages.columnSkipped(type) }, warnings: [] };
}
