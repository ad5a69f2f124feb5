import type { FastifyInstance } from "fastify";
import { latestReports } from "../store/latestReports";
import type { ServiceContext } from "./serviceContext";
import { documentedRoute } from "./openApiDocument";

/** The content type of the Prometheus text exposition format. */
export const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/**
 * `GET /metrics`: the Prometheus text exposition of `createServiceMetrics` — drift gauges from
 * each baseline's latest report, check counters and durations, logging counters.
 *
 * @example metricsRoute(app, context)
 */
export function metricsRoute(app: FastifyInstance, context: ServiceContext): void {
  app.get(
    "/metrics",
    documentedRoute({
      summary: "Prometheus metrics",
      description: "Per-column drift score, threshold, verdict and severity; dataset drift share and verdict; alerts; rows checked; check duration histogram; inference logging counters.",
      responses: { "200": { description: "Prometheus text format 0.0.4", content: { "text/plain": { type: "string" } } } },
    }),
    async (_request, reply) => reply.type(PROMETHEUS_CONTENT_TYPE).send(context.metrics.render(await latestReports(context.reportsDir), context.loggerStats())),
  );
}
