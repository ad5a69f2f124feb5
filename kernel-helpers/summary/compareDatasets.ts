import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ColumnSource, LabelCounts } from "../data/columnSource";
import { formatOfPath, isCompressed } from "../data/fileFormat";
import { openColumnSource } from "../data/openColumnSource";
import { DEFAULT_SAMPLE_CAP } from "../data/sampleCap";
import type { CategoricalColumn, Column, NumericalColumn } from "../data/table";
import type { TableInput } from "../data/toTable";
import { compareSides } from "./compareSides";
import type { SummaryOptions } from "./summarizedColumns";
import type { SideOptions, SourceInput } from "./withComparisonSide";
import { isLargeInput, withComparisonSide } from "./withComparisonSide";
import { identifies, isTested } from "../drift/compareColumnPair";
import { createColumnTestPool } from "../drift/columnTestPool";
import type { ColumnTestPool } from "../drift/columnTestPool";
import type { ColumnSide } from "../drift/columnSide";
import { DEFAULT_MEMORY_BUDGET, DUCKDB_SHARE_OF_BUDGET } from "../drift/compareOptions";
import type { CompareOptions } from "../drift/compareOptions";
import { compareSources, poolWorkers } from "../drift/compareSources";
import type { EarlySides } from "../drift/compareSources";
import { compareTables } from "../drift/compareTables";
import type { DriftReport } from "../drift/driftReport";
import { checkOptionsArgument } from "../arguments/checkOptionsArgument";
import { checkTableInputArgument } from "../arguments/checkTableInputArgument";

/**
 * Compares a reference and a current dataset for data drift, with Evidently's tests, default
 * test selection and dataset-drift rule (share of drifted columns ≥ 0.5).
 *
 * Each side may be a file path (CSV, TSV, JSONL, Parquet, Arrow, a glob or a hive-partitioned
 * folder), a `Table`, an array of records, an object of column arrays, an apache-arrow Table or
 * a danfo-shaped DataFrame, or a database table (`TableSource`: ClickHouse or PostgreSQL). A
 * table, or data files with more rows than `sampleCap`, are compared through summaries counted
 * where the data lives (see `summary/compareSides`); each column's result then says whether its
 * numbers are exact, approximate or sampled.
 * Other files are opened concurrently (on two or three cores only when their text is small, see
 * `TOGETHER_TEXT_BYTES`, as a big parse keeps every core busy) and each is parsed once, DuckDB held to `DUCKDB_SHARE_OF_BUDGET`
 * of `options.memoryBudget` (a CSV staged as Parquet on disk, see `stageAsParquet`); columns are
 * then read and tested in batches bounded by the rest of the budget, on a worker pool for large
 * data (see `compareSources`). Results are those of `compareTables` on the whole tables.
 *
 * @example
 * const report = await compareDatasets("train.parquet", "last-night.csv", { onProgress: ({ done, total }) => console.log(`${done}/${total}`) });
 * report.dataset.drifted; // true when half or more of the columns drifted
 */
export async function compareDatasets(reference: SourceInput, current: SourceInput, options: CompareOptions & SummaryOptions & SideOptions = {}): Promise<DriftReport> {
  checkOptionsArgument(options, "compareDatasets");
  checkTableInputArgument(reference, "compareDatasets", "reference");
  checkTableInputArgument(current, "compareDatasets", "current");
  const cap = options.sampleCap ?? DEFAULT_SAMPLE_CAP;
  if ((await Promise.all([isLargeInput(reference, cap), isLargeInput(current, cap)])).some(Boolean)) {
    return withComparisonSide(reference, options, (referenceSide) =>
      withComparisonSide(current, options, (currentSide) =>
        referenceSide.kind === "rows" && currentSide.kind === "rows" ? Promise.resolve(compareTables(referenceSide.table, currentSide.table, options)) : compareSides(referenceSide, currentSide, options),
      ),
    );
  }
  const budget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  const readOptions = { ...(options.columns ? { columns: options.columns } : {}), ...(options.types ? { types: options.types } : {}) };
  // DuckDB's memory counts within the budget: its share, split between the two files (both are open while columns are read).
  const duckdbMemory = (budget * DUCKDB_SHARE_OF_BUDGET) / 2;
  // With few cores, a big text file parsed in memory keeps them all busy: parsing both at once
  // would only hold both parses in memory. Small files and Parquet (read in place) are opened at
  // once, their open being mostly waiting (10-15% faster end to end at 1k–300k rows), and so are
  // text files over DuckDB's share, each staged as Parquet on one thread under its own limit
  // (a wide 50k × 500 CSV pair: 16.5 → 10.5 s).
  const parses = [textParse(reference, duckdbMemory), textParse(current, duckdbMemory)];
  const together =
    availableParallelism() >= 4 || parses[0].bytes + parses[1].bytes <= TOGETHER_TEXT_BYTES || parses.every((parse) => parse.bytes === 0 || parse.staged);
  // Opened together, a side held in memory whole (see `small`) has its columns prepared on the
  // pool at once, while the other side is still being read (see `compareSources`): Parquet 1M +
  // 1M rows 1.44 → 1.24 s. Not while a big text file is parsed after it: the parse keeps every
  // core busy, and the sorts' memory added to the parse's (a 1M-row CSV pair peaked at 520 MB
  // instead of 405, in the same time; starting only the workers then cost 20–45 MB and no time).
  const early = earlySides(options);
  const open = async (input: SourceInput, side: "reference" | "current", order: OpenOrder = {}) => {
    // Every test sees a column's distribution, never its row order (see `SourceOpening`).
    const opening = { memoryLimit: duckdbMemory, anyRowOrder: true, ...(order.parseAfter ? { parseAfter: order.parseAfter } : {}) };
    const source = await openColumnSource(input as TableInput, readOptions, opening);
    order.onOpened?.();
    // With no text to parse, the workers start while the columns are handed out of DuckDB, which
    // keeps one thread busy (Parquet 1M + 1M rows 0.92 → 0.87 s); a text file still being parsed
    // would share the cores with their start (CSV 300k + 300k: no faster, 20 MB more).
    if (parses.every((parse) => parse.bytes === 0)) early.start(source);
    const held = await small(source, budget);
    if (held.columns && together) early.prepare(side, held.source, held.columns);
    return held.source;
  };
  const opened = together ? await Promise.allSettled([open(reference, "reference"), open(current, "current")]) : await openInTurn(open, reference, current);
  const sources = opened.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  try {
    const failed = opened.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
    const [referenceSource, currentSource] = sources as [ColumnSource, ColumnSource];
    return await compareSources(referenceSource, currentSource, options, early.sides);
  } finally {
    for (const source of sources) source.close();
    await early.close();
  }
}

/**
 * The column sides a comparison prepares before it starts (`EarlySides`): once a side is opened
 * and big enough for the worker pool (`poolWorkers`, as if the other side had as many rows), the
 * pool is started (`start`); once a side is held in memory, each of its tested columns is sent to
 * it (`prepare`).
 */
function earlySides(options: CompareOptions): {
  sides: EarlySides;
  start(source: ColumnSource): void;
  prepare(side: "reference" | "current", source: ColumnSource, columns: ReadonlyMap<string, Column>): void;
  close(): Promise<void>;
} {
  let pool: ColumnTestPool | undefined;
  const prepared = { reference: new Map<string, Promise<ColumnSide>>(), current: new Map<string, Promise<ColumnSide>>() };
  // A side too small for workers leaves the choice to the other side.
  const start = (source: ColumnSource): void => {
    pool ??= createColumnTestPool(poolWorkers(options, source.columns.filter((column) => isTested(column.type)).length, 2 * source.rowCount));
  };
  return {
    get sides() {
      return pool ? { pool, ...prepared } : {};
    },
    start,
    prepare(side, source, columns) {
      start(source);
      if (!pool) return;
      for (const [name, column] of columns) {
        // A table of the caller's is copied to the workers, never moved away from them.
        const done = pool.side(column as NumericalColumn | CategoricalColumn, side === "reference" && identifies(name, options), source.freshColumns);
        done.catch(() => undefined);
        prepared[side].set(name, done);
      }
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/**
 * A source whose tested columns take at most a sixth of the budget, read whole at once and its
 * DuckDB database closed before the other side is parsed (only one side's parse is then in
 * memory at a time); a larger source as it is, to be read in batches. Its categorical columns are
 * counted per label where the source can (`countLabels`) rather than read: only their counts are
 * held.
 */
async function small(source: ColumnSource, budget: number): Promise<{ source: ColumnSource; columns?: ReadonlyMap<string, Column> }> {
  const tested = source.columns.filter((column) => isTested(column.type));
  if (tested.length * source.rowCount * 8 > budget / 6) return { source };
  try {
    const counting = source.countLabels ? tested.filter((column) => column.type === "categorical").map((column) => column.name) : [];
    const counted = new Map((counting.length > 0 ? await (source.countLabels as NonNullable<ColumnSource["countLabels"]>)(counting) : []).map((labels) => [labels.name, labels]));
    const columns = await source.read(tested.map((column) => column.name).filter((name) => !counted.has(name)));
    const byName = new Map(columns.map((column) => [column.name, column]));
    const held: ColumnSource = {
      ...source,
      warnings: [...source.warnings],
      read: async (wanted) => wanted.map((name) => byName.get(name) as Column),
      ...(counted.size > 0 ? { countLabels: async (wanted: readonly string[]) => wanted.map((name) => counted.get(name) as LabelCounts) } : {}),
      close: () => undefined,
    };
    return { source: held, columns: byName };
  } finally {
    source.close();
  }
}

/** Text files (CSV, TSV, JSON) of this many bytes in all, or fewer, are opened at once even on two cores. */
const TOGETHER_TEXT_BYTES = 64 << 20;

/**
 * How DuckDB parses `input` when it is opened (see `openColumnSource`): the bytes of text it
 * reads (a text file's size, × 8 when compressed; 0 for Parquet, Arrow and tables in memory), and
 * whether the file is over `memoryLimit` and so staged as Parquet on one thread.
 */
function textParse(input: SourceInput, memoryLimit: number): { bytes: number; staged: boolean } {
  if (typeof input !== "string") return { bytes: 0, staged: false };
  const format = formatOfPath(input);
  if (format === "parquet" || format === "arrow") return { bytes: 0, staged: false };
  try {
    const size = statSync(input).size;
    return { bytes: size * (isCompressed(input) ? 8 : 1), staged: size > memoryLimit };
  } catch {
    return { bytes: Infinity, staged: false };
  }
}

/** When a side opened in turn is parsed, and what its opening tells the other side (see `openInTurn`). */
interface OpenOrder {
  readonly parseAfter?: Promise<void>;
  readonly onOpened?: () => void;
}

/**
 * Opens the two sides one after the other, so that only one parse holds memory at a time: the
 * current side is described (its files found, a CSV's dialect and types sniffed, on one thread)
 * while the reference's columns are handed out of DuckDB and its database closed, and is parsed
 * once that is done (a 1M + 1M-row CSV pair: ~40 ms sooner). Each outcome is settled: a current
 * side opened for a reference that then failed is closed.
 */
async function openInTurn(
  open: (input: SourceInput, side: "reference" | "current", order?: OpenOrder) => Promise<ColumnSource>,
  reference: SourceInput,
  current: SourceInput,
): Promise<PromiseSettledResult<ColumnSource>[]> {
  let referenceDone = (): void => undefined;
  const parseAfter = new Promise<void>((resolve) => (referenceDone = resolve));
  let currentOpening: Promise<PromiseSettledResult<ColumnSource>> | undefined;
  const onOpened = (): void => {
    currentOpening = settle(open(current, "current", { parseAfter }));
  };
  const first = await settle(open(reference, "reference", { onOpened }));
  referenceDone();
  // A reference that opened has started the current side (`onOpened`).
  const second = await currentOpening;
  if (first.status === "rejected") {
    if (second?.status === "fulfilled") second.value.close();
    return [first];
  }
  return [first, second as PromiseSettledResult<ColumnSource>];
}

async function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  try {
    return { status: "fulfilled", value: await promise };
  } catch (reason) {
    return { status: "rejected", reason };
  }
}
