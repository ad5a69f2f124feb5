import { checkIncludeColumns } from "./checkIncludeColumns";
import type { ColumnSource } from "../data/columnSource";
import type { Column } from "../data/table";
import { UsageError } from "../errors";
import { messages } from "../messages";
import { compareColumnPair, isTested, skippedOutcome } from "./compareColumnPair";
import type { ColumnOutcome } from "./compareColumnPair";
import { DEFAULT_MEMORY_BUDGET, DUCKDB_SHARE_OF_BUDGET, PARALLEL_MIN_VALUES } from "./compareOptions";
import type { CompareOptions } from "./compareOptions";
import { columnTestPoolSize, createColumnTestPool } from "./columnTestPool";
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
 * - with workers (see `CompareOptions.workers`), each column pair is tested on a worker thread,
 *   its buffers moved there when the source hands out fresh arrays (files), copied otherwise;
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
export async function compareSources(reference: ColumnSource, current: ColumnSource, options: CompareOptions = {}): Promise<DriftReport> {
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

  const workers = options.workers ?? (tested.length > 1 && tested.length * (reference.rowCount + current.rowCount) >= PARALLEL_MIN_VALUES ? columnTestPoolSize() : 0);
  if (!(Number.isInteger(workers) && workers >= 0)) throw new UsageError(messages.workersInvalid(workers));
  const pool = workers > 0 ? createColumnTestPool(workers) : undefined;
  try {
    const width = batchWidth(options.memoryBudget ?? DEFAULT_MEMORY_BUDGET, reference.rowCount + current.rowCount, pool?.size ?? 1);
    const batches: number[][] = [];
    for (let at = 0; at < tested.length; at += width) batches.push(tested.slice(at, at + width));
    const sides = { reference: { source: reference.source, rowCount: reference.rowCount }, current: { source: current.source, rowCount: current.rowCount } };
    const read = (batch: number[]): Promise<[Column[], Column[]]> => {
      const names = batch.map((index) => plan.pairs[index].name);
      return Promise.all([reference.read(names), current.read(names)]);
    };
    let next = batches.length > 0 ? read(batches[0]) : undefined;
    for (let b = 0; b < batches.length; b++) {
      const [referenceColumns, currentColumns] = await (next as Promise<[Column[], Column[]]>);
      next = b + 1 < batches.length ? read(batches[b + 1]) : undefined;
      // Every value is read: let DuckDB's copy of the data go before the last batch is tested.
      if (!next) closeBoth(reference, current);
      // A failed prefetch is reported when its batch comes up, not as an unhandled rejection now.
      next?.catch(() => undefined);
      await testBatch(batches[b], referenceColumns, currentColumns, (referenceColumn, currentColumn) =>
        pool
          ? pool.run(referenceColumn, currentColumn, sides, options, reference.freshColumns && current.freshColumns)
          : Promise.resolve().then(() => compareColumnPair(referenceColumn, currentColumn, sides, options)), outcomes, progress);
    }
  } finally {
    closeBoth(reference, current);
    await pool?.close();
  }
  const warnings = [...reference.warnings, ...current.warnings, ...outcomes.flatMap((outcome) => outcome.warnings)];
  const results = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
  const skipped = outcomes.flatMap((outcome) => (outcome.skipped ? [outcome.skipped] : []));
  return reportFromResults({ source: reference.source, rows: reference.rowCount }, { source: current.source, rows: current.rowCount }, results, skipped, warnings, options, started);
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

/** Tests one batch; every column settles before the first failure (in column order) is thrown. */
async function testBatch(
  batch: readonly number[],
  referenceColumns: Column[],
  currentColumns: Column[],
  test: (reference: Column, current: Column) => Promise<ColumnOutcome>,
  outcomes: ColumnOutcome[],
  progress: () => void,
): Promise<void> {
  const settled = await Promise.allSettled(batch.map(async (index, i) => {
    outcomes[index] = await test(referenceColumns[i], currentColumns[i]);
    progress();
  }));
  // Let the batch's arrays go before the next one is read into memory.
  referenceColumns.length = 0;
  currentColumns.length = 0;
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}

function closeBoth(reference: ColumnSource, current: ColumnSource): void {
  reference.close();
  current.close();
}
