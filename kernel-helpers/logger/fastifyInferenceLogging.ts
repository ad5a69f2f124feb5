import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { InferenceLoggingOptions } from "./logExchange";
import { logExchange, requestIdFrom } from "./logExchange";

interface Exchange {
  requestId: string;
  response?: unknown;
}

/**
 * A Fastify plugin that logs every successful response of the inference routes through an
 * inference logger: it gives each request an id (from `x-request-id`, or a new UUID) and echoes
 * it in the response header — send labels later with that id — keeps the response object
 * before serialisation, and logs `toRecord({ body, response, requestId, … })` once the response
 * has been sent, so logging adds nothing to the request's latency and never fails it. Responses
 * with status ≥ 400 are not logged. Registered without encapsulation: it sees the routes of the
 * instance it is registered on.
 *
 * @example
 * app.register(fastifyInferenceLogging, {
 *   logger,
 *   routes: ["/predict"],
 *   toRecord: ({ body, response }) => ({ inputs: body as Record<string, unknown>, prediction: (response as { label: string }).label }),
 * });
 */
export function fastifyInferenceLogging(app: FastifyInstance, options: InferenceLoggingOptions, done: (error?: Error) => void): void {
  const header = (options.requestIdHeader ?? "x-request-id").toLowerCase();
  const exchanges = new WeakMap<FastifyRequest, Exchange>();
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    const requestId = requestIdFrom(request.headers[header]);
    exchanges.set(request, { requestId });
    reply.header(header, requestId);
  });
  app.addHook("preSerialization", async (request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
    const exchange = exchanges.get(request);
    if (exchange) exchange.response = payload;
    return payload;
  });
  app.addHook("onResponse", async (request: FastifyRequest, reply: FastifyReply) => {
    const exchange = exchanges.get(request);
    if (!exchange || reply.statusCode >= 400) return;
    logExchange(options, { method: request.method, url: request.routeOptions.url ?? request.url, requestId: exchange.requestId, body: request.body, response: exchange.response });
  });
  done();
}

// Like fastify-plugin: the hooks apply to the instance the plugin is registered on, not to a child context.
(fastifyInferenceLogging as unknown as Record<symbol, boolean>)[Symbol.for("skip-override")] = true;
