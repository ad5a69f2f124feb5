import type { ColumnType } from "../data/table";
import type { SqlDialect } from "./sqlDialect";

/** A column of a database table as the summary layer sees it. */
export interface EngineColumn {
  readonly name: string;
  /** The engine's own type name (e.g. `Nullable(Float64)`, `double precision`, `DOUBLE`). */
  readonly engineType: string;
  /** How driftlens tests it; undefined for types it does not test (arrays, maps, …). */
  readonly type: ColumnType | undefined;
}

/** One cell of a result row, as text (`null` for SQL NULL). */
export type Cell = string | null;

/**
 * A connection to one table in one engine: its columns, and a way to run the summary queries.
 * `from` is the quoted table (or file scan) to select from. Results come back as text cells so
 * that numbers are parsed once, by `Number`, the same way on every engine.
 */
export interface SqlEngine {
  readonly dialect: SqlDialect;
  /** The source's name in reports and messages (no password). */
  readonly label: string;
  readonly from: string;
  readonly columns: readonly EngineColumn[];
  query(sql: string, params: readonly unknown[]): Promise<Cell[][]>;
}
