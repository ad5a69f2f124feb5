import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { checkedPathSegment } from "../baseline/checkedPathSegment";
import { LATEST_REPORT } from "../store/saveReport";
import type { CheckReport } from "../check/checkReport";
import { parseJsonText } from "../config/parseJsonText";
import { DataError } from "../errors";
import { reportHtml } from "../report/reportHtml";
import { HttpError } from "./httpError";
import type { ServiceContext } from "./serviceContext";
import { serviceMessages } from "./serviceMessages";
import { baselineParams, checkReportSchema, reportQuery } from "./serviceSchemas";
import { documentedRoute } from "./openApiDocument";

/**
 * `GET /reports/{baseline}/latest`: the baseline's latest check report — from `POST /check`, or
 * from `driftlens check`/`watch` writing to the same reports folder — as JSON, or as the
 * standalone HTML page of `reportHtml` with `?format=html` or an `Accept` header that asks for
 * `text/html` and not JSON (a browser).
 *
 * @example reportsRoute(app, context)
 */
export function reportsRoute(app: FastifyInstance, context: ServiceContext): void {
  app.get(
    "/reports/:baseline/latest",
    documentedRoute({
      summary: "Latest report of a baseline",
      description: "The latest CheckReport of the baseline as JSON, or as a standalone HTML page (?format=html, or Accept: text/html without application/json).",
      params: baselineParams,
      querystring: reportQuery,
      responses: { "200": { description: "the latest report", content: { "application/json": checkReportSchema, "text/html": { type: "string" } } } },
    }),
    async (request, reply) => {
      const name = checkedPathSegment((request.params as { baseline: string }).baseline, "name");
      const path = join(context.reportsDir, name, LATEST_REPORT);
      const text = await readFile(path, "utf8").catch(() => undefined);
      if (text === undefined) throw new HttpError(404, serviceMessages.noReport(name));
      const parsed = parseJsonText(text);
      if (!parsed.ok) throw new DataError(serviceMessages.reportUnreadable(name, parsed.problem));
      const format = (request.query as { format?: string }).format;
      const accept = String(request.headers.accept ?? "");
      const wantsHtml = format === "html" || (format === undefined && accept.includes("text/html") && !accept.includes("application/json"));
      if (!wantsHtml) return reply.type("application/json; charset=utf-8").send(text);
      let html: string;
      try {
        html = reportHtml(parsed.value as CheckReport);
      } catch (error) {
        throw new DataError(serviceMessages.reportUnreadable(name, `it cannot be drawn as HTML (${String((error as Error)?.message ?? error)}); ask for the JSON`));
      }
      return reply.type("text/html; charset=utf-8").header("x-content-type-options", "nosniff").send(html);
    },
  );
}
