import type { FastifyInstance } from "fastify";
import { documentedRoute, openApiDocument } from "./openApiDocument";
import type { RouteEntry } from "./openApiDocument";

/**
 * `GET /docs`: the OpenAPI 3.0 document of the service, built from the routes' own schemas.
 *
 * @example docsRoute(app, routes, { version: "0.1.0", bearer: false })
 */
export function docsRoute(app: FastifyInstance, routes: readonly RouteEntry[], options: { readonly version: string; readonly bearer: boolean }): void {
  let document: Record<string, unknown> | undefined;
  app.get(
    "/docs",
    documentedRoute({
      summary: "OpenAPI document",
      description: "This API, as OpenAPI 3.0 JSON.",
      responses: { "200": { description: "the OpenAPI document", content: { "application/json": { type: "object" } } } },
    }),
    async () => {
      document = document ?? openApiDocument(routes, options);
      return document;
    },
  );
}
