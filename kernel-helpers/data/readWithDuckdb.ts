import type { DuckDBConnection, DuckDBDataChunk } from "@duckdb/node-api";
import { DataError } from "../errors";
import { copyCodes, copyDoubles } from "./copyVector";
import { csvConversionColumn, dataErrorFromDuckdb } from "./dataErrorFromDuckdb";
import { dataMessages } from "./dataMessages";
import { detectDelimiter } from "./detectDelimiter";
import {
  booleanTextLabelSql,
  dictionarySql,
  doubleSql,
  inferredType,
  innerSql,
  jsNumberLabel,
  kindOfDuckdbType,
  labelSql,
  presentSql,
  textSql,
} from "./duckdbColumnSql";
import type { SourceKind } from "./duckdbColumnSql";
import { duckdbScan } from "./duckdbScan";
import type { ScanSettings } from "./duckdbScan";
import { isCompressed } from "./fileFormat";
import { manyCategoriesWarning } from "./manyCategoriesWarning";
import type { ResolvedSource } from "./resolveSource";
import { selectColumnNames } from "./selectColumnNames";
import { sqlIdentifier, sqlString } from "./sqlQuote";
import type { Column, ColumnType, Table } from "./table";
import { DEFAULT_MAX_CATEGORIES } from "./tableOptions";
import type { TableOptions } from "./tableOptions";

/** Above this many categories the codes come from a join rather than an ENUM cast (a huge ENUM is slow to build and to cast to). */
const ENUM_LIMIT = 100_000;
const STATS_TABLE = "driftlens_stats";
/** Text that DuckDB's `TRY_CAST(… AS DOUBLE)` reads as a number, ±Infinity included. */
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|inf|infinity)\s*$/i;

/** One column to read: where it comes from (`inner`, named `alias` in the queries) and what it becomes. */
interface Plan {
  readonly name: string;
  readonly alias: string;
  readonly inner: string;
  readonly kind: SourceKind;
  readonly type: ColumnType;
  readonly overridden: boolean;
  /**
   * A text column of a CSV or JSON file, which becomes numerical when every distinct value reads
   * as a number: a JSONL column of numbers and a few "NA" strings, or a CSV column of numbers and
   * `inf` (which DuckDB's type sniffer leaves as text).
   */
  readonly numbersAsText: boolean;
}

/** Where a column's values land: from the streamed main query, or (a huge dictionary) from a query of its own. */
type Output =
  | { readonly kind: "double"; readonly sql: string; readonly values: Float64Array }
  | { readonly kind: "code"; readonly sql: string; readonly codes: Int32Array; readonly bytes: 1 | 2 | 4 }
  | { readonly kind: "text"; readonly sql: string; readonly values: (string | null)[] }
  | { readonly kind: "joined"; readonly sql: string; readonly codes: Int32Array };

type Stats = Record<string, unknown>;

/**
 * Reads CSV/TSV, JSONL/JSON or Parquet files (one, a glob's or a folder's) into a Table with
 * DuckDB, in two passes over the data:
 *
 * 1. one aggregate query: the row count and, per categorical column, its sorted distinct values
 *    (the dictionary), plus the cells an override could not convert;
 * 2. one streamed query that returns every numerical and datetime column as DOUBLE and every
 *    categorical column as narrow integer codes (an ENUM cast to the dictionary), copied chunk by
 *    chunk from DuckDB's vectors into typed arrays without converting single values.
 *
 * When a CSV column holds a value of another type past the rows DuckDB sampled to guess its type,
 * the read starts again with that column as text (so it becomes categorical, as pandas would);
 * for JSON, it starts again with the types inferred from every line.
 * A text column of a CSV or JSON file whose every distinct value reads as a number (numbers with
 * `inf`, which DuckDB's sniffer leaves as text; a JSONL column of numbers and "NA" strings)
 * becomes numerical.
 * Cost: two scans of the data, plus one per column with more than 100,000 categories.
 *
 * @throws {DataError} for data that cannot be read (see `dataErrorFromDuckdb`), no rows, or
 * unknown columns in `options.columns` / `options.types`
 */
export async function readWithDuckdb(connection: DuckDBConnection, resolved: ResolvedSource, options: TableOptions): Promise<Table> {
  const csvLike = isCsvLike(resolved);
  const delimiter = resolved.format === "tsv" ? "\t" : csvLike && !isCompressed(resolved.files[0]) ? detectDelimiter(resolved.files[0]) : undefined;
  const settings = { delimiter, textColumns: [] as string[], jsonTypesFromAllLines: false };
  for (;;) {
    try {
      return await readOnce(connection, resolved, options, settings);
    } catch (error) {
      const column = csvLike ? csvConversionColumn(error) : undefined;
      if (column !== undefined && !settings.textColumns.includes(column)) settings.textColumns.push(column);
      else if (!csvLike && !settings.jsonTypesFromAllLines && /JSON transform error/.test(String((error as Error)?.message))) settings.jsonTypesFromAllLines = true;
      else throw dataErrorFromDuckdb(error, resolved, delimiter);
    }
  }
}

/** What every column of one read shares. */
interface Read {
  readonly connection: DuckDBConnection;
  readonly resolved: ResolvedSource;
  readonly scan: string;
  readonly stats: Stats;
  readonly rowCount: number;
  readonly warnings: string[];
}

async function readOnce(connection: DuckDBConnection, resolved: ResolvedSource, options: TableOptions, settings: ScanSettings): Promise<Table> {
  const scan = duckdbScan(resolved, settings);
  const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${scan}`)).getRowObjectsJS();
  const duckTypes = new Map(described.map((row) => [String(row.column_name), String(row.column_type)]));
  const names = selectColumnNames([...duckTypes.keys()], options, resolved.source);
  const plans = names.map((name, index) => plan(name, duckTypes.get(name) as string, index, options.types?.[name], resolved));

  const stats = await collectStats(connection, scan, plans);
  const rowCount = Number(stats.row_count);
  if (rowCount === 0) throw new DataError(dataMessages.noRows(resolved.source, isCsvLike(resolved)));

  const read: Read = { connection, resolved, scan, stats, rowCount, warnings: [] };
  const prepared: { plan: Plan; column: Column; output: Output }[] = [];
  for (const columnPlan of plans) prepared.push({ plan: columnPlan, ...(await prepareColumn(read, columnPlan)) });

  const main = prepared.filter(({ output }) => output.kind !== "joined");
  if (main.length > 0) {
    const inner = main.map(({ plan: p }) => `${p.inner} AS ${p.alias}`).join(", ");
    const sql = `SELECT ${main.map(({ output }) => output.sql).join(", ")} FROM (SELECT ${inner} FROM ${scan})`;
    await streamInto(read, sql, (chunk, rows, offset) => main.forEach(({ output }, j) => fillColumn(output, chunk, j, rows, offset)));
  }
  for (const { output } of prepared) {
    if (output.kind === "joined") await streamInto(read, output.sql, (chunk, rows, offset) => fillColumn(output, chunk, 0, rows, offset));
  }

  const columns = prepared.map(({ column }) => column);
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  for (const column of columns) {
    const warning = manyCategoriesWarning(column, resolved.source, maxCategories);
    if (warning) read.warnings.push(warning);
  }
  return { rowCount, columns, source: resolved.source, warnings: read.warnings };
}

function isCsvLike(resolved: ResolvedSource): boolean {
  return resolved.format === "csv" || resolved.format === "tsv";
}

function plan(name: string, duckType: string, index: number, override: ColumnType | undefined, resolved: ResolvedSource): Plan {
  const kind = kindOfDuckdbType(duckType);
  return {
    name,
    alias: `v${index}`,
    inner: innerSql(sqlIdentifier(name), duckType),
    kind,
    type: override ?? inferredType(kind),
    overridden: override !== undefined,
    numbersAsText: override === undefined && kind === "string" && resolved.format !== "parquet",
  };
}

/** Whether an override asks text to become numbers or dates, whose failures are counted. */
function convertsText(p: Plan): boolean {
  return p.overridden && p.kind === "string" && (p.type === "numerical" || p.type === "datetime");
}

function aggregates(p: Plan): string[] {
  const v = p.alias;
  const found: string[] = [];
  if (p.type === "categorical") found.push(`${dictionarySql(p.kind, v)} AS ${v}_labels`);
  if (convertsText(p)) {
    const failed = `${presentSql(p.kind, v)} AND ${doubleSql(p.kind, p.type as "numerical" | "datetime", v)} IS NULL`;
    found.push(`count(*) FILTER (WHERE ${failed}) AS ${v}_failed`, `min(${v}) FILTER (WHERE ${failed}) AS ${v}_example`);
  }
  return found;
}

/** The first pass: row count, dictionaries and checks, kept in a temporary table for the joins of huge dictionaries. */
async function collectStats(connection: DuckDBConnection, scan: string, plans: readonly Plan[]): Promise<Stats> {
  const needed = plans.filter((p) => aggregates(p).length > 0);
  const from = needed.length === 0 ? scan : `(SELECT ${needed.map((p) => `${p.inner} AS ${p.alias}`).join(", ")} FROM ${scan})`;
  const columns = ["count(*) AS row_count", ...needed.flatMap(aggregates)];
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${STATS_TABLE} AS SELECT ${columns.join(", ")} FROM ${from}`);
  const scalars = columns.map((column) => column.slice(column.lastIndexOf(" AS ") + 4)).filter((name) => !name.endsWith("_labels"));
  return (await connection.runAndReadAll(`SELECT ${scalars.join(", ")} FROM ${STATS_TABLE}`)).getRowObjectsJS()[0] as Stats;
}

/** A column's dictionary labels from the statistics table, streamed (a list of a million labels converts slowly as one value). */
async function readLabels(connection: DuckDBConnection, alias: string): Promise<string[]> {
  const labels: string[] = [];
  const result = await connection.stream(`SELECT unnest(${alias}_labels) FROM ${STATS_TABLE}`);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return labels;
    const vector = chunk.getColumnVector(0);
    for (let row = 0; row < chunk.rowCount; row++) labels.push(vector.getItem(row) as string);
  }
}

/** Decides a column's final type and dictionary from the statistics, and the SQL that reads its values. */
async function prepareColumn(read: Read, p: Plan): Promise<{ column: Column; output: Output }> {
  const { stats, rowCount, resolved } = read;
  const v = p.alias;
  if (convertsText(p) && Number(stats[`${v}_failed`]) > 0) {
    read.warnings.push(dataMessages.overrideFailed(p.name, resolved.source, p.type as "numerical" | "datetime", Number(stats[`${v}_failed`]), String(stats[`${v}_example`])));
  }
  const sqlLabels = p.type === "categorical" ? await readLabels(read.connection, v) : [];
  const type = p.numbersAsText && sqlLabels.length > 0 && sqlLabels.every((label) => NUMBER_TEXT.test(label)) ? "numerical" : p.type;
  if (type === "numerical" || type === "datetime") {
    const values = new Float64Array(rowCount);
    return { column: { name: p.name, type, values }, output: { kind: "double", sql: doubleSql(p.kind, type, v), values } };
  }
  if (type === "text") {
    const values = new Array<string | null>(rowCount).fill(null);
    return { column: { name: p.name, type, values }, output: { kind: "text", sql: textSql(p.kind, v), values } };
  }

  let label = labelSql(p.kind, v);
  let enumLabels = sqlLabels;
  let dictionary = p.kind === "float" || p.kind === "decimal" ? sqlLabels.map(jsNumberLabel) : sqlLabels;
  if (dictionary !== sqlLabels && new Set(dictionary).size !== dictionary.length) dictionary = sqlLabels;
  if (isCsvLike(resolved) && p.kind === "string" && sqlLabels.length > 0 && sqlLabels.every((l) => /^(true|false)$/i.test(l))) {
    label = booleanTextLabelSql(v);
    enumLabels = dictionary = [...new Set(sqlLabels.map((l) => (l.toLowerCase() === "true" ? "True" : "False")))].sort();
  }
  const codes = new Int32Array(rowCount);
  const column: Column = { name: p.name, type: "categorical", codes, dictionary };
  if (dictionary.length > ENUM_LIMIT) {
    const sql =
      `SELECT d.code FROM (SELECT ${label} AS l, row_number() OVER () AS rn FROM (SELECT ${p.inner} AS ${v} FROM ${read.scan})) s ` +
      `LEFT JOIN (SELECT unnest(${v}_labels) AS l, CAST(generate_subscripts(${v}_labels, 1) - 1 AS INTEGER) AS code FROM ${STATS_TABLE}) d ` +
      `ON s.l = d.l ORDER BY s.rn`;
    return { column, output: { kind: "joined", sql, codes } };
  }
  if (enumLabels.length === 0) return { column, output: { kind: "code", sql: "CAST(NULL AS UTINYINT)", codes, bytes: 1 } };
  const enumType = `driftlens_enum_${v}`;
  await read.connection.run(`CREATE OR REPLACE TYPE ${enumType} AS ENUM (${enumLabels.map(sqlString).join(", ")})`);
  const [bytes, codeType] = enumLabels.length <= 0xff ? ([1, "UTINYINT"] as const) : enumLabels.length <= 0xffff ? ([2, "USMALLINT"] as const) : ([4, "INTEGER"] as const);
  return { column, output: { kind: "code", sql: `CAST(enum_code(TRY_CAST(${label} AS ${enumType})) AS ${codeType})`, codes, bytes } };
}

function fillColumn(output: Output, chunk: DuckDBDataChunk, column: number, rows: number, offset: number): void {
  switch (output.kind) {
    case "double":
      copyDoubles(chunk, column, rows, output.values, offset);
      return;
    case "code":
      copyCodes(chunk, column, rows, output.codes, offset, output.bytes);
      return;
    case "joined":
      copyCodes(chunk, column, rows, output.codes, offset, 4);
      return;
    case "text": {
      const vector = chunk.getColumnVector(column);
      for (let row = 0; row < rows; row++) output.values[offset + row] = vector.getItem(row) as string | null;
      return;
    }
  }
}

/** Streams a query's chunks to `fill`, checking that it returns exactly the rows the first pass counted. */
async function streamInto(read: Read, sql: string, fill: (chunk: DuckDBDataChunk, rows: number, offset: number) => void): Promise<void> {
  const result = await read.connection.stream(sql);
  let offset = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    const rows = chunk?.rowCount ?? 0;
    if (!chunk || rows === 0) break;
    if (offset + rows > read.rowCount) throw new DataError(dataMessages.sourceChanged(read.resolved.source));
    fill(chunk, rows, offset);
    offset += rows;
  }
  if (offset !== read.rowCount) throw new DataError(dataMessages.sourceChanged(read.resolved.source));
}
