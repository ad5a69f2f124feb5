import type { IncomingMessage, ServerResponse } from "node:http";
import type { InferenceLoggingOptions } from "./logExchange";
import { logExchange, requestIdFrom } from "./logExchange";

/** Responses larger than this are not kept for `toRecord` (it gets `response: undefined`). */
const MAX_KEPT_RESPONSE = 1 << 20;

/** A request as Express (or any body parser) leaves it: `body` parsed, `originalUrl` when mounted. */
export type MiddlewareRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/**
 * Express/Connect-style middleware that logs every successful response through an inference
 * logger: it gives the request an id (from `x-request-id`, or a new UUID), echoes it in the
 * response header, keeps the JSON the handler sends (up to 1 MiB), and once the response is
 * finished logs `toRecord({ body: req.body, response, requestId, … })` — after the client has its
 * answer, so logging adds no latency and never fails the request. Responses with status ≥ 400
 * are not logged. `routes` are matched against the path without its query string.
 *
 * @example
 * app.post("/predict", express.json(), inferenceLoggingMiddleware({ logger, toRecord: ({ body, response }) => ({ inputs: body as Record<string, unknown>, prediction: (response as { label: string }).label }) }), predict);
 */
export function inferenceLoggingMiddleware(options: InferenceLoggingOptions): (req: MiddlewareRequest, res: ServerResponse, next: (error?: unknown) => void) => void {
  const header = (options.requestIdHeader ?? "x-request-id").toLowerCase();
  return (req, res, next) => {
    const requestId = requestIdFrom(req.headers[header]);
    res.setHeader(header, requestId);
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_KEPT_RESPONSE) return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size <= MAX_KEPT_RESPONSE) chunks.push(buffer);
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as ServerResponse["write"];
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as ServerResponse["end"];
    res.once("finish", () => {
      if (res.statusCode >= 400) return;
      const url = (req.originalUrl ?? req.url ?? "").split("?")[0];
      logExchange(options, { method: req.method ?? "GET", url, requestId, body: req.body, response: jsonResponse(res, chunks, size) });
    });
    next();
  };
}

function jsonResponse(res: ServerResponse, chunks: readonly Buffer[], size: number): unknown {
  const type = String(res.getHeader("content-type") ?? "");
  if (!/json/i.test(type) || size > MAX_KEPT_RESPONSE || chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}
