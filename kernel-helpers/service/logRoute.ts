import type { FastifyInstance } from "fastify";
import { checkedPathSegment } from "../baseline/checkedPathSegment";
import type { InferenceRecord } from "../logger/inferenceRecord";
import { baselineFolder } from "./baselineFolder";
import { HttpError } from "./httpError";
import type { ServiceContext } from "./serviceContext";
import { serviceMessages } from "./serviceMessages";
import { baselineParams, logAnswer, logBody } from "./serviceSchemas";
import { documentedRoute } from "./openApiDocument";

interface LogBody {
  readonly records?: InferenceRecord[];
  readonly labels?: { readonly requestId: string; readonly label: unknown; readonly timestamp?: string | number }[];
}

/**
 * `POST /log/{baseline}`: appends inference records (and labels of earlier records, by request
 * id) to the baseline's log, `<logs>/<name>/year=/month=/day=/hour=/*.parquet`. Answers 202 as
 * soon as they are buffered, with the id of each record; records are written in batches (see
 * `createInferenceLogger`). When the buffer is full, records are refused and counted — 503 when
 * none was accepted.
 *
 * @example logRoute(app, context)
 */
export function logRoute(app: FastifyInstance, context: ServiceContext): void {
  app.post(
    "/log/:baseline",
    documentedRoute({
      summary: "Log inference records",
      description:
        "Appends records { requestId?, timestamp?, inputs, prediction?, probabilities?, label? } and labels { requestId, label, timestamp? } that arrived after their prediction. Answers once they are buffered; GET /metrics counts what was written, dropped or lost.",
      params: baselineParams,
      body: { content: { "application/json": { schema: logBody } } },
      responses: { "202": { description: "buffered for writing", content: { "application/json": logAnswer } } },
    }),
    async (request, reply) => {
      const { baseline: name } = request.params as { baseline: string };
      checkedPathSegment(name, "name");
      const body = request.body as LogBody | Buffer | undefined;
      if (body === undefined || Buffer.isBuffer(body)) throw new HttpError(415, serviceMessages.logNeedsJson());
      const records = body.records ?? [];
      const labels = body.labels ?? [];
      if (records.length + labels.length === 0) throw new HttpError(400, serviceMessages.logEmpty());
      const logger = context.existingLogger(name) ?? (await context.loggerFor(await baselineFolder(context.baselinesDir, name)));
      const requestIds = records.map((record) => logger.log(record) ?? null);
      const labelled = labels.filter((label) => logger.label(label.requestId, label.label, label.timestamp)).length;
      const accepted = requestIds.filter((id) => id !== null).length;
      const dropped = records.length - accepted + labels.length - labelled;
      if (accepted + labelled === 0) throw new HttpError(503, serviceMessages.logBufferFull(logger.stats().lastError ?? ""));
      return reply.status(202).send({ accepted, labels: labelled, dropped, requestIds });
    },
  );
}
