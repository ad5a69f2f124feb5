import type { ColumnType } from "../data/table";
import { DataError } from "../errors";
import { messages } from "../messages";
import { DEFAULT_DRIFT_SHARE } from "./compareOptions";
import type { CompareOptions } from "./compareOptions";
import { checkCompareOptions } from "./compareTables";
import { pairedColumnNames } from "./pairedColumnNames";

/** What a comparison needs to know of one side before reading any values. */
export interface SideShape {
  readonly source: string;
  readonly rowCount: number;
  /** `empty`: the column has no value at all (known without reading it, as DuckDB's dictionary of a file's column). */
  readonly columns: readonly { readonly name: string; readonly type: ColumnType; readonly empty?: boolean }[];
}

/** The columns a comparison pairs, in order, with their type (the same on both sides). */
export interface ComparisonPlan {
  readonly driftShare: number;
  readonly pairs: readonly { readonly name: string; readonly type: ColumnType }[];
}

/**
 * Checks a comparison's options and pairs the columns of both sides by name, before any value
 * is read: every compared column must be on both sides with the same type, and without
 * `options.columns` both sides must have the same columns.
 * Cost: O(columns).
 *
 * @throws {UsageError} for a drift share outside [0, 1], an unknown method or a threshold that is not a number
 * @throws {DataError} for a column on one side only or a type that changed, naming both sources
 * @example planComparison(referenceShape, currentShape, {}).pairs // [{ name: "age", type: "numerical" }, …]
 */
export function planComparison(reference: SideShape, current: SideShape, options: CompareOptions): ComparisonPlan {
  checkCompareOptions(options);
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  const referenceTypes = new Map(reference.columns.map((column) => [column.name, column.type]));
  const currentTypes = new Map(current.columns.map((column) => [column.name, column.type]));
  const isEmpty = (side: SideShape, name: string) => side.columns.some((column) => column.name === name && column.empty === true);
  const names = pairedColumnNames(reference, current, options.columns);
  const pairs = names.map((name) => {
    const type = referenceTypes.get(name) as ColumnType;
    const currentType = currentTypes.get(name) as ColumnType;
    if (type !== currentType) {
      // A column left empty on one side reads as text whatever it held: say so, not that its type changed.
      if (isEmpty(reference, name)) throw new DataError(messages.columnEmpty(name, "reference", reference.source, reference.rowCount));
      if (isEmpty(current, name)) throw new DataError(messages.columnEmpty(name, "current", current.source, current.rowCount));
      throw new DataError(messages.columnTypeMismatch(name, type, reference.source, currentType, current.source));
    }
    return { name, type };
  });
  return { driftShare, pairs };
}
