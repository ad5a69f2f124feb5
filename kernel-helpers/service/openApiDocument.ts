import type { FastifySchema } from "fastify";
import { errorSchema } from "./serviceSchemas";

/** What a route says about itself: Fastify's validation schemas plus a summary and its answers. */
export interface RouteDoc {
  readonly summary: string;
  readonly description?: string;
  readonly params?: JsonSchema;
  readonly querystring?: JsonSchema;
  /** A JSON body schema, or `{ content: { <type>: { schema } } }` for several content types. */
  readonly body?: JsonSchema;
  /** Answers by status: a description and the schema of the body, per content type. */
  readonly responses: Readonly<Record<string, { readonly description: string; readonly content?: Readonly<Record<string, JsonSchema>> }>>;
}

type JsonSchema = Readonly<Record<string, unknown>>;

/** A route as the `onRoute` hook reports it, with its `RouteDoc` when it has one. */
export interface RouteEntry {
  readonly method: string | readonly string[];
  readonly url: string;
  readonly doc?: RouteDoc;
}

/**
 * The options of a documented route: Fastify validates `params`, `querystring` and `body`; the
 * whole `RouteDoc` rides along in `config.openapi` for `openApiDocument`.
 *
 * @example app.get("/health", documentedRoute({ summary: "Liveness", responses: { "200": { description: "running" } } }), handler)
 */
export function documentedRoute(doc: RouteDoc): { schema: FastifySchema; config: { openapi: RouteDoc } } {
  const { params, querystring, body } = doc;
  return { schema: { ...(params ? { params } : {}), ...(querystring ? { querystring } : {}), ...(body ? { body } : {}) }, config: { openapi: doc } };
}

/**
 * The OpenAPI 3.0 document of the routes registered with `documentedRoute`: path
 * parameters (`:name` → `{name}`) and query parameters from the validation schemas, request
 * bodies per content type, the documented answers, the JSON error body of every 4xx, and bearer
 * authentication when the service requires it.
 *
 * @example openApiDocument(routes, { version: "0.1.0", bearer: false }).paths["/health"].get.summary // "Liveness"
 */
export function openApiDocument(routes: readonly RouteEntry[], options: { readonly version: string; readonly bearer: boolean }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const doc = route.doc;
    if (!doc) continue;
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      paths[path] = paths[path] ?? {};
      paths[path][method.toLowerCase()] = operation(doc, options.bearer && path !== "/health");
    }
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "driftlens service",
      version: options.version,
      description: "Drift checks against saved baselines, inference logging and Prometheus metrics. Every error is JSON: { statusCode, error, message }.",
    },
    paths,
    components: {
      schemas: { Error: errorSchema },
      ...(options.bearer ? { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } } : {}),
    },
  };
}

function operation(doc: RouteDoc, secured: boolean): Record<string, unknown> {
  const parameters = [
    ...parametersOf(doc.params, "path"),
    ...parametersOf(doc.querystring, "query"),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(doc.responses)) {
    responses[status] = { description: answer.description, ...(answer.content ? { content: Object.fromEntries(Object.entries(answer.content).map(([type, schema]) => [type, { schema }])) } : {}) };
  }
  responses["4XX"] = { description: "bad request, unknown baseline, too large, wrong content type…", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  return {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(doc.body ? { requestBody: requestBody(doc.body) } : {}),
    responses,
    ...(secured ? { security: [{ bearer: [] }] } : {}),
  };
}

function parametersOf(schema: JsonSchema | undefined, where: "path" | "query"): Record<string, unknown>[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

function requestBody(body: JsonSchema): Record<string, unknown> {
  const content = body.content as Record<string, { schema: JsonSchema }> | undefined;
  if (content) return { content: Object.fromEntries(Object.entries(content).map(([type, entry]) => [type, { schema: entry.schema }])) };
  return { content: { "application/json": { schema: body } } };
}
