import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { CheckOptions } from "../check/checkDrift";
import { checkDrift } from "../check/checkDrift";
import type { CheckReport } from "../check/checkReport";
import { loadBaseline } from "../baseline/loadBaseline";
import { saveReport } from "../store/saveReport";
import { tableFromRecords } from "../data/tableFromRecords";
import type { Correction } from "../drift/multipleTesting";
import { checkLogFolder } from "../watch/checkLogFolder";
import { parseDuration } from "../watch/parseDuration";
import { baselineFolder } from "./baselineFolder";
import { namedTable } from "./namedTable";
import type { ServiceContext } from "./serviceContext";
import { baselineParams, checkBody, checkQuery, checkReportSchema } from "./serviceSchemas";
import { UPLOAD_TYPES, uploadedTable } from "./uploadedTable";
import { documentedRoute } from "./openApiDocument";
import { HttpError } from "./httpError";
import { serviceMessages } from "./serviceMessages";

interface CheckBody {
  readonly rows?: Record<string, unknown>[];
  readonly columns?: string[];
  readonly method?: string;
  readonly numericalMethod?: string;
  readonly categoricalMethod?: string;
  readonly threshold?: number;
  readonly driftShare?: number;
  readonly minTestedShare?: number;
  readonly correction?: Correction;
  readonly table?: string;
  readonly where?: string[];
  readonly since?: string;
  readonly timestamp?: string;
}

/**
 * `POST /check/{baseline}`: checks current data against the newest version of a baseline (or
 * `?version=`) and answers the `CheckReport` — data given as JSON `rows`, as an uploaded
 * CSV/TSV/Parquet file, a database table the service was started with (`{ "table": NAME }`, with
 * `where`, `since` and `timestamp`; counted where the data lives), or, with none, the records
 * logged through `POST /log/{baseline}` in the analysis window (`?since=24h`; what is buffered is
 * written first). The report is saved as
 * the baseline's latest (`GET /reports/{baseline}/latest`, `/metrics`). Checks run one at a time.
 *
 * @example checkRoute(app, context)
 */
export function checkRoute(app: FastifyInstance, context: ServiceContext): void {
  const uploadContent = Object.fromEntries(Object.keys(UPLOAD_TYPES).map((type) => [type, { schema: {} }]));
  app.post(
    "/check/:baseline",
    documentedRoute({
      summary: "Check data against a baseline",
      description:
        "Checks JSON rows, an uploaded file (text/csv, text/tab-separated-values, application/vnd.apache.parquet), a database table the service was started with ({ \"table\": NAME }, counted where the data lives) or — with none of them — the records logged with POST /log/{baseline} in the last ?since hours, and answers the DriftReport (a CheckReport). The report becomes the baseline's latest.",
      params: baselineParams,
      querystring: checkQuery,
      body: { content: { "application/json": { schema: checkBody }, ...uploadContent } },
      responses: { "200": { description: "the report", content: { "application/json": checkReportSchema } } },
    }),
    async (request) => {
      const { baseline: name } = request.params as { baseline: string };
      const query = request.query as { version?: string; since?: string; window?: string };
      const body = request.body;
      const found = await baselineFolder(context.baselinesDir, name, query.version);
      const options = checkOptions(Buffer.isBuffer(body) ? {} : ((body ?? {}) as CheckBody), query.window);
      const named = Buffer.isBuffer(body) ? undefined : (body as CheckBody | undefined)?.table;
      if (named !== undefined && (body as CheckBody).rows) throw new HttpError(400, serviceMessages.tableWithRows());
      // Looked up now, so that an unknown name is a 404 before any work; its time column is settled once the baseline is loaded.
      if (named !== undefined) namedTable(context, named, body as CheckBody);
      return context.exclusive(async () => {
        const started = performance.now();
        let report: CheckReport;
        try {
          const baseline = await loadBaseline(found.path);
          if (named !== undefined) report = await checkDrift(baseline, namedTable(context, named, body as CheckBody, baseline.info.roles.timestamp), options);
          else if (Buffer.isBuffer(body)) report = await checkDrift(baseline, await uploadedTable(body, String(request.headers["content-type"])), options);
          else if ((body as CheckBody | undefined)?.rows) report = await checkDrift(baseline, tableFromRecords((body as CheckBody).rows ?? [], { source: "rows of the request" }), options);
          else {
            await context.existingLogger(found.name)?.flush();
            const hours = query.since === undefined ? undefined : parseDuration(query.since, "since", "h") / 3_600_000;
            report = await checkLogFolder(baseline, join(context.logsDir, found.name), { ...options, ...(hours === undefined ? {} : { analysisWindowHours: hours }) });
          }
        } catch (error) {
          context.metrics.observeCheck(found.name, (performance.now() - started) / 1000, 0, "error");
          throw error;
        }
        context.metrics.observeCheck(found.name, (performance.now() - started) / 1000, report.current.rows, "ok");
        await saveReport(report, context.reportsDir);
        return report;
      });
    },
  );
}

function checkOptions(body: CheckBody, window: string | undefined): CheckOptions {
  return {
    ...(body.columns ? { columns: body.columns } : {}),
    ...(body.method ? { method: body.method } : {}),
    ...(body.numericalMethod ? { numericalMethod: body.numericalMethod } : {}),
    ...(body.categoricalMethod ? { categoricalMethod: body.categoricalMethod } : {}),
    ...(body.threshold === undefined ? {} : { threshold: body.threshold }),
    ...(body.driftShare === undefined ? {} : { driftShare: body.driftShare }),
    ...(body.minTestedShare === undefined ? {} : { minTestedShare: body.minTestedShare }),
    ...(body.correction ? { correction: body.correction } : {}),
    ...(window ? { window } : {}),
  };
}
