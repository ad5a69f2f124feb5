import type { SqlDialect } from "./sqlDialect";
import { exponentLiteral } from "./sqlDialect";

function placeholder(value: unknown, params: unknown[]): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * The PostgreSQL dialect (15): double-quoted identifiers, bind parameters ($1, $2 …) for every
 * value, numbers as `'1e-1'::float8` (exactly rounded by PostgreSQL's float input, unlike a
 * numeric literal), exact `count(DISTINCT …)`, `md5` of the seed and the row for seeded samples.
 */
export const postgresDialect: SqlDialect = {
  engine: "postgres",
  identifier: (name) => `"${name.replace(/"/g, '""')}"`,
  number: (value) => `'${exponentLiteral(value)}'::float8`,
  text: (value, params) => `${placeholder(value, params)}::text`,
  timestamp: (epochMs, columnType, params) => `${placeholder(new Date(epochMs).toISOString(), params)}::timestamptz${columnType === "date" ? "::date" : ""}`,
  toDouble: (expression) => `(${expression})::float8`,
  toText: (expression) => `(${expression})::text`,
  countIf: (condition) => `count(*) FILTER (WHERE ${condition})`,
  aggregateIf: (aggregate, expression, condition) => `${aggregate}(${expression}) FILTER (WHERE ${condition})`,
  distinctIf: (expression, condition) => `count(DISTINCT ${expression}) FILTER (WHERE ${condition})`,
  isFinite: (x) => `(${x} NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`,
  isNaN: (x) => `(${x} = 'NaN'::float8)`,
  isInfinite: (x) => `(${x} IN ('Infinity'::float8, '-Infinity'::float8))`,
  gridIndex: (x, lo, scale, cells) => `least(greatest(floor((${x} - '${exponentLiteral(lo)}'::float8) * '${exponentLiteral(scale)}'::float8), 0), ${cells - 1})`,
  sampleOrder: (seed, columns, params) => `md5(concat_ws(',', ${[`${placeholder(String(Math.trunc(seed)), params)}::text`, ...columns.map((c) => `(${c})::text`)].join(", ")}))`,
};
