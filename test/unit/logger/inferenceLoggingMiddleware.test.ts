import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { fastify } from "fastify";
import { readTable } from "../../../kernel-helpers/data/readTable";
import type { Table } from "../../../kernel-helpers/data/table";
import { createInferenceLogger } from "../../../kernel-helpers/logger/createInferenceLogger";
import { fastifyInferenceLogging } from "../../../kernel-helpers/logger/fastifyInferenceLogging";
import { inferenceLoggingMiddleware } from "../../../kernel-helpers/logger/inferenceLoggingMiddleware";
import type { MiddlewareRequest } from "../../../kernel-helpers/logger/inferenceLoggingMiddleware";
import type { InferenceExchange } from "../../../kernel-helpers/logger/logExchange";
import { tempDir } from "../baseline/baselineFixtures";
import { rowOf } from "./logFixtures";

/** A toy model: rejects when income is low. */
const predict = (body: { age: number; income: number }) => ({ label: body.income < 30_000 ? "reject" : "approve", score: body.income < 30_000 ? 0.9 : 0.1 });

const toRecord = ({ body, response }: InferenceExchange) => {
  const answer = response as { label: string; score: number };
  return { inputs: body as Record<string, unknown>, prediction: answer.label, probabilities: { proba_reject: answer.score } };
};

/** Rows of the log folder by request id, as plain values. */
function rowsById(table: Table): Map<string, Record<string, string | number | null>> {
  return new Map(Array.from({ length: table.rowCount }, (_, i) => rowOf(table, i)).map((row) => [String(row.request_id), row]));
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) => fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("logging middleware against real servers on 127.0.0.1", () => {
  it("Fastify plugin: logs each answered prediction with the request id it echoes, and not the failures", async () => {
    const dir = tempDir("driftlens-middleware-");
    const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
    const app = fastify();
    await app.register(fastifyInferenceLogging, { logger, routes: ["/predict"], toRecord });
    app.post("/predict", async (request) => predict(request.body as { age: number; income: number }));
    app.post("/other", async () => ({ ok: true }));
    app.post("/fails", async (_request, reply) => reply.status(422).send({ label: "none", score: 0 }));
    const base = await app.listen({ host: "127.0.0.1", port: 0 });

    const given = await post(`${base}/predict`, { age: 41, income: 25_000 }, { "x-request-id": "client-7" });
    assert.equal(given.headers.get("x-request-id"), "client-7");
    assert.deepEqual(await given.json(), { label: "reject", score: 0.9 });
    const fresh = await post(`${base}/predict`, { age: 30, income: 90_000 }, { "x-request-id": "bad id\twith tab" });
    const freshId = fresh.headers.get("x-request-id") ?? "";
    assert.match(freshId, /^[0-9a-f-]{36}$/, "an unusable incoming id is replaced by a UUID");
    await post(`${base}/other`, { age: 1 });
    await post(`${base}/fails`, { age: 2 });
    await app.close();
    await logger.close();

    const rows = rowsById(await readTable(dir));
    assert.deepEqual([...rows.keys()].sort(), ["client-7", freshId].sort());
    assert.deepEqual(
      { age: rows.get("client-7")?.age, income: rows.get("client-7")?.income, prediction: rows.get("client-7")?.prediction, proba: rows.get("client-7")?.proba_reject },
      { age: 41, income: 25_000, prediction: "reject", proba: 0.9 },
    );
    assert.equal(rows.get(freshId)?.prediction, "approve");
  });

  it("Express-style middleware on a plain Node server: logs after the answer, a throwing mapping never fails the request", async () => {
    const dir = tempDir("driftlens-middleware-");
    const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
    const middleware = inferenceLoggingMiddleware({ logger, toRecord: (exchange) => (exchange.url === "/boom" ? (JSON.parse("{") as never) : toRecord(exchange)) });
    const server = createServer((req: MiddlewareRequest, res) => {
      let text = "";
      req.on("data", (chunk) => (text += chunk));
      req.on("end", () => {
        req.body = JSON.parse(text);
        middleware(req, res, () => {
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify(predict(req.body as { age: number; income: number })));
        });
      });
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = await post(`${base}/predict?model=credit`, { age: 52, income: 12_000 }, { "x-request-id": "exp-1" });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get("x-request-id"), "exp-1");
    const boom = await post(`${base}/boom`, { age: 1, income: 1 });
    assert.equal(boom.status, 200, "the mapping throws after the answer, which is unaffected");
    await new Promise((closed) => server.close(closed));
    await logger.close();

    assert.equal(logger.stats().dropped, 1);
    assert.match(logger.stats().lastError ?? "", /toRecord threw for POST \/boom/);
    const rows = rowsById(await readTable(dir));
    assert.deepEqual([...rows.keys()], ["exp-1"]);
    assert.equal(rows.get("exp-1")?.prediction, "reject");
    assert.equal(rows.get("exp-1")?.income, 12_000);
  });
});
