import type { Column, Table } from "../data/table";
import { MISSING_TOKENS } from "../data/missingTokens";
import type { QuantileGrid } from "./quantileGrid";
import { quantileGridSql } from "./quantileGrid";
import { binIndexSql } from "./sqlDialect";
import type { EngineColumn, SqlEngine } from "./sqlEngine";

/** The filter of every query on one side: appends its parameters to `params` and returns the condition. */
export type Condition = (params: unknown[]) => string;

/** What one query over a whole numerical column returns: the summary every test starts from. */
export interface NumericalColumnProfile {
  /** Rows that pass the filters. */
  readonly rows: number;
  /** Finite values. */
  readonly count: number;
  /** NULL or NaN. */
  readonly missing: number;
  /** ±Infinity. */
  readonly nonFinite: number;
  readonly mean: number;
  /** Sample variance (ddof 1) of the finite values. */
  readonly variance: number;
  readonly min: number;
  readonly max: number;
  /** Distinct finite values: exact on PostgreSQL, within about 2% on ClickHouse (`uniq`) and DuckDB (`approx_count_distinct`). */
  readonly distinct: number;
}

const PER_COLUMN = 7;

function numberOf(cell: string | null): number {
  if (cell === null || cell === "" || cell === "\\N") return NaN;
  const value = Number(cell);
  return Number.isNaN(value) && /^-?inf/i.test(cell) ? (cell.startsWith("-") ? -Infinity : Infinity) : value;
}

function valueSql(engine: SqlEngine, column: EngineColumn): string {
  return engine.dialect.toDouble(engine.dialect.identifier(column.name));
}

/** One query for the row count and every numerical column's count, missing, non-finite, mean, variance, min, max and distinct values. */
export async function numericalProfiles(engine: SqlEngine, columns: readonly EngineColumn[], where: Condition): Promise<{ rows: number; profiles: Map<string, NumericalColumnProfile> }> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const parts = ["count(*)"];
  for (const column of columns) {
    const x = valueSql(engine, column);
    const finite = d.isFinite(x);
    parts.push(
      d.countIf(finite),
      d.countIf(d.isInfinite(x)),
      d.aggregateIf("min", x, finite),
      d.aggregateIf("max", x, finite),
      d.aggregateIf("avg", x, finite),
      d.aggregateIf("var_samp", x, finite),
      d.distinctIf(x, finite),
    );
  }
  const sql = `SELECT ${parts.join(", ")} FROM ${engine.from} WHERE ${where(params)}`;
  const [row] = await engine.query(sql, params);
  const rows = numberOf(row[0]);
  const profiles = new Map<string, NumericalColumnProfile>();
  columns.forEach((column, i) => {
    const at = 1 + i * PER_COLUMN;
    const count = numberOf(row[at]);
    const nonFinite = numberOf(row[at + 1]);
    profiles.set(column.name, {
      rows,
      count,
      missing: rows - count - nonFinite,
      nonFinite,
      min: numberOf(row[at + 2]),
      max: numberOf(row[at + 3]),
      mean: numberOf(row[at + 4]),
      variance: count > 1 ? numberOf(row[at + 5]) : 0,
      distinct: count === 0 ? 0 : numberOf(row[at + 6]),
    });
  });
  return { rows, profiles };
}

/** How often each category occurs, and how many rows are missing (NULL or one of `MISSING_TOKENS`, as in files). */
export async function categoryCountsOf(engine: SqlEngine, column: EngineColumn, where: Condition): Promise<{ labels: string[]; counts: Float64Array; missing: number }> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const label = d.toText(d.identifier(column.name));
  const tokens = MISSING_TOKENS.map((token) => d.text(token, params));
  const condition = where(params);
  const sql = `SELECT CASE WHEN ${label} IS NULL OR ${label} IN (${tokens.join(", ")}) THEN NULL ELSE ${label} END AS v, count(*) FROM ${engine.from} WHERE ${condition} GROUP BY v`;
  const labels: string[] = [];
  const counts: number[] = [];
  let missing = 0;
  for (const [value, count] of await engine.query(sql, params)) {
    if (value === null) missing += numberOf(count);
    else {
      labels.push(value);
      counts.push(numberOf(count));
    }
  }
  return { labels, counts: Float64Array.from(counts), missing };
}

/**
 * Each distinct finite value of a numerical column with its count, in ascending order (−0 and 0
 * counted together, as JavaScript compares them); undefined when there are more than `cap`.
 */
export async function valueCountsOf(engine: SqlEngine, column: EngineColumn, where: Condition, cap: number): Promise<{ values: Float64Array; counts: Float64Array } | undefined> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const x = valueSql(engine, column);
  const sql = `SELECT v, count(*) FROM (SELECT ${x} AS v FROM ${engine.from} WHERE ${where(params)}) AS s WHERE ${d.isFinite("v")} GROUP BY v ORDER BY v LIMIT ${cap + 1}`;
  const rows = await engine.query(sql, params);
  if (rows.length > cap) return undefined;
  const pairs = rows.map(([value, count]) => [numberOf(value), numberOf(count)] as const).sort((a, b) => a[0] - b[0]);
  const values: number[] = [];
  const counts: number[] = [];
  for (const [value, count] of pairs) {
    if (values.length > 0 && values[values.length - 1] === value) counts[counts.length - 1] += count;
    else {
      values.push(value);
      counts.push(count);
    }
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/** What one side holds in one cell of a grid: how many finite values, the lowest and the highest. */
export interface GridCellCount {
  readonly count: number;
  readonly min: number;
  readonly max: number;
}

/** Counts, lowest and highest finite value of a numerical column per cell of `grid` (see `quantileGridSql`), by cell. */
export async function gridCountsOf(engine: SqlEngine, column: EngineColumn, where: Condition, grid: QuantileGrid): Promise<Map<number, GridCellCount>> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const sql = `SELECT ${quantileGridSql(d, "v", grid)} AS cell, count(*), min(v), max(v) FROM (SELECT ${valueSql(engine, column)} AS v FROM ${engine.from} WHERE ${where(params)}) AS s WHERE ${d.isFinite("v")} GROUP BY cell`;
  const counts = new Map<number, GridCellCount>();
  for (const [cell, count, min, max] of await engine.query(sql, params)) counts.set(numberOf(cell), { count: numberOf(count), min: numberOf(min), max: numberOf(max) });
  return counts;
}

/** Counts of a numerical column's finite values in each bin of `edges` (numpy's `histogram` bins), counted where the data lives. */
export async function binCountsOf(engine: SqlEngine, column: EngineColumn, where: Condition, edges: Float64Array): Promise<Float64Array> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const inRange = `${d.isFinite("v")} AND v >= ${d.number(edges[0])} AND v <= ${d.number(edges[edges.length - 1])}`;
  const sql = `SELECT ${binIndexSql(d, "v", edges)} AS bin, count(*) FROM (SELECT ${valueSql(engine, column)} AS v FROM ${engine.from} WHERE ${where(params)}) AS s WHERE ${inRange} GROUP BY bin`;
  const counts = new Float64Array(edges.length - 1);
  for (const [bin, count] of await engine.query(sql, params)) counts[numberOf(bin)] += numberOf(count);
  return counts;
}

/** Up to `rows` finite values of a numerical column, a seeded sample drawn by the engine (rows ordered by a hash of the seed and every column). */
export async function sampledValuesOf(engine: SqlEngine, column: EngineColumn, where: Condition, rows: number, seed: number): Promise<Float64Array> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const condition = where(params);
  const order = d.sampleOrder(seed, engine.columns.map((c) => d.identifier(c.name)), params);
  const sql = `SELECT v FROM (SELECT ${valueSql(engine, column)} AS v, ${order} AS h FROM ${engine.from} WHERE ${condition}) AS s WHERE ${d.isFinite("v")} ORDER BY h, v LIMIT ${Math.trunc(rows)}`;
  return Float64Array.from(await engine.query(sql, params), ([value]) => numberOf(value));
}

/**
 * Up to `rows` whole rows of the tested columns, a seeded sample drawn by the engine, as a Table
 * (numbers as doubles with NaN for missing; categories with `MISSING_TOKENS` as missing; date/times
 * as epoch milliseconds): what a baseline built from a table keeps as its reference sample.
 */
export async function sampledTable(engine: SqlEngine, columns: readonly EngineColumn[], where: Condition, rows: number, seed: number): Promise<Table> {
  const d = engine.dialect;
  const params: unknown[] = [];
  const condition = where(params);
  const order = d.sampleOrder(seed, engine.columns.map((c) => d.identifier(c.name)), params);
  const selected = columns.map((column) => (column.type === "numerical" ? valueSql(engine, column) : d.toText(d.identifier(column.name))));
  const sql = `SELECT ${selected.join(", ")} FROM ${engine.from} WHERE ${condition} ORDER BY ${order} LIMIT ${Math.trunc(rows)}`;
  const result = await engine.query(sql, params);
  const missing = new Set(MISSING_TOKENS);
  const built: Column[] = columns.map((column, j): Column => {
    if (column.type === "numerical") return { name: column.name, type: "numerical", values: Float64Array.from(result, (row) => numberOf(row[j])) };
    if (column.type === "datetime") return { name: column.name, type: "datetime", values: Float64Array.from(result, (row) => (row[j] === null ? NaN : Date.parse(`${(row[j] as string).replace(" ", "T")}${/[Zz]|[+-]\d\d:?\d\d$/.test(row[j] as string) ? "" : "Z"}`))) };
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = Int32Array.from(result, (row) => {
      const label = row[j];
      if (label === null || missing.has(label)) return -1;
      let code = index.get(label);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(label);
        index.set(label, code);
      }
      return code;
    });
    return { name: column.name, type: "categorical", codes, dictionary };
  });
  return { rowCount: result.length, columns: built, source: engine.label };
}
