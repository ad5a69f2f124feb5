import type { Column, ColumnType, Table } from "./table";

/**
 * Data whose columns are read on demand, a batch at a time, so that a wide source never has to
 * be in memory whole. Its shape (row count, column names and types) is known before any value
 * is read. A file source holds an open DuckDB database until `close()`.
 */
export interface ColumnSource {
  /** Where the rows come from (a path, a glob, or "memory"), used in messages. */
  readonly source: string;
  readonly rowCount: number;
  /** Every column, in the source's order, with the type it is read as. */
  /** Each column's name and type; `empty` when it is known to hold no value (a file's column DuckDB found no value in). */
  readonly columns: readonly { readonly name: string; readonly type: ColumnType; readonly empty?: boolean }[];
  /** What the reader noticed so far; reading columns may add to it (e.g. an identifier-like column). */
  readonly warnings: readonly string[];
  /**
   * True when `read` returns new arrays each time, which the caller may hand over (e.g. move to
   * a worker thread); false when they are the caller's own (an in-memory table).
   */
  readonly freshColumns: boolean;
  /** Reads the named columns, in the order given. */
  read(names: readonly string[]): Promise<Column[]>;
  /**
   * How many rows hold each label of the named categorical columns, counted where the data is
   * (no per-row codes are read), in the order given: what a drift test needs of such a column.
   * Absent where counting is no cheaper than reading (tables in memory).
   */
  countLabels?(names: readonly string[]): Promise<LabelCounts[]>;
  /** Releases what the source holds (a DuckDB database); reading afterwards fails. */
  close(): void;
}

/** A categorical column counted per label (see `ColumnSource.countLabels`). */
export interface LabelCounts {
  readonly name: string;
  /** The column's labels, as `read` would code them. */
  readonly dictionary: readonly string[];
  /** `counts[k]`: the rows holding `dictionary[k]`. */
  readonly counts: Float64Array;
  /** Rows with no label (missing). */
  readonly missing: number;
}

/**
 * An in-memory table seen as a `ColumnSource`: `read` hands out its columns as they are.
 *
 * @example await tableColumnSource(table).read(["age"]) // [table's age column]
 */
export function tableColumnSource(table: Table): ColumnSource {
  const byName = new Map(table.columns.map((column) => [column.name, column]));
  return {
    source: table.source,
    rowCount: table.rowCount,
    columns: table.columns.map(({ name, type }) => ({ name, type })),
    warnings: table.warnings ?? [],
    freshColumns: false,
    read: async (names) => names.map((name) => byName.get(name) as Column),
    close: () => undefined,
  };
}
