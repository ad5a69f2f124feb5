import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import type { TableSource } from "../summary/tableSource";
import { WORKSPACE_DIR, workspaceLayout } from "../store/workspaceLayout";
import { baselinesRoutes } from "./baselinesRoutes";
import { checkRoute } from "./checkRoute";
import { docsRoute } from "./docsRoute";
import { healthRoute } from "./healthRoute";
import { HttpError, errorBody, serviceErrorHandler } from "./httpError";
import { logRoute } from "./logRoute";
import { metricsRoute } from "./metricsRoute";
import type { RouteEntry } from "./openApiDocument";
import { reportsRoute } from "./reportsRoute";
import { createServiceContext } from "./serviceContext";
import { serviceMessages } from "./serviceMessages";
import { UPLOAD_TYPES } from "./uploadedTable";

export interface ServiceOptions {
  /** Saved baselines, `<dir>/<name>/<version>/`. Default `.driftlens/baselines`. */
  readonly baselinesDir?: string;
  /** Check reports, `<dir>/<name>/<stamp>.json` + `latest.json`. Default `.driftlens/reports`. */
  readonly reportsDir?: string;
  /** Inference logs of `POST /log`, one folder per baseline name. Default `.driftlens/logs`. */
  readonly logsDir?: string;
  /** When set, every route but `/health` needs `Authorization: Bearer <token>`. Default: none. */
  readonly token?: string;
  /** Largest JSON body, in bytes. Default 16 MiB. */
  readonly maxBodyBytes?: number;
  /** Largest CSV/TSV/Parquet upload, in bytes. Default 256 MiB. */
  readonly maxUploadBytes?: number;
  /** The inference loggers write once this many records are buffered. Default 10,000. */
  readonly logFlushRecords?: number;
  /** … and at least this often, in milliseconds. Default 10,000. */
  readonly logFlushIntervalMs?: number;
  /**
   * Records a baseline's logger holds (buffered or being written) before `POST /log` answers 503.
   * Default 500,000 (about 100 MB), a few seconds of the heaviest logging this machine sustains.
   */
  readonly logMaxBufferedRecords?: number;
  /**
   * Database tables that `POST /check/{baseline}` checks by name (`{ "table": NAME }`), counted
   * where the data lives. Clients name only these: they never give a server, a user or SQL, and the
   * passwords come from the service's environment or each source's `passwordFile`. Default: none.
   */
  readonly tables?: Readonly<Record<string, TableSource>>;
}

/**
 * The driftlens HTTP service, a Fastify app with schema-validated JSON: `GET /health`,
 * `GET|POST /baselines`, `POST /check/{baseline}`, `POST /log/{baseline}`,
 * `GET /reports/{baseline}/latest`, `GET /metrics` (Prometheus) and the OpenAPI document at
 * `GET /docs`. Every error is a JSON `{ statusCode, error, message }` with a 4xx status for the
 * client's mistakes (bad JSON, schema, content type, size, unknown baseline, a name that is not
 * one folder name) and the service keeps serving. Bodies are limited (`maxBodyBytes`,
 * `maxUploadBytes`); with a `token`, requests need it as a bearer token. Closing the app writes
 * what the inference loggers buffer. Fastify is loaded on the first call, so that importing
 * driftlens stays light.
 *
 * Listening is left to the caller — bind to 127.0.0.1 unless the network is trusted and a token set.
 *
 * @example
 * const app = await createService({ baselinesDir: ".driftlens/baselines" });
 * await app.listen({ host: "127.0.0.1", port: 8000 });
 */
export async function createService(options: ServiceOptions = {}): Promise<FastifyInstance> {
  const { fastify } = await import("fastify");
  const layout = workspaceLayout();
  const limits = { json: options.maxBodyBytes ?? 16 << 20, upload: options.maxUploadBytes ?? 256 << 20 };
  const context = createServiceContext({
    baselinesDir: options.baselinesDir ?? layout.baselines,
    reportsDir: options.reportsDir ?? layout.reports,
    logsDir: options.logsDir ?? join(WORKSPACE_DIR, "logs"),
    logFlushRecords: options.logFlushRecords ?? 10_000,
    logFlushIntervalMs: options.logFlushIntervalMs ?? 10_000,
    logMaxBufferedRecords: options.logMaxBufferedRecords ?? 500_000,
    ...(options.tables ? { tables: options.tables } : {}),
  });
  const app = fastify({ logger: false, bodyLimit: limits.json, ajv: { customOptions: { removeAdditional: false, allowUnionTypes: true } } });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string", bodyLimit: limits.json }, app.getDefaultJsonParser("error", "error"));
  app.addContentTypeParser(Object.keys(UPLOAD_TYPES), { parseAs: "buffer", bodyLimit: limits.upload }, (_request, body, done) => done(null, body));
  app.setErrorHandler(serviceErrorHandler(limits));
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody(404, serviceMessages.routeNotFound(request.method, request.url)));
  });
  if (options.token !== undefined) bearerAuth(app, options.token);
  app.addHook("onClose", async () => context.close());

  const routes: RouteEntry[] = [];
  app.addHook("onRoute", (route) => {
    routes.push({ method: route.method, url: route.url, doc: (route.config as { openapi?: RouteEntry["doc"] } | undefined)?.openapi });
  });
  const version = packageVersion();
  healthRoute(app, version);
  baselinesRoutes(app, context);
  checkRoute(app, context);
  logRoute(app, context);
  reportsRoute(app, context);
  metricsRoute(app, context);
  docsRoute(app, routes, { version, bearer: options.token !== undefined });
  return app;
}

/** Requires `Authorization: Bearer <token>` on every route but `/health`, compared in constant time. */
function bearerAuth(app: FastifyInstance, token: string): void {
  const expected = createHash("sha256").update(token).digest();
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.split("?")[0] === "/health") return;
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
    if (timingSafeEqual(createHash("sha256").update(given).digest(), expected)) return;
    void reply.header("www-authenticate", 'Bearer realm="driftlens"');
    throw new HttpError(401, serviceMessages.unauthorized());
  });
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(__dirname, "../../../package.json"), "utf8")) as { version: string }).version;
}
