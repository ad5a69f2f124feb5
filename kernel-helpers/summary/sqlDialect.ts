/**
 * How one SQL engine spells what the summary queries need. Every name goes through `identifier`,
 * every number through `number` (a validated literal), and every other value through `text` or
 * `timestamp`: a bind parameter where the engine has them, else a literal the dialect escapes
 * itself. User text is never spliced into SQL.
 */
export interface SqlDialect {
  readonly engine: "duckdb" | "clickhouse" | "postgres";
  /** A quoted identifier (column, table, schema or database name). */
  identifier(name: string): string;
  /** A finite number as a literal that the engine reads back as the same double. @throws {Error} for a non-finite number */
  number(value: number): string;
  /** A text value: a placeholder pushed onto `params`, or an escaped literal. */
  text(value: string, params: unknown[]): string;
  /** A UTC instant (epoch milliseconds) to compare with a datetime column of `columnType`. */
  timestamp(epochMs: number, columnType: string, params: unknown[]): string;
  /** `expression` as a double. */
  toDouble(expression: string): string;
  /** `expression` as text (the label of a category). */
  toText(expression: string): string;
  /** A count of rows where `condition` holds. */
  countIf(condition: string): string;
  /** An aggregate over the rows where `condition` holds: `min`, `max`, `avg` or `var_samp`. */
  aggregateIf(aggregate: "min" | "max" | "avg" | "var_samp", expression: string, condition: string): string;
  /** How many distinct values `expression` takes where `condition` holds (may be approximate, see each dialect). */
  distinctIf(expression: string, condition: string): string;
  /** True when the double `x` is finite; NaN when it is NaN. */
  isFinite(x: string): string;
  isNaN(x: string): string;
  isInfinite(x: string): string;
  /** The 0-based cell of `x` on a uniform grid: floor((x − lo) · scale), clamped to [0, cells − 1], in double arithmetic (see `quantileGridCell`). */
  gridIndex(x: string, lo: number, scale: number, cells: number): string;
  /** A deterministic pseudo-random order of rows from a seed and the row's columns, for seeded samples. */
  sampleOrder(seed: number, columns: readonly string[], params: unknown[]): string;
}

/** `value` as the shortest exponent form that reads back as the same double (`0.1` → `1e-1`). */
export function exponentLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return value.toExponential();
}

/**
 * The 0-based bin of `x` among ascending edges, as numpy's `histogram` counts it: bin i is
 * [edges[i], edges[i+1]), the last one closed (a CASE chain of comparisons with literals; callers
 * keep x within [edges[0], edges[last]]).
 */
export function binIndexSql(dialect: SqlDialect, x: string, edges: Float64Array): string {
  if (edges.length <= 2) return "0";
  const cases: string[] = [];
  for (let i = 1; i < edges.length - 1; i++) cases.push(`WHEN ${x} < ${dialect.number(edges[i])} THEN ${i - 1}`);
  return `(CASE ${cases.join(" ")} ELSE ${edges.length - 2} END)`;
}
