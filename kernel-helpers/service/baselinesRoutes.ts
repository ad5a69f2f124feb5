import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Baseline } from "../baseline/baselineInfo";
import { buildBaseline } from "../baseline/buildBaseline";
import { checkedPathSegment } from "../baseline/checkedPathSegment";
import { listBaselines } from "../baseline/listBaselines";
import { saveBaseline } from "../baseline/saveBaseline";
import { tableFromRecords } from "../data/tableFromRecords";
import { buildBaselineFromTable } from "../summary/baselineFromTable";
import { HttpError } from "./httpError";
import { namedTable } from "./namedTable";
import type { TableFilters } from "./namedTable";
import type { ServiceContext } from "./serviceContext";
import { serviceMessages } from "./serviceMessages";
import { baselineListingSchema, buildBaselineBody, buildBaselineQuery } from "./serviceSchemas";
import { UPLOAD_TYPES, uploadedTable } from "./uploadedTable";
import { documentedRoute } from "./openApiDocument";

interface BaselineSpec {
  readonly name: string;
  readonly version?: string;
  readonly target?: string;
  readonly prediction?: string;
  readonly predictionProba?: readonly string[];
  readonly timestamp?: string;
  readonly categorical?: readonly string[];
  readonly text?: readonly string[];
  readonly force?: boolean;
}

/** A baseline built from a database table the service was started with. */
interface TableBaselineSpec extends BaselineSpec, TableFilters {
  readonly table: string;
  readonly sampleCap?: number;
}

type BuildQuery = Partial<Record<"name" | "version" | "target" | "prediction" | "predictionProba" | "timestamp" | "categorical" | "text", string>> & { force?: boolean };

/**
 * `GET /baselines` (every saved version, with the problem of those that cannot be loaded) and
 * `POST /baselines` (build and save one from JSON rows, from an uploaded CSV/TSV/Parquet file
 * with the name and roles in the query string, or from a database table the service was started
 * with, `{ "table": NAME }`, profiled where it lives with a seeded reference sample). An existing
 * version is refused with 409 unless `force`.
 *
 * @example baselinesRoutes(app, context)
 */
export function baselinesRoutes(app: FastifyInstance, context: ServiceContext): void {
  app.get(
    "/baselines",
    documentedRoute({
      summary: "List baselines",
      description: "Every saved baseline version, by name then version; versions that cannot be loaded carry their problem.",
      responses: { "200": { description: "the baselines", content: { "application/json": { type: "object", properties: { baselines: { type: "array", items: baselineListingSchema } } } } } },
    }),
    async () => ({ baselines: (await listBaselines(context.baselinesDir)).map(({ path: _path, ...listing }) => listing) }),
  );

  const uploadContent = Object.fromEntries(Object.keys(UPLOAD_TYPES).map((type) => [type, { schema: {} }]));
  app.post(
    "/baselines",
    documentedRoute({
      summary: "Build a baseline",
      description:
        "Builds a baseline (profile + exact reference sample) from JSON rows, from an uploaded file (text/csv, text/tab-separated-values, application/vnd.apache.parquet) with name and roles in the query string, or from a database table the service was started with ({ \"table\": NAME }, with where, since and sampleCap: profiled where the data lives, with a seeded reference sample), and saves it as <baselines>/<name>/<version>.",
      querystring: buildBaselineQuery,
      body: { content: { "application/json": { schema: buildBaselineBody }, ...uploadContent } },
      responses: { "201": { description: "saved", content: { "application/json": baselineListingSchema } } },
    }),
    async (request, reply) => {
      const upload = Buffer.isBuffer(request.body);
      const spec = upload ? specFromQuery(request.query as BuildQuery) : (request.body as BaselineSpec);
      const name = checkedPathSegment(spec.name, "name");
      const version = checkedPathSegment(spec.version ?? "v1", "version");
      if (spec.force !== true && (await stat(join(context.baselinesDir, name, version)).catch(() => undefined))) throw new HttpError(409, serviceMessages.versionExists(name, version));
      const roles = {
        name,
        version,
        target: spec.target,
        prediction: spec.prediction,
        predictionProba: spec.predictionProba,
        timestamp: spec.timestamp,
        categorical: spec.categorical,
        text: spec.text,
      };
      const named = upload ? undefined : (spec as Partial<TableBaselineSpec>).table;
      if (named !== undefined && (request.body as { rows?: unknown }).rows) throw new HttpError(400, serviceMessages.tableWithRows());
      let baseline: Baseline;
      if (named !== undefined) {
        const { where, since, sampleCap } = spec as TableBaselineSpec;
        // `since` picks the rows by the table's time column, else the baseline's own.
        const source = namedTable(context, named, { where, since }, spec.timestamp);
        baseline = await context.exclusive(() => buildBaselineFromTable(source, { ...roles, ...(sampleCap === undefined ? {} : { sampleCap }) }));
      } else {
        const table = upload
          ? await uploadedTable(request.body as Buffer, String(request.headers["content-type"]))
          : tableFromRecords((request.body as { rows: Record<string, unknown>[] }).rows, { source: "rows of the request" });
        baseline = buildBaseline(table, roles);
      }
      await saveBaseline(baseline, context.baselinesDir, { force: spec.force === true });
      const { info } = baseline;
      return reply.status(201).send({ name, version, created: info.created, rows: info.rows, columns: info.columns.length, exact: info.sample.complete });
    },
  );
}

function specFromQuery(query: BuildQuery): BaselineSpec {
  if (query.name === undefined) throw new HttpError(400, serviceMessages.uploadNeedsName());
  const split = (value: string | undefined) => value?.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
  return {
    name: query.name,
    version: query.version,
    target: query.target,
    prediction: query.prediction,
    predictionProba: split(query.predictionProba),
    timestamp: query.timestamp,
    categorical: split(query.categorical),
    text: split(query.text),
    force: query.force,
  };
}
