import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { LogValueType } from "./logRow";
import type { LogWriteJob } from "./logWriterWorker";
import { writeLogFile } from "./writeLogFile";

interface Waiting {
  readonly resolve: (path: string) => void;
  readonly reject: (error: Error) => void;
}

let worker: Worker | undefined;
let unavailable = false;
let nextId = 0;
const waiting = new Map<number, Waiting>();

/**
 * `writeLogFile` in a worker thread shared by every logger of the process, so that the many
 * file-system and DuckDB round trips of a write never wait behind a busy service's requests (nor
 * delay them). The worker keeps the process alive only while it has writes to finish. Where the
 * worker's file is not there (a bundle that left it out) or it cannot start, the write runs on
 * this thread instead.
 *
 * @example await writeLogFileOffThread("logs/credit", "logs/credit/year=2026/month=11/day=23/hour=8", '{"timestamp":"2026-11-23T08:00:00Z","age":41}\n', [["timestamp", "TIMESTAMP"], ["age", "DOUBLE"]])
 */
export function writeLogFileOffThread(root: string, folder: string, text: string, types: readonly (readonly [string, LogValueType])[]): Promise<string> {
  const thread = writerThread();
  if (!thread) return writeLogFile(root, folder, text, types);
  return new Promise((resolve, reject) => {
    const job: LogWriteJob = { id: nextId++, root, folder, text, types };
    waiting.set(job.id, { resolve, reject });
    thread.ref();
    thread.postMessage(job);
  });
}

/**
 * Starts the writer thread ahead of the first write, so that loading it (and DuckDB in it) does
 * not delay the first batch. It does not keep the process alive.
 *
 * @example startLogWriterThread()
 */
export function startLogWriterThread(): void {
  writerThread();
}

function writerThread(): Worker | undefined {
  if (worker || unavailable) return worker;
  // From this folder or from the CLI bundle beside it (scripts/bundle-cli.mjs), the same file.
  const file = join(__dirname, "..", "logger", "logWriterWorker.js");
  if (!existsSync(file)) {
    unavailable = true;
    return undefined;
  }
  const started = new Worker(file);
  started.on("message", (answer: { id: number; path?: string; error?: string }) => {
    const job = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) started.unref();
    if (answer.error !== undefined) job?.reject(new Error(answer.error));
    else job?.resolve(answer.path as string);
  });
  const fail = (error: Error) => {
    worker = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`the log writer thread stopped (exit code ${code})`)));
  started.unref(); // after the listeners, which ref it again
  worker = started;
  return started;
}
