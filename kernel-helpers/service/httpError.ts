import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { DataError, UsageError } from "../errors";
import { serviceMessages } from "./serviceMessages";

/** An error with the HTTP status the service answers it with. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** The JSON body of every error answer: `{ statusCode, error, message }`. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
}

/** The error body for a status and message. */
export function errorBody(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? "Error", message };
}

/** The body limits of a service, which a 413 answer names. */
export interface BodyLimits {
  /** JSON bodies. */
  readonly json: number;
  /** CSV and Parquet uploads. */
  readonly upload: number;
}

/**
 * The service's error handler: every error is answered as JSON with a 4xx status the client can
 * act on — 400 bad request (`UsageError`, schema validation, bad JSON), 401, 404, 409, 413 too
 * large, 415 content type, 422 data that cannot be used (`DataError`) — and bugs with a 500
 * that shows no internals (the error goes to the request log).
 *
 * @example app.setErrorHandler(serviceErrorHandler({ json: 16 << 20, upload: 256 << 20 }))
 */
export function serviceErrorHandler(limits: BodyLimits): (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const [status, message] = classify(error as FastifyError, request, limits);
    if (status >= 500 && !(error instanceof HttpError)) process.stderr.write(`driftlens service: internal error on ${request.method} ${request.url}: ${String((error as Error)?.stack ?? error)}\n`);
    void reply.status(status).type("application/json").send(errorBody(status, message));
  };
}

function classify(error: FastifyError, request: FastifyRequest, limits: BodyLimits): [number, string] {
  const type = String(request.headers["content-type"] ?? "");
  if (error instanceof HttpError) return [error.statusCode, error.message];
  if (error instanceof UsageError) return [400, error.message];
  if (error instanceof DataError) return [422, error.message];
  if (error.validation) return [400, serviceMessages.validation(error.message)];
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return [413, /json/i.test(type) ? serviceMessages.bodyTooLarge(limits.json, "--max-body-mb") : serviceMessages.bodyTooLarge(limits.upload, "--max-upload-mb")];
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return [415, serviceMessages.mediaType(type)];
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return [400, serviceMessages.emptyJson()];
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return [400, serviceMessages.invalidJson()];
  }
  if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500) return [error.statusCode, error.message];
  return [500, serviceMessages.internal()];
}
