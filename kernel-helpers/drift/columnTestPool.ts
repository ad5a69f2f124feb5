import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CategoricalColumn, NumericalColumn } from "../data/table";
import { DataError, UsageError } from "../errors";
import type { ColumnOutcome, PairSides } from "./compareColumnPair";
import type { CompareOptions } from "./compareOptions";
import { sideBuffers } from "./columnSide";
import type { ColumnSide } from "./columnSide";

/**
 * Work sent to a worker: one side of a column to prepare (`columnSide`), or two prepared sides to
 * test (`compareColumnSides`). `options` holds data only (no callbacks).
 */
export type ColumnTask =
  | { readonly id: number; readonly kind: "side"; readonly column: NumericalColumn | CategoricalColumn; readonly identify: boolean }
  | { readonly id: number; readonly kind: "pair"; readonly reference: ColumnSide; readonly current: ColumnSide; readonly sides: PairSides; readonly options: CompareOptions };

/** A worker's answer: the prepared side, the outcome, or the error it threw (its class name, message and stack). */
export type ColumnTaskReply =
  | { readonly id: number; readonly side: ColumnSide; readonly outcome?: undefined; readonly error?: undefined }
  | { readonly id: number; readonly outcome: ColumnOutcome; readonly side?: undefined; readonly error?: undefined }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string; readonly stack?: string }; readonly side?: undefined; readonly outcome?: undefined };

/** Prepares column sides and tests column pairs on worker threads; `close()` stops them. */
export interface ColumnTestPool {
  readonly size: number;
  /**
   * Prepares one side of a column (`columnSide`) on the next free worker. With `move`, the
   * column's buffer is transferred to the worker (no copy; the array is unusable here
   * afterwards); without, it is copied. The side comes back without a copy.
   */
  side(column: NumericalColumn | CategoricalColumn, identify: boolean, move: boolean): Promise<ColumnSide>;
  /** Tests two prepared sides (`compareColumnSides`) on the next free worker; their buffers move there. Tests go before waiting sides. */
  compare(reference: ColumnSide, current: ColumnSide, sides: PairSides, options: CompareOptions): Promise<ColumnOutcome>;
  close(): Promise<void>;
}

// From this folder or from the CLI bundle beside it (scripts/bundle-cli.mjs), the same file.
const WORKER_FILE = join(__dirname, "..", "drift", "columnTestWorker.js");

/** The number of workers a pool should have on this machine: one per core. */
export function columnTestPoolSize(): number {
  return availableParallelism();
}

/**
 * Starts `size` worker threads that prepare column sides (`columnSide`) and test pairs of them
 * (`compareColumnSides`), or returns
 * `undefined` where workers cannot run (a bundle without the compiled worker file beside this
 * one), so that the caller tests on its own thread.
 * An error a worker throws is thrown again here with its class (`DataError`, `UsageError`) and message.
 *
 * @example
 * const pool = createColumnTestPool(2);
 * const [reference, current] = await Promise.all([pool.side(referenceAge, true, true), pool.side(currentAge, false, true)]);
 * const outcome = await pool.compare(reference, current, sides, options);
 * await pool?.close();
 */
export function createColumnTestPool(size: number): ColumnTestPool | undefined {
  if (size < 1 || !existsSync(WORKER_FILE)) return undefined;
  const pending = new Map<number, { resolve: (reply: ColumnTaskReply) => void; reject: (error: Error) => void }>();
  // Pair tests first: each finishes a column and lets its sides go.
  const waiting: { pairs: Queued[]; sides: Queued[] } = { pairs: [], sides: [] };
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && waiting.pairs.length + waiting.sides.length > 0) {
      const worker = idle.pop() as Worker;
      const { task, transfer } = (waiting.pairs.shift() ?? waiting.sides.shift()) as Queued;
      busy.set(worker, task.id);
      worker.postMessage(task, transfer);
    }
  };
  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_FILE);
    worker.on("message", (reply: ColumnTaskReply) => {
      busy.delete(worker);
      idle.push(worker);
      const task = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error) task?.reject(errorFrom(reply.error));
      else task?.resolve(reply);
      dispatch();
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (busy.has(worker)) fail(new Error(`a column-test worker stopped (exit code ${code}) while testing`));
    });
    idle.push(worker);
    return worker;
  });
  const submit = (task: ColumnTask, transfer: ArrayBuffer[], queue: Queued[]): Promise<ColumnTaskReply> => {
    if (failure) return Promise.reject(failure);
    return new Promise<ColumnTaskReply>((resolve, reject) => {
      pending.set(task.id, { resolve, reject });
      queue.push({ task, transfer });
      dispatch();
    });
  };

  return {
    size,
    async side(column, identify, move) {
      const reply = await submit({ id: nextId++, kind: "side", column, identify }, move ? buffersOf(column) : [], waiting.sides);
      return reply.side as ColumnSide;
    },
    async compare(reference, current, sides, options) {
      const { onProgress: _progress, ...data } = options;
      const transfer = [...new Set([...sideBuffers(reference), ...sideBuffers(current)])];
      const reply = await submit({ id: nextId++, kind: "pair", reference, current, sides, options: data }, transfer, waiting.pairs);
      return reply.outcome as ColumnOutcome;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

interface Queued {
  readonly task: ColumnTask;
  readonly transfer: ArrayBuffer[];
}

/** The buffer behind a column's typed array, when the array is all of it. */
function buffersOf(column: NumericalColumn | CategoricalColumn): ArrayBuffer[] {
  const array = column.type === "categorical" ? column.codes : column.values;
  return array.buffer instanceof ArrayBuffer && array.byteLength === array.buffer.byteLength ? [array.buffer] : [];
}

function errorFrom(reply: { name: string; message: string; stack?: string }): Error {
  if (reply.name === "DataError") return new DataError(reply.message);
  if (reply.name === "UsageError") return new UsageError(reply.message);
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack) error.stack = reply.stack;
  return error;
}
