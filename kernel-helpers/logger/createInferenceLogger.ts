import { join, resolve } from "node:path";
import { UsageError } from "../errors";
import { cleanStaging } from "./cleanStaging";
import type { InferenceRecord, LogColumns } from "./inferenceRecord";
import { DEFAULT_LOG_COLUMNS, LABELED_AT_COLUMN, LABELS_FOLDER } from "./inferenceRecord";
import { loggerMessages } from "./loggerMessages";
import { epochMs, logRow } from "./logRow";
import type { LogSchema } from "./logRow";
import { startLogWriterThread, writeLogFileOffThread } from "./writeLogFileOffThread";

export interface InferenceLoggerOptions {
  /** The log folder: `year=/month=/day=/hour=/` partitions of Parquet files are written below it. */
  readonly dir: string;
  /** Names of the columns the logger writes its own fields under. Default `DEFAULT_LOG_COLUMNS`. */
  readonly columns?: Partial<LogColumns>;
  /** Write as soon as this many records (and labels) are buffered. Default 10,000. */
  readonly flushRecords?: number;
  /** Write whatever is buffered at least this often, in milliseconds. Default 60,000. */
  readonly flushIntervalMs?: number;
  /** Records held (buffered or being written) beyond which new ones are dropped and counted. Default 100,000. */
  readonly maxBufferedRecords?: number;
  /** Told of every loss. Default: a line on stderr, at most one a minute for each kind of loss. */
  readonly onLoss?: (loss: LogLoss) => void;
}

/** Records that did not reach the log: `dropped` before buffering (bad record, full buffer), `lost` when a write failed. */
export interface LogLoss {
  readonly kind: "dropped" | "lost";
  readonly records: number;
  readonly reason: string;
}

/** What a logger has done so far. */
export interface LoggerStats {
  /** Records accepted into the buffer. */
  readonly logged: number;
  /** Labels accepted into the buffer. */
  readonly labels: number;
  /** Records and labels written to Parquet files. */
  readonly written: number;
  /** Parquet files written. */
  readonly files: number;
  /** Records refused before buffering: invalid, full buffer, logger closed. */
  readonly dropped: number;
  /** Records buffered whose write failed. */
  readonly lost: number;
  /** Records and labels buffered or being written. */
  readonly buffered: number;
  /** The latest reason of a loss. */
  readonly lastError?: string;
}

export interface InferenceLogger {
  /** The log folder (absolute). */
  readonly dir: string;
  readonly columns: LogColumns;
  /**
   * Buffers one record and returns its request id; never throws and never waits. An invalid
   * record, or one beyond `maxBufferedRecords`, is dropped and counted (`undefined` is returned).
   */
  log(record: InferenceRecord): string | undefined;
  /**
   * Buffers the label of an earlier prediction, joined to it by request id when the logs are read
   * (`readInferenceLogs`). Returns false (and counts a drop) for a bad id or time.
   */
  label(requestId: string, label: unknown, timestamp?: Date | number | string): boolean;
  /** Counts records that could not even be made into a record (e.g. your mapping threw). */
  countDropped(reason: string, records?: number): void;
  /** Writes everything buffered so far; resolves when it is on disk (or counted lost). Never rejects. */
  flush(): Promise<void>;
  /** Stops the timer, writes what is buffered and refuses further records. */
  close(): Promise<void>;
  stats(): LoggerStats;
}

/** The records of one partition waiting to be written, and their columns. */
interface Batch {
  readonly lines: string[];
  readonly schema: LogSchema;
}

const open = new Set<{ flush(): Promise<void>; buffered(): number }>();
let exitHookInstalled = false;

/**
 * An inference logger: buffers prediction records in memory and writes them as Parquet files in
 * hourly hive partitions of `dir` — `year=2026/month=11/day=23/hour=8/part-….parquet`, by each
 * record's time (UTC) — when `flushRecords` are buffered, every `flushIntervalMs`, on `close()`,
 * and when the process is about to exit normally (`beforeExit`). A partition only ever holds
 * complete files (see `writeLogFile`): killing the process loses at most what was not yet
 * written. Labels that arrive later (`label`) go to `dir/_labels/` and are joined to their
 * prediction by request id when the folder is read (`readInferenceLogs`).
 *
 * Logging never blocks or fails the caller: `log` is synchronous and cheap (about 2 µs per
 * record); invalid records, a full buffer or a failed write are counted in `stats()` and reported
 * through `onLoss`. On SIGTERM, call `await logger.close()` before exiting.
 *
 * @example
 * const logger = createInferenceLogger({ dir: "logs/credit", columns: { label: "has_default" } });
 * const id = logger.log({ inputs: { age: 41, region: "north" }, prediction: 1, probabilities: 0.83 });
 * logger.label(id!, 0); // days later
 * await logger.close();
 * @throws {UsageError} for invalid options
 */
export function createInferenceLogger(options: InferenceLoggerOptions): InferenceLogger {
  const dir = resolve(options.dir);
  const columns: LogColumns = { ...DEFAULT_LOG_COLUMNS, ...options.columns };
  const flushRecords = positiveInteger("flushRecords", options.flushRecords ?? 10_000);
  const flushIntervalMs = positiveInteger("flushIntervalMs", options.flushIntervalMs ?? 60_000);
  const maxBuffered = positiveInteger("maxBufferedRecords", options.maxBufferedRecords ?? 100_000);
  const onLoss = options.onLoss ?? stderrLoss();

  let records = new Map<string, Batch>();
  let labels = new Map<string, Batch>();
  let pending = 0;
  let inFlight = 0;
  let closed = false;
  let sizeFlushQueued = false;
  let chain: Promise<void> = Promise.resolve();
  const counts = { logged: 0, labels: 0, written: 0, files: 0, dropped: 0, lost: 0 };
  let lastError: string | undefined;

  const loss = (kind: LogLoss["kind"], count: number, reason: string) => {
    counts[kind] += count;
    lastError = reason;
    try {
      onLoss({ kind, records: count, reason });
    } catch {
      // A failing loss handler must not turn a logging problem into a request failure.
    }
  };

  /** The batch of a partition in `target`, made when it is first needed. */
  const batchOf = (target: Map<string, Batch>) => (partition: string) => {
    let batch = target.get(partition);
    if (!batch) target.set(partition, (batch = { lines: [], schema: new Map() }));
    return batch.schema;
  };

  const buffer = (target: Map<string, Batch>, partition: string, line: string) => {
    (target.get(partition) as Batch).lines.push(line);
    pending++;
    if (pending >= flushRecords && !sizeFlushQueued) {
      sizeFlushQueued = true;
      void flush();
    }
  };

  const refusal = (): string | undefined => {
    if (closed) return loggerMessages.closed();
    if (pending + inFlight >= maxBuffered) return loggerMessages.bufferFull(maxBuffered);
    return undefined;
  };

  const writeBatch = async (batches: Map<string, Batch>, base: string) => {
    for (const [partition, { lines, schema }] of batches) {
      if (lines.length === 0) continue;
      try {
        await writeLogFileOffThread(dir, join(base, partition), `${lines.join("\n")}\n`, [...schema.values()].map(({ name, type }) => [name, type] as const));
        counts.written += lines.length;
        counts.files++;
      } catch (error) {
        loss("lost", lines.length, loggerMessages.writeFailed(lines.length, dir, String((error as Error)?.message ?? error)));
      } finally {
        inFlight -= lines.length;
      }
    }
  };

  const writeOut = async () => {
    sizeFlushQueued = false;
    if (pending === 0) return;
    const batch = records;
    const labelBatch = labels;
    records = new Map();
    labels = new Map();
    inFlight += pending;
    pending = 0;
    await writeBatch(batch, dir);
    await writeBatch(labelBatch, join(dir, LABELS_FOLDER));
  };

  const flush = (): Promise<void> => {
    chain = chain.then(writeOut);
    return chain;
  };

  const timer = setInterval(() => void flush(), flushIntervalMs);
  timer.unref();
  const handle = { flush, buffered: () => pending };
  open.add(handle);
  installExitHook();
  void cleanStaging(dir).catch(() => undefined);
  startLogWriterThread();

  return {
    dir,
    columns,
    log(record) {
      try {
        const refused = refusal();
        if (refused) {
          loss("dropped", 1, refused);
          return undefined;
        }
        const row = logRow(record, columns, Date.now(), batchOf(records));
        buffer(records, row.partition, row.line);
        counts.logged++;
        return row.requestId;
      } catch (error) {
        loss("dropped", 1, String((error as Error)?.message ?? error));
        return undefined;
      }
    },
    label(requestId, label, timestamp) {
      try {
        const refused = refusal();
        if (refused) {
          loss("dropped", 1, refused);
          return false;
        }
        if (typeof requestId !== "string" || requestId.length === 0 || requestId.length > 200) {
          loss("dropped", 1, loggerMessages.requestIdInvalid(requestId));
          return false;
        }
        const time = timestamp === undefined ? Date.now() : epochMs(timestamp);
        if (time === undefined) {
          loss("dropped", 1, loggerMessages.timestampInvalid(timestamp));
          return false;
        }
        const row = logRow({ requestId, timestamp: time, inputs: {}, label }, { ...columns, timestamp: LABELED_AT_COLUMN }, time, batchOf(labels));
        buffer(labels, row.partition, row.line);
        counts.labels++;
        return true;
      } catch (error) {
        loss("dropped", 1, String((error as Error)?.message ?? error));
        return false;
      }
    },
    countDropped(reason, count = 1) {
      loss("dropped", count, reason);
    },
    flush,
    async close() {
      if (!closed) {
        closed = true;
        clearInterval(timer);
        open.delete(handle);
      }
      await flush();
    },
    stats() {
      return { ...counts, buffered: pending + inFlight, ...(lastError === undefined ? {} : { lastError }) };
    },
  };
}

/** Writes what every open logger holds when the process is about to exit normally. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("beforeExit", () => {
    for (const logger of open) if (logger.buffered() > 0) void logger.flush();
  });
}

/** The default loss report: a line on stderr, at most one a minute for each kind, with the count held back. */
function stderrLoss(): (loss: LogLoss) => void {
  const last = new Map<LogLoss["kind"], { at: number; suppressed: number }>();
  return (loss) => {
    const now = Date.now();
    const previous = last.get(loss.kind);
    if (previous && now - previous.at < 60_000) {
      previous.suppressed += loss.records;
      return;
    }
    process.stderr.write(loggerMessages.lossLine(loss.reason, loss.records, previous?.suppressed ?? 0));
    last.set(loss.kind, { at: now, suppressed: 0 });
  };
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(loggerMessages.optionInvalid(name, value, "a whole number ≥ 1"));
  return value;
}
