import type { FastifyInstance } from "fastify";
import { documentedRoute } from "./openApiDocument";

/**
 * `GET /health`: liveness, without authentication — `{ status: "ok", version, uptimeSeconds }`.
 *
 * @example healthRoute(app, "0.1.0")
 */
export function healthRoute(app: FastifyInstance, version: string): void {
  const started = Date.now();
  app.get(
    "/health",
    documentedRoute({
      summary: "Liveness",
      description: "Answers while the service runs; needs no token.",
      responses: { "200": { description: "running", content: { "application/json": { type: "object", properties: { status: { type: "string" }, version: { type: "string" }, uptimeSeconds: { type: "number" } } } } } },
    }),
    async () => ({ status: "ok", version, uptimeSeconds: Math.round((Date.now() - started) / 1000) }),
  );
}
