import type { DuckDBConnection, DuckDBDataChunk } from "@duckdb/node-api";
import { DataError } from "../errors";
import type { ColumnSource, LabelCounts } from "./columnSource";
import { copyCodes, copyDoubles } from "./copyVector";
import { csvConversionColumn, dataErrorFromDuckdb } from "./dataErrorFromDuckdb";
import { csvRetrySettings } from "./csvRetrySettings";
import { refuseNulInNames } from "./refuseNulInNames";
import { dataMessages } from "./dataMessages";
import { detectDelimiter } from "./detectDelimiter";
import {
  booleanTextLabelSql,
  dictionaryCountsSql,
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
import { describeScan } from "./describeScan";
import type { ScanSettings } from "./duckdbScan";
import { isCompressed } from "./fileFormat";
import { countedManyCategoriesWarning, manyCategoriesWarning } from "./manyCategoriesWarning";
import type { ResolvedSource } from "./resolveSource";
import { selectColumnNames } from "./selectColumnNames";
import { stageAsParquet } from "./stageAsParquet";
import type { Staging } from "./stageAsParquet";
import { sqlIdentifier } from "./sqlQuote";
import type { Column, ColumnType } from "./table";
import { DEFAULT_MAX_CATEGORIES } from "./tableOptions";
import type { TableOptions } from "./tableOptions";
import { ownEntry } from "../arguments/ownEntry";

/** Above this many categories the codes come from a join rather than an ENUM cast (a huge ENUM is slow to build and to cast to). */
const ENUM_LIMIT = 100_000;
const STATS_TABLE = "driftlens_stats";
/** Opens tried again with a doubled DuckDB memory limit (see `staging`) after DuckDB runs out of memory. */
const MEMORY_RETRIES = 3;
/**
 * The table a CSV or JSON source is parsed into, once: in an in-memory database of its own with
 * DuckDB's compression on (numbers with few digits and repeated labels take a fraction of their
 * width; 500 columns × 50,000 rows of 4-decimal numbers hold in 60 MB rather than 380 MB).
 */
const PARSED_DATABASE = "driftlens_parsed";
const DATA_TABLE = `${PARSED_DATABASE}.data`;
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

/** How a column's values are read: its final type, dictionary and the SQL that returns them. */
type Reading =
  | { readonly kind: "double"; readonly type: "numerical" | "datetime"; readonly sql: string }
  | { readonly kind: "code"; readonly sql: string; readonly dictionary: readonly string[]; readonly bytes: 1 | 2 | 4; readonly counts: Float64Array }
  | { readonly kind: "joined"; readonly sql: string; readonly dictionary: readonly string[]; readonly counts: Float64Array }
  | { readonly kind: "text"; readonly sql: string };

/** Where a column's values land while its query streams. */
type Output =
  | { readonly kind: "double"; readonly values: Float64Array }
  | { readonly kind: "code"; readonly codes: Int32Array; readonly bytes: 1 | 2 | 4 }
  | { readonly kind: "text"; readonly values: (string | null)[] };

type Stats = Record<string, unknown>;

/** What every column of one source shares. */
interface Opened {
  readonly connection: DuckDBConnection;
  readonly resolved: ResolvedSource;
  /** The relation the columns are read from, each column named by its alias. */
  readonly from: string;
  readonly stats: Stats;
  readonly rowCount: number;
  readonly warnings: string[];
}

/**
 * Opens CSV/TSV, JSONL/JSON or Parquet files (one, a glob's or a folder's) on a DuckDB
 * connection as a `ColumnSource`, whose columns are then read in batches:
 *
 * 1. the files are described (a CSV's dialect and column types sniffed); then, once `parseAfter`
 *    settles, a CSV or JSON source is parsed once, into a DuckDB table of the selected columns
 *    (columnar and compressed, in DuckDB's memory) — or, for CSV/TSV with `staging` (a DuckDB held to a
 *    memory limit), into a Parquet file in the scratch folder (see `stageAsParquet`), so that
 *    DuckDB's memory stays within the limit however wide the file; a Parquet source is read in
 *    place, column by column; should DuckDB still run out of memory while opening (the
 *    dictionaries of many categorical columns), the open is tried again with twice the limit,
 *    three times at most;
 * 2. one aggregate query gives the row count and, per categorical column, its sorted distinct
 *    values (the dictionary) with the rows holding each, plus the cells an override could not
 *    convert;
 * 3. `read(names)` streams those columns — numerical and datetime as DOUBLE, categorical as
 *    narrow integer codes (an ENUM cast to the dictionary) — copied chunk by chunk from DuckDB's
 *    vectors into typed arrays without converting single values; `countLabels(names)` gives
 *    categorical columns' counts per label from step 2, reading nothing.
 *
 * When a CSV column holds a value of another type past the rows DuckDB sampled to guess its type,
 * the read starts again with that column as text (so it becomes categorical, as pandas would);
 * for JSON, it starts again with the types inferred from every line.
 * A text column of a CSV or JSON file whose every distinct value reads as a number (numbers with
 * `inf`, which DuckDB's sniffer leaves as text; a JSONL column of numbers and "NA" strings)
 * becomes numerical.
 * Cost: one parse of a CSV/JSON source; one scan of the categorical columns plus one of each
 * batch of columns read; one more per column with more than 100,000 categories. A CSV or JSON
 * source holds its parsed columns in DuckDB's memory until the connection closes.
 *
 * @throws {DataError} for data that cannot be read (see `dataErrorFromDuckdb`), no rows, or
 * unknown columns in `options.columns` / `options.types`
 */
export async function duckdbColumns(
  connection: DuckDBConnection,
  resolved: ResolvedSource,
  options: TableOptions,
  staging?: Staging,
  anyRowOrder = false,
  parseAfter?: Promise<void>,
): Promise<ColumnSource> {
  const csvLike = isCsvLike(resolved);
  const delimiter = resolved.format === "tsv" ? "\t" : csvLike && !isCompressed(resolved.files[0]) ? detectDelimiter(resolved.files[0]) : undefined;
  let settings: ScanSettings = { delimiter, textColumns: [], jsonTypesFromAllLines: false };
  let memoryRetries = 0;
  for (;;) {
    try {
      return await openOnce(connection, resolved, options, settings, staging, anyRowOrder, parseAfter);
    } catch (error) {
      const column = csvLike ? csvConversionColumn(error) : undefined;
      let retry: ScanSettings | undefined;
      if (staging && memoryRetries < MEMORY_RETRIES && /Out of Memory/i.test(String((error as Error)?.message))) {
        // The dictionaries of many categorical columns are built in memory: open again with twice the limit.
        memoryRetries++;
        staging = { ...staging, memoryLimit: staging.memoryLimit * 2 };
        await connection.run(`SET memory_limit = '${Math.ceil(staging.memoryLimit / 2 ** 20)}MB'`);
      } else if (column !== undefined && !settings.textColumns.includes(column)) settings = { ...settings, textColumns: [...settings.textColumns, column] };
      else if (!csvLike && !settings.jsonTypesFromAllLines && /JSON transform error/.test(String((error as Error)?.message))) settings = { ...settings, jsonTypesFromAllLines: true };
      else if (csvLike && (retry = csvRetrySettings(error, resolved, settings))) settings = retry;
      else throw dataErrorFromDuckdb(error, resolved, delimiter);
    }
  }
}

async function openOnce(
  connection: DuckDBConnection,
  resolved: ResolvedSource,
  options: TableOptions,
  settings: ScanSettings,
  staging: Staging | undefined,
  anyRowOrder: boolean,
  parseAfter: Promise<void> | undefined,
): Promise<ColumnSource> {
  const { scan, types: duckTypes } = await describeScan(connection, resolved, settings);
  await parseAfter;
  refuseNulInNames([...duckTypes.keys()], resolved);
  const names = selectColumnNames([...duckTypes.keys()], options, resolved.source);
  const plans = names.map((name, index) => plan(name, duckTypes.get(name) as string, index, ownEntry(options.types, name), resolved));
  const selected = `SELECT ${plans.map((p) => `${p.inner} AS ${p.alias}`).join(", ")} FROM ${scan}`;
  let from = `(${selected})`;
  if (staging && isCsvLike(resolved)) {
    from = await stageAsParquet(connection, selected, plans.length, staging);
  } else if (resolved.format !== "parquet") {
    await connection.run(`ATTACH IF NOT EXISTS ':memory:' AS ${PARSED_DATABASE} (COMPRESS)`);
    // Rows may land in any order (each row whole): DuckDB's threads then parse without putting
    // their parts back in file order (a 1M-row CSV 450 → 310 ms). Reads keep the table's order.
    if (anyRowOrder) await connection.run("SET preserve_insertion_order = false");
    try {
      await connection.run(`CREATE OR REPLACE TABLE ${DATA_TABLE} AS ${selected}`);
    } finally {
      if (anyRowOrder) await connection.run("RESET preserve_insertion_order");
    }
    from = DATA_TABLE;
  }

  const stats = await collectStats(connection, from, plans);
  const rowCount = Number(stats.row_count);
  if (rowCount === 0) throw new DataError(dataMessages.noRows(resolved.source, isCsvLike(resolved)));

  const opened: Opened = { connection, resolved, from, stats, rowCount, warnings: [] };
  const readings = new Map<string, Reading>();
  for (const columnPlan of plans) readings.set(columnPlan.name, await prepareColumn(opened, columnPlan));
  // A staged file's columns are read a batch at a time while the column tests of the last batch
  // run on every core: one DuckDB thread reads them (more only add buffers and contend with the
  // tests: a 50k × 500 CSV pair peaked 100 MB higher with DuckDB's default threads).
  if (staging && isCsvLike(resolved)) await connection.run("SET threads = 1");
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const delimiter = settings.delimiter;
  return {
    source: resolved.source,
    rowCount,
    columns: plans.map((p) => {
      const reading = readings.get(p.name) as Reading;
      return { name: p.name, type: typeOf(reading), ...(reading.kind === "code" && reading.dictionary.length === 0 ? { empty: true } : {}) };
    }),
    warnings: opened.warnings,
    freshColumns: true,
    async read(wanted: readonly string[]): Promise<Column[]> {
      try {
        const columns = await readColumns(opened, wanted.map((name) => [name, readings.get(name) as Reading] as const));
        for (const column of columns) {
          const warning = manyCategoriesWarning(column, resolved.source, maxCategories);
          if (warning) opened.warnings.push(warning);
        }
        return columns;
      } catch (error) {
        throw dataErrorFromDuckdb(error, resolved, delimiter);
      }
    },
    // Counted by the statistics pass when the source was opened: no query.
    async countLabels(wanted: readonly string[]): Promise<LabelCounts[]> {
      const counted = labelCounts(rowCount, wanted.map((name) => [name, readings.get(name) as Reading] as const));
      for (const labels of counted) {
        const warning = countedManyCategoriesWarning(labels, resolved.source, maxCategories);
        if (warning) opened.warnings.push(warning);
      }
      return counted;
    },
    // The connection belongs to the caller, who closes it.
    close: () => undefined,
  };
}

/** The rows holding each label of categorical columns, as the statistics counted them when the source was opened (no query). */
function labelCounts(rowCount: number, wanted: readonly (readonly [string, Reading])[]): LabelCounts[] {
  return wanted.map(([name, reading]) => {
    if (reading.kind !== "code" && reading.kind !== "joined") throw new Error(`column '${name}' is not categorical: it cannot be counted per label`);
    let present = 0;
    for (const count of reading.counts) present += count;
    return { name, dictionary: reading.dictionary, counts: reading.counts.slice(), missing: rowCount - present };
  });
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

function typeOf(reading: Reading): ColumnType {
  if (reading.kind === "double") return reading.type;
  return reading.kind === "text" ? "text" : "categorical";
}

/** Whether an override asks text to become numbers or dates, whose failures are counted. */
function convertsText(p: Plan): boolean {
  return p.overridden && p.kind === "string" && (p.type === "numerical" || p.type === "datetime");
}

function aggregates(p: Plan): string[] {
  const v = p.alias;
  if (!convertsText(p)) return [];
  const failed = `${presentSql(p.kind, v)} AND ${doubleSql(p.kind, p.type as "numerical" | "datetime", v)} IS NULL`;
  return [`count(*) FILTER (WHERE ${failed}) AS ${v}_failed`, `min(${v}) FILTER (WHERE ${failed}) AS ${v}_example`];
}

/** The count column of the grouping in `collectStats` (the columns are aliased v0, v1, …: no clash). */
const GROUP_COUNT = "driftlens_rows";

/**
 * Row count, dictionaries with the rows holding each label, and checks, kept in a temporary
 * table for the joins of huge dictionaries: one aggregate query for the scalars, one grouping
 * (a set per categorical column) for the dictionaries.
 */
async function collectStats(connection: DuckDBConnection, from: string, plans: readonly Plan[]): Promise<Stats> {
  const columns = ["count(*) AS row_count", ...plans.flatMap(aggregates)];
  const categorical = plans.filter((p) => p.type === "categorical");
  let select = `SELECT ${columns.join(", ")} FROM ${from}`;
  if (categorical.length > 0) {
    const aliases = categorical.map((p) => p.alias);
    const grouped = `SELECT ${aliases.join(", ")}, count(*) AS ${GROUP_COUNT} FROM ${from} GROUP BY GROUPING SETS (${aliases.map((v) => `(${v})`).join(", ")})`;
    const lists = categorical.flatMap((p) => [`${dictionarySql(p.kind, p.alias)} AS ${p.alias}_labels`, `${dictionaryCountsSql(p.kind, p.alias, GROUP_COUNT)} AS ${p.alias}_counts`]);
    select = `SELECT * FROM (${select}) AS scalars, (SELECT ${lists.join(", ")} FROM (${grouped})) AS dictionaries`;
  }
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${STATS_TABLE} AS ${select}`);
  const scalars = columns.map((column) => column.slice(column.lastIndexOf(" AS ") + 4));
  return (await connection.runAndReadAll(`SELECT ${scalars.join(", ")} FROM ${STATS_TABLE}`)).getRowObjectsJS()[0] as Stats;
}

/** A column's dictionary labels and the rows holding each, from the statistics table, streamed (a list of a million labels converts slowly as one value). */
async function readLabels(connection: DuckDBConnection, alias: string): Promise<{ labels: string[]; counts: number[] }> {
  const labels: string[] = [];
  const counts: number[] = [];
  const result = await connection.stream(`SELECT unnest(${alias}_labels), unnest(${alias}_counts) FROM ${STATS_TABLE}`);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return { labels, counts };
    const labelVector = chunk.getColumnVector(0);
    const countVector = chunk.getColumnVector(1);
    for (let row = 0; row < chunk.rowCount; row++) {
      labels.push(labelVector.getItem(row) as string);
      counts.push(Number(countVector.getItem(row)));
    }
  }
}

/** Decides a column's final type and dictionary from the statistics, and the SQL that reads its values. */
async function prepareColumn(opened: Opened, p: Plan): Promise<Reading> {
  const { stats, resolved } = opened;
  const v = p.alias;
  if (convertsText(p) && Number(stats[`${v}_failed`]) > 0) {
    opened.warnings.push(dataMessages.overrideFailed(p.name, resolved.source, p.type as "numerical" | "datetime", Number(stats[`${v}_failed`]), String(stats[`${v}_example`])));
  }
  const { labels: sqlLabels, counts: sqlCounts } = p.type === "categorical" ? await readLabels(opened.connection, v) : { labels: [], counts: [] };
  const type = p.numbersAsText && sqlLabels.length > 0 && sqlLabels.every((label) => NUMBER_TEXT.test(label)) ? "numerical" : p.type;
  if (type === "numerical" || type === "datetime") return { kind: "double", type, sql: doubleSql(p.kind, type, v) };
  if (type === "text") return { kind: "text", sql: textSql(p.kind, v) };

  let label = labelSql(p.kind, v);
  let enumLabels = sqlLabels;
  let dictionary = p.kind === "float" || p.kind === "decimal" ? sqlLabels.map(jsNumberLabel) : sqlLabels;
  if (dictionary !== sqlLabels && new Set(dictionary).size !== dictionary.length) dictionary = sqlLabels;
  let counts = Float64Array.from(sqlCounts);
  if (isCsvLike(resolved) && p.kind === "string" && sqlLabels.length > 0 && sqlLabels.every((l) => /^(true|false)$/i.test(l))) {
    label = booleanTextLabelSql(v);
    const merged = sqlLabels.map((l) => (l.toLowerCase() === "true" ? "True" : "False"));
    enumLabels = dictionary = [...new Set(merged)].sort();
    counts = new Float64Array(dictionary.length);
    merged.forEach((l, i) => (counts[dictionary.indexOf(l)] += sqlCounts[i]));
  }
  if (dictionary.length > ENUM_LIMIT) {
    const sql =
      `SELECT d.code FROM (SELECT ${label} AS l, row_number() OVER () AS rn FROM (SELECT ${v} FROM ${opened.from})) s ` +
      `LEFT JOIN (SELECT unnest(${v}_labels) AS l, CAST(generate_subscripts(${v}_labels, 1) - 1 AS INTEGER) AS code FROM ${STATS_TABLE}) d ` +
      `ON s.l = d.l ORDER BY s.rn`;
    return { kind: "joined", sql, dictionary, counts };
  }
  if (enumLabels.length === 0) return { kind: "code", sql: "CAST(NULL AS UTINYINT)", dictionary, bytes: 1, counts };
  const enumType = `driftlens_enum_${v}`;
  // The labels are the data's own values: the ENUM is made from the statistics table, in dictionary
  // order, so no value is ever spliced into SQL text (a quote or a NUL byte in a cell stays data).
  // Only the fixed True/False labels of boolean text are written out.
  const labelsQuery =
    enumLabels === sqlLabels
      ? `SELECT l FROM (SELECT unnest(${v}_labels) AS l, generate_subscripts(${v}_labels, 1) AS i FROM ${STATS_TABLE}) ORDER BY i`
      : enumLabels.map((l) => `SELECT ${l === "True" ? "'True'" : "'False'"} AS l`).join(" UNION ALL ");
  await opened.connection.run(`CREATE OR REPLACE TYPE ${enumType} AS ENUM (${labelsQuery})`);
  const [bytes, codeType] = enumLabels.length <= 0xff ? ([1, "UTINYINT"] as const) : enumLabels.length <= 0xffff ? ([2, "USMALLINT"] as const) : ([4, "INTEGER"] as const);
  return { kind: "code", sql: `CAST(enum_code(TRY_CAST(${label} AS ${enumType})) AS ${codeType})`, dictionary, bytes, counts };
}

/** Reads the named columns: one streamed query for all but the huge dictionaries, one query each for those. */
async function readColumns(opened: Opened, wanted: readonly (readonly [string, Reading])[]): Promise<Column[]> {
  const { rowCount } = opened;
  const prepared = wanted.map(([name, reading]) => ({ reading, ...allocate(name, reading, rowCount) }));
  const main = prepared.filter(({ reading }) => reading.kind !== "joined");
  if (main.length > 0) {
    const sql = `SELECT ${main.map(({ reading }) => reading.sql).join(", ")} FROM ${opened.from}`;
    await streamInto(opened, sql, (chunk, rows, offset) => main.forEach(({ output }, j) => fillColumn(output, chunk, j, rows, offset)));
  }
  for (const { reading, output } of prepared) {
    if (reading.kind === "joined") await streamInto(opened, reading.sql, (chunk, rows, offset) => fillColumn(output, chunk, 0, rows, offset));
  }
  return prepared.map(({ column }) => column);
}

function allocate(name: string, reading: Reading, rowCount: number): { column: Column; output: Output } {
  switch (reading.kind) {
    case "double": {
      const values = new Float64Array(rowCount);
      return { column: { name, type: reading.type, values }, output: { kind: "double", values } };
    }
    case "text": {
      const values = new Array<string | null>(rowCount).fill(null);
      return { column: { name, type: "text", values }, output: { kind: "text", values } };
    }
    case "code":
    case "joined": {
      const codes = new Int32Array(rowCount);
      return { column: { name, type: "categorical", codes, dictionary: reading.dictionary }, output: { kind: "code", codes, bytes: reading.kind === "code" ? reading.bytes : 4 } };
    }
  }
}

function fillColumn(output: Output, chunk: DuckDBDataChunk, column: number, rows: number, offset: number): void {
  switch (output.kind) {
    case "double":
      copyDoubles(chunk, column, rows, output.values, offset);
      return;
    case "code":
      copyCodes(chunk, column, rows, output.codes, offset, output.bytes);
      return;
    case "text": {
      const vector = chunk.getColumnVector(column);
      for (let row = 0; row < rows; row++) output.values[offset + row] = vector.getItem(row) as string | null;
      return;
    }
  }
}

/** Streams a query's chunks to `fill`, checking that it returns exactly the rows the aggregate query counted. */
async function streamInto(opened: Opened, sql: string, fill: (chunk: DuckDBDataChunk, rows: number, offset: number) => void): Promise<void> {
  const result = await opened.connection.stream(sql);
  let offset = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    const rows = chunk?.rowCount ?? 0;
    if (!chunk || rows === 0) break;
    if (offset + rows > opened.rowCount) throw new DataError(dataMessages.sourceChanged(opened.resolved.source));
    fill(chunk, rows, offset);
    offset += rows;
  }
  if (offset !== opened.rowCount) throw new DataError(dataMessages.sourceChanged(opened.resolved.source));
}
