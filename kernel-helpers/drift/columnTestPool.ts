import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Column } from "../data/table";
import { DataError, UsageError } from "../errors";
import type { ColumnOutcome, PairSides } from "./compareColumnPair";
import type { CompareOptions } from "./compareOptions";

/** A column pair sent to a worker. `options` holds data only (no callbacks). */
export interface ColumnTask {
  readonly id: number;
  readonly reference: Column;
  readonly current: Column;
  readonly sides: PairSides;
  readonly options: CompareOptions;
}

/** A worker's answer: the outcome, or the error it threw (its class name, message and stack). */
export type ColumnTaskReply =
  | { readonly id: number; readonly outcome: ColumnOutcome; readonly error?: undefined }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string; readonly stack?: string } };

/** Tests column pairs on worker threads; `close()` stops them. */
export interface ColumnTestPool {
  readonly size: number;
  /**
   * Tests one pair on the next free worker. With `move`, the columns' buffers are transferred
   * to the worker (no copy; the arrays are unusable here afterwards); without, they are copied.
   */
  run(reference: Column, current: Column, sides: PairSides, options: CompareOptions, move: boolean): Promise<ColumnOutcome>;
  close(): Promise<void>;
}

const WORKER_FILE = join(__dirname, "columnTestWorker.js");

/** The number of workers a pool should have on this machine: one per core. */
export function columnTestPoolSize(): number {
  return availableParallelism();
}

/**
 * Starts `size` worker threads that test column pairs with `compareColumnPair`, or returns
 * `undefined` where workers cannot run (a bundle without the compiled worker file beside this
 * one), so that the caller tests on its own thread.
 * An error a worker throws is thrown again here with its class (`DataError`, `UsageError`) and message.
 *
 * @example
 * const pool = createColumnTestPool(2);
 * const outcome = await pool?.run(referenceColumn, currentColumn, sides, options, true);
 * await pool?.close();
 */
export function createColumnTestPool(size: number): ColumnTestPool | undefined {
  if (size < 1 || !existsSync(WORKER_FILE)) return undefined;
  const pending = new Map<number, { resolve: (outcome: ColumnOutcome) => void; reject: (error: Error) => void }>();
  const waiting: { task: ColumnTask; transfer: ArrayBuffer[] }[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const { task, transfer } = waiting.shift() as { task: ColumnTask; transfer: ArrayBuffer[] };
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
      else task?.resolve(reply.outcome);
      dispatch();
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (busy.has(worker)) fail(new Error(`a column-test worker stopped (exit code ${code}) while testing`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    size,
    run(reference, current, sides, options, move) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const { onProgress: _progress, ...data } = options;
      const task: ColumnTask = { id, reference, current, sides, options: data };
      const transfer = move ? buffersOf(reference, current) : [];
      return new Promise<ColumnOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        waiting.push({ task, transfer });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The distinct buffers behind two columns' typed arrays. */
function buffersOf(...columns: Column[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of columns) {
    const array = column.type === "categorical" ? column.codes : column.type === "text" ? undefined : column.values;
    if (array && array.buffer instanceof ArrayBuffer && array.byteLength === array.buffer.byteLength) buffers.add(array.buffer);
  }
  return [...buffers];
}

function errorFrom(reply: { name: string; message: string; stack?: string }): Error {
  if (reply.name === "DataError") return new DataError(reply.message);
  if (reply.name === "UsageError") return new UsageError(reply.message);
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack) error.stack = reply.stack;
  return error;
}
