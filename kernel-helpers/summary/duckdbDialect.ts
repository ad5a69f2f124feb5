import type { SqlDialect } from "./sqlDialect";
import { exponentLiteral } from "./sqlDialect";

function placeholder(value: unknown, params: unknown[]): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * The DuckDB dialect, the reference one (DuckDB is embedded, and reads a Parquet folder larger
 * than memory through the same summaries): double-quoted identifiers, bind parameters, numbers in
 * exponent form (a DOUBLE literal, where `0.1` would be a DECIMAL), `FILTER` clauses,
 * `approx_count_distinct` to decide the distinct-value cap, `hash` for seeded samples.
 */
export const duckdbDialect: SqlDialect = {
  engine: "duckdb",
  identifier: (name) => `"${name.replace(/"/g, '""')}"`,
  number: (value) => `(${exponentLiteral(value)})`,
  text: (value, params) => `CAST(${placeholder(value, params)} AS VARCHAR)`,
  timestamp: (epochMs, columnType, params) => `CAST(${placeholder(new Date(epochMs).toISOString().replace("T", " ").replace("Z", ""), params)} AS ${columnType === "DATE" ? "DATE" : "TIMESTAMP"})`,
  toDouble: (expression) => `CAST(${expression} AS DOUBLE)`,
  toText: (expression) => `CAST(${expression} AS VARCHAR)`,
  countIf: (condition) => `count(*) FILTER (WHERE ${condition})`,
  aggregateIf: (aggregate, expression, condition) => `${aggregate}(${expression}) FILTER (WHERE ${condition})`,
  distinctIf: (expression, condition) => `approx_count_distinct(${expression}) FILTER (WHERE ${condition})`,
  isFinite: (x) => `isfinite(${x})`,
  isNaN: (x) => `isnan(${x})`,
  isInfinite: (x) => `isinf(${x})`,
  gridIndex: (x, lo, scale, cells) => `least(greatest(floor((${x} - (${exponentLiteral(lo)})) * (${exponentLiteral(scale)})), 0), ${cells - 1})`,
  sampleOrder: (seed, columns) => `hash(${[String(Math.trunc(seed)), ...columns].join(", ")})`,
};
