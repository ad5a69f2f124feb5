/**
 * The columnar table every reader produces and every check consumes.
 *
 * - numerical: `Float64Array`, `NaN` marks a missing value.
 * - categorical: `Int32Array` of codes into `dictionary`, `-1` marks a missing value.
 * - text: `string[]`, `null` marks a missing value.
 * - datetime: `Float64Array` of epoch milliseconds, `NaN` marks a missing value.
 *
 * Column order is the source's order; names are unique within a table.
 */
export type ColumnType = "numerical" | "categorical" | "text" | "datetime";

export interface NumericalColumn {
  readonly name: string;
  readonly type: "numerical";
  readonly values: Float64Array;
}

export interface CategoricalColumn {
  readonly name: string;
  readonly type: "categorical";
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

export interface TextColumn {
  readonly name: string;
  readonly type: "text";
  readonly values: readonly (string | null)[];
}

export interface DatetimeColumn {
  readonly name: string;
  readonly type: "datetime";
  readonly values: Float64Array;
}

export type Column = NumericalColumn | CategoricalColumn | TextColumn | DatetimeColumn;

export interface Table {
  readonly rowCount: number;
  readonly columns: readonly Column[];
  /** Where the rows came from (a path, a glob, or "memory"), used in messages. */
  readonly source: string;
  /** Things the reader noticed that the user should know (e.g. an identifier-like column). */
  readonly warnings?: readonly string[];
}

/** Finds a column by name, or `undefined`. */
export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((column) => column.name === name);
}
