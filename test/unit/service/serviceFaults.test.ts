import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { describe, it } from "node:test";
import { creditRecords, saveCreditBaseline } from "../logger/logFixtures";
import type { Answer } from "./serviceFixtures";
import { call, startService } from "./serviceFixtures";

/** A request whose path is sent exactly as written (fetch would resolve `..` segments first). */
function rawRequest(base: string, method: string, path: string, body = ""): Promise<{ status: number; json: ReturnType<typeof JSON.parse> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request({ host: hostname, port, path, method, headers: { "content-type": "application/json" } }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

function assertJsonError(answer: Answer | { status: number; json: ReturnType<typeof JSON.parse> }, status: number, message: RegExp, label: string): void {
  assert.equal(answer.status, status, `${label}: ${JSON.stringify(answer.json)}`);
  assert.equal(answer.json?.statusCode, status, label);
  assert.equal(typeof answer.json?.error, "string", label);
  assert.match(answer.json?.message ?? "", message, label);
}

describe("driftlens service refuses bad requests with a JSON 4xx and keeps serving", () => {
  it("answers malformed bodies, wrong content types, oversized bodies, unknown baselines and ../ names", async () => {
    const service = await startService({ maxBodyBytes: 4096, maxUploadBytes: 2048, logFlushIntervalMs: 3_600_000 });
    await saveCreditBaseline(service.baselines);
    const { base } = service;
    const record = { records: [{ inputs: { age: 41, region: "north" } }] };
    const big = { records: Array.from({ length: 200 }, (_, i) => ({ inputs: { age: i, region: "north-east" } })) };
    const cases: [string, () => Promise<Answer | { status: number; json: ReturnType<typeof JSON.parse> }>, number, RegExp][] = [
      ["malformed JSON", () => call(base, "POST", "/log/credit", { body: '{"records": [', type: "application/json" }), 400, /not valid JSON \(check its quotes/],
      ["empty JSON body", () => call(base, "POST", "/log/credit", { body: "", type: "application/json" }), 400, /body is empty/],
      ["schema: inputs missing", () => call(base, "POST", "/log/credit", { json: { records: [{ prediction: 1 }] } }), 400, /must have required property 'inputs'/],
      ["schema: nested input", () => call(base, "POST", "/log/credit", { json: { records: [{ inputs: { age: { years: 41 } } }] } }), 400, /does not match the API/],
      ["schema: unknown field", () => call(base, "POST", "/log/credit", { json: { ...record, extra: true } }), 400, /must NOT have additional properties/],
      ["nothing to log", () => call(base, "POST", "/log/credit", { json: { records: [] } }), 400, /nothing to log/],
      ["wrong content type", () => call(base, "POST", "/log/credit", { body: "age=41", type: "text/plain" }), 415, /content type 'text\/plain' is not accepted/],
      ["a CSV where JSON is expected", () => call(base, "POST", "/log/credit", { body: "age\n41\n", type: "text/csv" }), 415, /POST \/log takes JSON/],
      ["JSON body too large", () => call(base, "POST", "/log/credit", { json: big }), 413, /larger than this service accepts \(4 KiB\)\. .* --max-body-mb/],
      ["upload too large", () => call(base, "POST", "/baselines?name=big", { body: `age\n${"41\n".repeat(2000)}`, type: "text/csv" }), 413, /--max-upload-mb/],
      ["not a Parquet file", () => call(base, "POST", "/baselines?name=p", { body: "PAR0 not parquet", type: "application/vnd.apache.parquet" }), 422, /not a Parquet file/],
      ["upload without a name", () => call(base, "POST", "/baselines", { body: "age\n41\n", type: "text/csv" }), 400, /needs the baseline's name in the query string/],
      ["unknown baseline (check)", () => call(base, "POST", "/check/fraud", { json: {} }), 404, /no baseline named 'fraud'. Baselines: credit\./],
      ["unknown baseline (log)", () => call(base, "POST", "/log/fraud", { json: record }), 404, /no baseline named 'fraud'/],
      ["unknown version", () => call(base, "POST", "/check/credit?version=v9", { json: {} }), 404, /has no version 'v9'. Versions: v1/],
      ["no report yet", () => call(base, "GET", "/reports/credit/latest"), 404, /no check report for 'credit' yet/],
      ["no logs yet", () => call(base, "POST", "/check/credit", { json: {} }), 422, /log folder '.*credit' does not exist/],
      ["../../etc, encoded (check)", () => call(base, "POST", "/check/..%2F..%2Fetc", { json: {} }), 400, /baseline name "\.\.\/\.\.\/etc" cannot be a folder name/],
      ["../../etc, encoded (log)", () => call(base, "POST", "/log/..%2F..%2Fetc", { json: record }), 400, /cannot be a folder name/],
      ["../../etc, encoded (reports)", () => call(base, "GET", "/reports/..%2F..%2Fetc/latest"), 400, /cannot be a folder name/],
      ["..", () => rawRequest(base, "POST", "/log/..", JSON.stringify(record)), 400, /baseline name "\.\." cannot be a folder name/],
      ["../../etc as a new baseline", () => call(base, "POST", "/baselines", { json: { name: "../../etc", rows: [{ age: 1 }] } }), 400, /cannot be a folder name/],
      ["../../etc, raw path", () => rawRequest(base, "POST", "/check/../../etc", "{}"), 404, /no route POST \/check\/\.\.\/\.\.\/etc/],
      ["unknown route", () => call(base, "DELETE", "/baselines"), 404, /no route DELETE \/baselines\. Routes: GET \/health/],
    ];
    for (const [label, send, status, message] of cases) {
      assertJsonError(await send(), status, message, label);
      assert.equal((await call(base, "GET", "/health")).status, 200, `still serving after: ${label}`);
    }
    const accepted = await call(base, "POST", "/log/credit", { json: record });
    assert.equal(accepted.status, 202, "and still logging");
    assert.deepEqual(readdirSync(service.baselines), ["credit"], "nothing was created by the refused requests");
    assert.ok(!existsSync(join(service.dir, "etc")) && !existsSync(join(service.baselines, "..", "..", "etc", "v1")));
    await service.app.close();
  });

  it("refuses records beyond the log buffer (202 with the count dropped, then 503) and takes them again once written", async () => {
    const service = await startService({ logMaxBufferedRecords: 150, logFlushRecords: 1_000_000, logFlushIntervalMs: 3_600_000 });
    await saveCreditBaseline(service.baselines);
    const batch = (n: number) => ({ records: creditRecords({ rows: 100, seed: n, idPrefix: `f${n}` }) });
    assert.deepEqual((await call(service.base, "POST", "/log/credit", { json: batch(1) })).json.accepted, 100);
    const partly = await call(service.base, "POST", "/log/credit", { json: batch(2) });
    assert.equal(partly.status, 202);
    assert.deepEqual([partly.json.accepted, partly.json.dropped, partly.json.requestIds.filter((id: string | null) => id === null).length], [50, 50, 50]);
    assertJsonError(await call(service.base, "POST", "/log/credit", { json: batch(3) }), 503, /buffer already holds 150 records .* --log-max-buffered/, "full buffer");
    const check = await call(service.base, "POST", "/check/credit", { json: {} });
    assert.equal(check.json.current.rows, 150, "the check writes the buffer first");
    assert.equal((await call(service.base, "POST", "/log/credit", { json: batch(4) })).status, 202, "room again after the write");
    assert.match((await call(service.base, "GET", "/metrics")).text, /^driftlens_log_records_total\{baseline="credit",outcome="dropped"\} 150$/m);
    await service.app.close();
  });
});
