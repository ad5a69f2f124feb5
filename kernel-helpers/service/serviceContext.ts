import { join, resolve } from "node:path";
import { readBaselineInfo } from "../baseline/readBaselineInfo";
import { createInferenceLogger } from "../logger/createInferenceLogger";
import type { InferenceLogger, LoggerStats } from "../logger/createInferenceLogger";
import type { FoundBaseline } from "./baselineFolder";
import { createServiceMetrics } from "./serviceMetrics";
import type { ServiceMetrics } from "./serviceMetrics";
import type { TableSource } from "../summary/tableSource";

/** What every route of the service shares. */
export interface ServiceContext {
  readonly baselinesDir: string;
  readonly reportsDir: string;
  /** Inference logs, one folder per baseline name. */
  readonly logsDir: string;
  readonly metrics: ServiceMetrics;
  /** The database tables a check may name (`{ "table": NAME }`), as the operator configured them. */
  readonly tables: ReadonlyMap<string, TableSource>;
  /** The inference logger of a baseline name, created on first use with the column names of the version found. */
  loggerFor(found: FoundBaseline): Promise<InferenceLogger>;
  /** The logger of a name when one was created already. */
  existingLogger(name: string): InferenceLogger | undefined;
  loggerStats(): Map<string, LoggerStats>;
  /** Runs checks one at a time: each already keeps the cores busy, and one at a time bounds memory. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Writes what the loggers hold and closes them. */
  close(): Promise<void>;
}

export interface ServiceContextOptions {
  readonly baselinesDir: string;
  readonly reportsDir: string;
  readonly logsDir: string;
  readonly logFlushRecords: number;
  readonly logFlushIntervalMs: number;
  readonly logMaxBufferedRecords: number;
  readonly tables?: Readonly<Record<string, TableSource>>;
}

/**
 * The shared state of one service: its folders, metrics, one inference logger per baseline name
 * (writing `<logsDir>/<name>/year=…/…parquet`, its timestamp, prediction, probability and label
 * columns named as the baseline's roles so that checks of the logs line up) and the check queue.
 *
 * @example const context = createServiceContext({ baselinesDir, reportsDir, logsDir, logFlushRecords: 10_000, logFlushIntervalMs: 10_000, logMaxBufferedRecords: 500_000 });
 */
export function createServiceContext(options: ServiceContextOptions): ServiceContext {
  const loggers = new Map<string, Promise<InferenceLogger>>();
  const created = new Map<string, InferenceLogger>();
  let queue: Promise<unknown> = Promise.resolve();
  const logsDir = resolve(options.logsDir);
  return {
    baselinesDir: resolve(options.baselinesDir),
    reportsDir: resolve(options.reportsDir),
    logsDir,
    metrics: createServiceMetrics(),
    tables: new Map(Object.entries(options.tables ?? {})),
    loggerFor(found) {
      const existing = loggers.get(found.name);
      if (existing) return existing;
      const making = readBaselineInfo(found.path).then((info) => {
        const { roles } = info;
        const logger = createInferenceLogger({
          dir: join(logsDir, found.name),
          flushRecords: options.logFlushRecords,
          flushIntervalMs: options.logFlushIntervalMs,
          maxBufferedRecords: options.logMaxBufferedRecords,
          columns: {
            ...(roles.timestamp ? { timestamp: roles.timestamp } : {}),
            ...(roles.prediction ? { prediction: roles.prediction } : {}),
            ...(roles.target ? { label: roles.target } : {}),
            ...(roles.predictionProba?.length === 1 ? { probability: roles.predictionProba[0] } : {}),
          },
        });
        created.set(found.name, logger);
        return logger;
      });
      making.catch(() => loggers.delete(found.name));
      loggers.set(found.name, making);
      return making;
    },
    existingLogger: (name) => created.get(name),
    loggerStats: () => new Map([...created].map(([name, logger]) => [name, logger.stats()])),
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const run = queue.then(task);
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      await Promise.all([...created.values()].map((logger) => logger.close()));
    },
  };
}
