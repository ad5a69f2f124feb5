import { checkIncludeColumns } from "./checkIncludeColumns";
import type { ColumnSource, LabelCounts } from "../data/columnSource";
import type { CategoricalColumn, Column, ColumnType, NumericalColumn } from "../data/table";
import { UsageError } from "../errors";
import { messages } from "../messages";
import { compareColumnSides, identifies, isTested, skippedOutcome } from "./compareColumnPair";
import type { ColumnOutcome } from "./compareColumnPair";
import { DEFAULT_MEMORY_BUDGET, DUCKDB_SHARE_OF_BUDGET, PARALLEL_MIN_VALUES } from "./compareOptions";
import type { CompareOptions } from "./compareOptions";
import { columnTestPoolSize, createColumnTestPool } from "./columnTestPool";
import type { ColumnTestPool } from "./columnTestPool";
import { columnSide, countedSide } from "./columnSide";
import type { ColumnSide } from "./columnSide";
import { planComparison } from "./comparisonPlan";
import type { DriftReport } from "./driftReport";
import { reportFromResults } from "./compareTables";

/** Bytes a value takes while its column is read (8, a double; codes are counted as wide). */
const BYTES_PER_VALUE = 8;

/**
 * Compares two column sources as `compareTables` compares two tables, with the same results to
 * the bit, in bounded memory and on every core:
 *
 * - the tested columns are read in batches, both sides at once, as many columns per batch as
 *   `options.memoryBudget` allows (see `batchWidth`); the next batch is read while the current
 *   one is tested, and a batch is let go once tested;
 * - each side of a column is prepared (`columnSide`: sorted, or counted per label) as soon as
 *   that side is read, while the other side is still being read, and the pair tested as soon as
 *   both sides are; sides handed in `early` are not read again;
 * - with workers (see `CompareOptions.workers`, `poolWorkers`), this is done on worker threads,
 *   a column's buffer moved there when the source hands out fresh arrays (files), copied
 *   otherwise, and its prepared side moved back;
 * - `options.onProgress` hears of every column done.
 *
 * Text and datetime columns are listed as skipped without being read. Both sources are closed
 * once their last batch is read (so DuckDB's copy of a file goes before the last tests run), and
 * on failure.
 * Cost: one read of each tested column per side, plus the tests.
 *
 * @throws {DataError} and {UsageError} as `compareTables`, for the first column in order that fails
 * @example await compareSources(await openColumnSource("a.csv"), await openColumnSource("b.csv"), { memoryBudget: 256 * 2 ** 20 })
 */
export async function compareSources(reference: ColumnSource, current: ColumnSource, options: CompareOptions = {}, early?: EarlySides): Promise<DriftReport> {
  const started = performance.now();
  const plan = planComparison(reference, current, options);
  checkIncludeColumns(options.includeColumns, plan.pairs.map((pair) => pair.name));
  const total = plan.pairs.length;
  const outcomes: ColumnOutcome[] = new Array(total);
  let done = 0;
  const progress = (): void => options.onProgress?.({ done: ++done, total });
  const tested: number[] = [];
  plan.pairs.forEach(({ name, type }, index) => {
    if (isTested(type)) tested.push(index);
    else {
      outcomes[index] = skippedOutcome(name, type);
      progress();
    }
  });

  const pool = early?.pool ?? createColumnTestPool(poolWorkers(options, tested.length, reference.rowCount + current.rowCount));
  try {
    const width = batchWidth(options.memoryBudget ?? DEFAULT_MEMORY_BUDGET, reference.rowCount + current.rowCount, pool?.size ?? 1);
    const batches: number[][] = [];
    for (let at = 0; at < tested.length; at += width) batches.push(tested.slice(at, at + width));
    const sides = { reference: { source: reference.source, rowCount: reference.rowCount }, current: { source: current.source, rowCount: current.rowCount } };
    const prepare = (fresh: boolean) => (column: Column, identify: boolean): Promise<ColumnSide> => {
      const testable = column as NumericalColumn | CategoricalColumn;
      return pool ? pool.side(testable, identify, fresh) : Promise.resolve().then(() => columnSide(testable, identify));
    };
    const test = (referenceSide: ColumnSide, currentSide: ColumnSide): Promise<ColumnOutcome> =>
      pool ? pool.compare(referenceSide, currentSide, sides, options) : Promise.resolve().then(() => compareColumnSides(referenceSide, currentSide, sides, options));
    // A batch: both sides read at once; each side's columns prepared as soon as that side is in
    // (while the other side is still read), each pair tested as soon as both of its sides are.
    const start = (batch: number[]): Batch => {
      const names = batch.map((index) => plan.pairs[index].name);
      const types = batch.map((index) => plan.pairs[index].type);
      const reading = [
        sidesOf(reference, names, types, early?.reference, (name) => identifies(name, options), prepare(reference.freshColumns)),
        sidesOf(current, names, types, early?.current, () => false, prepare(current.freshColumns)),
      ];
      const tests = names.map((_, i) => Promise.all([reading[0].sides[i], reading[1].sides[i]]).then(([r, c]) => test(r, c)));
      // Failures are taken up in column order when the batch comes up, not as unhandled rejections now.
      tests.forEach((outcome) => outcome.catch(() => undefined));
      return { read: Promise.all([reading[0].read, reading[1].read]), tests };
    };
    let next = batches.length > 0 ? start(batches[0]) : undefined;
    next?.read.catch(() => undefined);
    for (let b = 0; b < batches.length; b++) {
      const batch = next as Batch;
      await batch.read;
      next = b + 1 < batches.length ? start(batches[b + 1]) : undefined;
      next?.read.catch(() => undefined);
      // Every value is read: let DuckDB's copy of the data go before the last batch is tested.
      if (!next) closeBoth(reference, current);
      await settleBatch(batches[b], batch.tests, outcomes, progress);
    }
  } finally {
    closeBoth(reference, current);
    if (!early?.pool) await pool?.close();
  }
  const warnings = [...reference.warnings, ...current.warnings, ...outcomes.flatMap((outcome) => outcome.warnings)];
  const results = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
  const skipped = outcomes.flatMap((outcome) => (outcome.skipped ? [outcome.skipped] : []));
  return reportFromResults({ source: reference.source, rows: reference.rowCount }, { source: current.source, rows: current.rowCount }, results, skipped, warnings, options, started);
}

/**
 * Column sides prepared before `compareSources` starts (see `compareDatasets`, which prepares a
 * side held in memory while the other is still being read), by column name, and the pool
 * preparing them, which `compareSources` then uses and leaves open for its owner to close.
 */
export interface EarlySides {
  readonly pool?: ColumnTestPool;
  readonly reference?: ReadonlyMap<string, Promise<ColumnSide>>;
  readonly current?: ReadonlyMap<string, Promise<ColumnSide>>;
}

/**
 * The workers a comparison of `columns` tested columns over `rows` rows in all (both sides) gets:
 * `options.workers`, else one per core when the columns hold at least `PARALLEL_MIN_VALUES`
 * values and there are two or more of them, else none.
 *
 * @throws {UsageError} for a `workers` option that is not a whole number ≥ 0
 */
export function poolWorkers(options: Pick<CompareOptions, "workers">, columns: number, rows: number): number {
  const workers = options.workers ?? (columns > 1 && columns * rows >= PARALLEL_MIN_VALUES ? columnTestPoolSize() : 0);
  if (!(Number.isInteger(workers) && workers >= 0)) throw new UsageError(messages.workersInvalid(workers));
  return workers;
}

/** A batch under way: its two reads, and each column's outcome once both of its sides are prepared and tested. */
interface Batch {
  readonly read: Promise<unknown>;
  readonly tests: Promise<ColumnOutcome>[];
}

/**
 * The named columns of one side, each prepared as soon as the side's read is in: categorical ones
 * counted per label where the source can (`countLabels`, first: one query on the source's
 * connection at a time), the others read; columns prepared early are neither.
 */
function sidesOf(
  source: ColumnSource,
  names: readonly string[],
  types: readonly ColumnType[],
  early: ReadonlyMap<string, Promise<ColumnSide>> | undefined,
  identify: (name: string) => boolean,
  prepare: (column: Column, identify: boolean) => Promise<ColumnSide>,
): { read: Promise<unknown>; sides: Promise<ColumnSide>[] } {
  const counted = names.filter((name, i) => !early?.has(name) && types[i] === "categorical" && source.countLabels !== undefined);
  const wanted = names.filter((name) => !early?.has(name) && !counted.includes(name));
  const counting = counted.length > 0 ? (source.countLabels as NonNullable<ColumnSource["countLabels"]>)(counted) : Promise.resolve([]);
  const read = counting.then(() => (wanted.length > 0 ? source.read(wanted) : []));
  const countsByName = counting.then((list) => new Map(list.map((labels) => [labels.name, labels])));
  const columns = read.then((list) => new Map(list.map((column) => [column.name, column])));
  const sides = names.map(
    (name) =>
      early?.get(name) ??
      (counted.includes(name) ? countsByName.then((byName) => countedSide(byName.get(name) as LabelCounts, identify(name))) : columns.then((byName) => prepare(byName.get(name) as Column, identify(name)))),
  );
  sides.forEach((side) => side.catch(() => undefined));
  return { read, sides };
}

/**
 * The most columns a batch holds: enough to keep the pool's workers busy while the next batch is
 * read, and a wider batch only holds more memory (a 50k × 500 CSV pair peaked at 597 MB with
 * batches of 104 columns and at 427 MB with 32, in the same time).
 */
export const MAX_BATCH_COLUMNS = 32;

/**
 * How many columns a batch may hold. `DUCKDB_SHARE_OF_BUDGET` of the budget is DuckDB's (its
 * memory limit while files are read, see `compareDatasets`); of the rest, a third goes to the
 * batch being tested, a third to the next one being read meanwhile, and a third is left to the
 * runtime and each worker's column under test (twice its values again: its sorted copies); a
 * column takes `rows` × 8 bytes. At least one column, at most `MAX_BATCH_COLUMNS`.
 *
 * @example batchWidth(512 * 2 ** 20, 2_000_000, 2) // 3
 */
export function batchWidth(memoryBudget: number, rows: number, workers: number): number {
  if (!(memoryBudget > 0)) throw new UsageError(messages.memoryBudgetInvalid(memoryBudget));
  const column = Math.max(1, rows) * BYTES_PER_VALUE;
  return Math.min(MAX_BATCH_COLUMNS, Math.max(1, Math.floor((memoryBudget * (1 - DUCKDB_SHARE_OF_BUDGET)) / column / 3) - workers));
}

/** Waits for one batch's tests; every column settles before the first failure (in column order) is thrown. */
async function settleBatch(batch: readonly number[], tests: readonly Promise<ColumnOutcome>[], outcomes: ColumnOutcome[], progress: () => void): Promise<void> {
  const settled = await Promise.allSettled(tests.map(async (outcome, i) => {
    outcomes[batch[i]] = await outcome;
    progress();
  }));
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}

function closeBoth(reference: ColumnSource, current: ColumnSource): void {
  reference.close();
  current.close();
}
