/**
 * The worker thread that writes log files for `writeLogFileOffThread`: it runs `writeLogFile`
 * for each job it is sent and answers `{ id, path }` or `{ id, error }`. Its own event loop does
 * the file system and DuckDB round trips, so a busy service never delays them.
 */
import { parentPort } from "node:worker_threads";
import type { LogValueType } from "./logRow";
import { writeLogFile } from "./writeLogFile";

/** One file to write, as posted by `writeLogFileOffThread`. */
export interface LogWriteJob {
  readonly id: number;
  readonly root: string;
  readonly folder: string;
  readonly text: string;
  readonly types: readonly (readonly [string, LogValueType])[];
}

parentPort?.on("message", (job: LogWriteJob) => {
  writeLogFile(job.root, job.folder, job.text, job.types).then(
    (path) => parentPort?.postMessage({ id: job.id, path }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: String((error as Error)?.message ?? error) }),
  );
});
