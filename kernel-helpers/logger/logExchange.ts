import { randomUUID } from "node:crypto";
import type { InferenceLogger } from "./createInferenceLogger";
import type { InferenceRecord } from "./inferenceRecord";

/** One request to an inference route and its response, as the logging middleware sees them. */
export interface InferenceExchange {
  readonly method: string;
  /** The route pattern (Fastify, e.g. `/predict/:model`) or the path (Express and plain Node). */
  readonly url: string;
  /** From the request's id header when it carries a usable one, else a new UUID; echoed in the response. */
  readonly requestId: string;
  /** The parsed request body. */
  readonly body: unknown;
  /** The JSON response, parsed; `undefined` when it was not JSON. */
  readonly response: unknown;
}

/** Options of the logging middleware (`fastifyInferenceLogging`, `inferenceLoggingMiddleware`). */
export interface InferenceLoggingOptions {
  readonly logger: InferenceLogger;
  /**
   * Turns an exchange into the record to log, or `undefined` to log nothing. Its `requestId`
   * defaults to the exchange's. A mapping that throws is counted as a dropped record.
   */
  readonly toRecord: (exchange: InferenceExchange) => InferenceRecord | undefined;
  /** Only these routes (Fastify route patterns, or paths). Default: every route. */
  readonly routes?: readonly string[];
  /** The header that carries the request id in and out. Default `x-request-id`. */
  readonly requestIdHeader?: string;
}

const USABLE_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/**
 * The request id of an incoming request: its header value when it is 1–200 letters, digits,
 * `.`, `_`, `:` or `-` (so it can be echoed safely), else a new UUID.
 *
 * @example requestIdFrom("7f3c-1") // "7f3c-1"
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && USABLE_ID.test(value) ? value : randomUUID();
}

/**
 * Logs one exchange through `options.toRecord`; never throws (a failing mapping is counted as a
 * dropped record).
 *
 * @example logExchange(options, { method: "POST", url: "/predict", requestId: "r1", body: { age: 41 }, response: { label: 1 } })
 */
export function logExchange(options: InferenceLoggingOptions, exchange: InferenceExchange): void {
  if (options.routes && !options.routes.includes(exchange.url)) return;
  let record: InferenceRecord | undefined;
  try {
    record = options.toRecord(exchange);
  } catch (error) {
    options.logger.countDropped(`toRecord threw for ${exchange.method} ${exchange.url}: ${String((error as Error)?.message ?? error)}`);
    return;
  }
  if (record === undefined) return;
  options.logger.log(record.requestId === undefined ? { ...record, requestId: exchange.requestId } : record);
}
