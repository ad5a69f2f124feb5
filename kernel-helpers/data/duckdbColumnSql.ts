/**
 * The SQL that turns one DuckDB column into a driftlens column. A column is first read as one of
 * a few source kinds (`kindOfDuckdbType`, `innerSql`); the expressions below then work on that
 * value, named `v`, for each target type.
 */
import { MISSING_TOKENS } from "./missingTokens";
import { sqlString } from "./sqlQuote";
import type { ColumnType } from "./table";

/** How a DuckDB column is read before it becomes a driftlens column. */
export type SourceKind = "integer" | "float" | "decimal" | "boolean" | "datetime" | "timestamptz" | "string";

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const TOKENS = MISSING_TOKENS.map(sqlString).join(", ");

/**
 * The kind of a DuckDB type name as `DESCRIBE` prints it: integers, FLOAT/DOUBLE, DECIMAL,
 * BOOLEAN, DATE/TIMESTAMP (any precision), TIMESTAMP WITH TIME ZONE, and everything else
 * (VARCHAR, JSON, ENUM, UUID, lists, structs …) read as text.
 *
 * @example kindOfDuckdbType("DECIMAL(18,3)") // "decimal"
 */
export function kindOfDuckdbType(duckType: string): SourceKind {
  if (INTEGER.test(duckType)) return "integer";
  if (duckType === "FLOAT" || duckType === "DOUBLE") return "float";
  if (duckType.startsWith("DECIMAL")) return "decimal";
  if (duckType === "BOOLEAN") return "boolean";
  if (duckType === "TIMESTAMP WITH TIME ZONE") return "timestamptz";
  if (duckType === "DATE" || /^TIMESTAMP(_S|_MS|_NS)?$/.test(duckType)) return "datetime";
  return "string";
}

/**
 * The column read from the scan as its kind: a JSON value as its text (`"NA"` → `NA`), a struct,
 * map or list as compact JSON (the label `JSON.stringify` gives in memory), anything else that
 * is not VARCHAR cast to VARCHAR.
 */
export function innerSql(column: string, duckType: string): string {
  if (kindOfDuckdbType(duckType) !== "string" || duckType === "VARCHAR") return column;
  if (duckType === "JSON") return `json_extract_string(${column}, '$')`;
  if (/^(STRUCT|MAP)\(|\]$/.test(duckType)) return `CAST(to_json(${column}) AS VARCHAR)`;
  return `CAST(${column} AS VARCHAR)`;
}

/** The inferred type of a kind: numbers numerical, dates datetime, the rest categorical. */
export function inferredType(kind: SourceKind): ColumnType {
  if (kind === "integer" || kind === "float" || kind === "decimal") return "numerical";
  if (kind === "datetime" || kind === "timestamptz") return "datetime";
  return "categorical";
}

/** True where `v` holds a value: not NULL, not NaN, and for text not a missing-value token. */
export function presentSql(kind: SourceKind, v: string): string {
  if (kind === "string") return `(${v} IS NOT NULL AND ${v} NOT IN (${TOKENS}))`;
  if (kind === "float") return `(${v} IS NOT NULL AND NOT isnan(${v}))`;
  return `(${v} IS NOT NULL)`;
}

/**
 * The category label of `v`: text as is, booleans as "True"/"False" (as pandas prints them),
 * anything else as DuckDB prints it (floats are re-printed as JavaScript does, see `jsNumberLabel`).
 */
export function labelSql(kind: SourceKind, v: string): string {
  if (kind === "string") return v;
  if (kind === "boolean") return `CASE WHEN ${v} THEN 'True' WHEN NOT ${v} THEN 'False' END`;
  return `CAST(${v} AS VARCHAR)`;
}

/** The label of a CSV cell in a column of `true`/`false` text, which reads as a boolean (as pandas reads it). */
export function booleanTextLabelSql(v: string): string {
  return `CASE lower(${v}) WHEN 'true' THEN 'True' WHEN 'false' THEN 'False' END`;
}

/**
 * The sorted distinct labels of a column, aggregated over the rows of a `GROUP BY GROUPING SETS`
 * with one set per column (`v` is NULL in the other sets' rows, which `presentSql` leaves out):
 * the present values in their own order (numbers numerically, text by code point), each as its
 * label. One grouping pass counts every column at once, 2–3× faster than a `histogram` per column.
 */
export function dictionarySql(kind: SourceKind, v: string): string {
  return `list(${labelSql(kind, v)} ORDER BY ${v}) FILTER (WHERE ${presentSql(kind, v)})`;
}

/** The rows holding each label of `dictionarySql`, in its order: `count` is the grouping's count column. */
export function dictionaryCountsSql(kind: SourceKind, v: string, count: string): string {
  return `list(${count} ORDER BY ${v}) FILTER (WHERE ${presentSql(kind, v)})`;
}

/** `v` as a DOUBLE for a numerical or datetime column, NULL where it cannot be converted. */
export function doubleSql(kind: SourceKind, target: "numerical" | "datetime", v: string): string {
  switch (kind) {
    case "integer":
    case "float":
    case "decimal":
    case "boolean":
      return `CAST(${v} AS DOUBLE)`;
    case "datetime":
      return `CASE WHEN isfinite(CAST(${v} AS TIMESTAMP)) THEN CAST(epoch_ms(CAST(${v} AS TIMESTAMP)) AS DOUBLE) END`;
    case "timestamptz":
      return `CASE WHEN isfinite(${v}) THEN CAST(epoch_ms(${v}) AS DOUBLE) END`;
    case "string":
      return target === "numerical"
        ? `TRY_CAST(${v} AS DOUBLE)`
        : `CAST(epoch_ms(TRY_CAST(${v} AS TIMESTAMP WITH TIME ZONE)) AS DOUBLE)`;
  }
}

/** `v` as text for a text column (missing-value tokens become NULL). */
export function textSql(kind: SourceKind, v: string): string {
  if (kind === "string") return `CASE WHEN ${presentSql(kind, v)} THEN ${v} END`;
  return labelSql(kind, v);
}

/**
 * JavaScript's spelling of a number DuckDB printed (`"2.0"` → `"2"`, `"1e-07"` → `"1e-7"`), so
 * that a float column read as categorical has the same labels from a file as from records.
 */
export function jsNumberLabel(label: string): string {
  return String(Number(label));
}
