import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { tableToCsv } from "../../../kernel-helpers/data/tableToCsv";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { tempDir } from "../baseline/baselineFixtures";
import { countLogRows, creditRecords, rowOf, saveCreditBaseline } from "../logger/logFixtures";
import { parseExposition } from "./prometheusExposition";
import { call, startService } from "./serviceFixtures";

describe("driftlens service on 127.0.0.1", () => {
  it("builds baselines from an uploaded CSV, a Parquet file and JSON rows, lists them, refuses to overwrite", async () => {
    const service = await startService();
    const csv = join(tempDir(), "train.csv");
    await tableToCsv(creditSample({ rows: 1500, seed: 1 }), csv);
    const built = await call(service.base, "POST", "/baselines?name=credit&target=has_default&categorical=tenure_months", { body: readFileSync(csv), type: "text/csv" });
    assert.equal(built.status, 201, built.text);
    assert.deepEqual({ ...built.json, created: undefined }, { name: "credit", version: "v1", created: undefined, rows: 1500, columns: 9, exact: true });
    assert.equal((await call(service.base, "POST", "/baselines?name=credit", { body: readFileSync(csv), type: "text/csv" })).status, 409);
    assert.equal((await call(service.base, "POST", "/baselines?name=credit&force=true", { body: readFileSync(csv), type: "text/csv" })).status, 201);

    const parquet = readFileSync(join(service.baselines, "credit", "v1", "reference.parquet"));
    const fromParquet = await call(service.base, "POST", "/baselines?name=credit&version=v2", { body: parquet, type: "application/vnd.apache.parquet" });
    assert.equal(fromParquet.status, 201, fromParquet.text);
    assert.equal(fromParquet.json.rows, 1500);

    const table = creditSample({ rows: 300, seed: 2 });
    const rows = Array.from({ length: table.rowCount }, (_, i) => rowOf(table, i));
    const fromRows = await call(service.base, "POST", "/baselines", { json: { name: "scoring", version: "2026-11", rows, prediction: "region" } });
    assert.equal(fromRows.status, 201, fromRows.text);

    const listed = await call(service.base, "GET", "/baselines");
    assert.deepEqual(listed.json.baselines.map((b: { name: string; version: string }) => `${b.name}/${b.version}`), ["credit/v1", "credit/v2", "scoring/2026-11"]);
    assert.ok(listed.json.baselines.every((b: { path?: string }) => b.path === undefined), "server paths are not shown");
    await service.app.close();
  });

  it("checks JSON rows, an uploaded file and the logged records, saves the latest report and counts the checks", async () => {
    const service = await startService({ logFlushRecords: 100_000, logFlushIntervalMs: 3_600_000 });
    await saveCreditBaseline(service.baselines, { target: "has_default" });
    const drifted = creditSample({ rows: 800, seed: 5, drift: 1 });
    const rows = Array.from({ length: drifted.rowCount }, (_, i) => rowOf(drifted, i));

    const fromRows = await call(service.base, "POST", "/check/credit", { json: { rows, correction: "fdr" } });
    assert.equal(fromRows.status, 200, fromRows.text);
    assert.equal(fromRows.json.kind, "check");
    assert.equal(fromRows.json.current.rows, 800);
    assert.equal(fromRows.json.settings.correction, "fdr");
    assert.equal(fromRows.json.dataset.drifted, true);

    const csv = join(tempDir(), "today.csv");
    await tableToCsv(creditSample({ rows: 600, seed: 6 }), csv);
    const fromFile = await call(service.base, "POST", "/check/credit?version=v1", { body: readFileSync(csv), type: "text/csv" });
    assert.equal(fromFile.status, 200, fromFile.text);
    assert.equal(fromFile.json.current.rows, 600);
    assert.equal(fromFile.json.current.source, "uploaded CSV");

    const records = creditRecords({ rows: 500, seed: 7, withLabel: true });
    const logged = await call(service.base, "POST", "/log/credit", { json: { records } });
    assert.equal(logged.status, 202, logged.text);
    assert.equal(logged.json.accepted, 500);
    assert.equal(new Set(logged.json.requestIds).size, 500);
    const fromLogs = await call(service.base, "POST", "/check/credit?since=2h", { json: {} });
    assert.equal(fromLogs.status, 200, fromLogs.text);
    assert.equal(fromLogs.json.current.rows, 500, "the buffered records are written before the check");
    assert.equal(fromLogs.json.analysisWindow.hours, 2);
    assert.equal(fromLogs.json.target.column, "has_default", "labels are logged under the baseline's target column");
    assert.equal((await countLogRows(join(service.logs, "credit"))).rows, 500);

    const latest = await call(service.base, "GET", "/reports/credit/latest");
    assert.equal(latest.status, 200);
    assert.deepEqual(latest.json, fromLogs.json);
    const html = await call(service.base, "GET", "/reports/credit/latest", { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    assert.match(html.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(html.text, /^<!DOCTYPE html>/i);
    assert.ok(html.text.includes("Model credit v1 · 500 rows"), "the page carries the verdict of the latest report");
    assert.match((await call(service.base, "GET", "/reports/credit/latest?format=html")).headers.get("content-type") ?? "", /^text\/html/);

    const metrics = await call(service.base, "GET", "/metrics");
    assert.match(metrics.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    parseExposition(metrics.text);
    assert.match(metrics.text, /^driftlens_checks_total\{baseline="credit",outcome="ok"\} 3$/m);
    assert.match(metrics.text, /^driftlens_rows_checked_total\{baseline="credit"\} 1900$/m);
    assert.match(metrics.text, /^driftlens_check_duration_seconds_count\{baseline="credit"\} 3$/m);
    assert.match(metrics.text, /^driftlens_last_check_rows\{baseline="credit",version="v1"\} 500$/m);
    assert.match(metrics.text, /^driftlens_log_records_total\{baseline="credit",outcome="written"\} 500$/m);
    const age = fromLogs.json.columns.find((c: { column: string }) => c.column === "age");
    assert.match(metrics.text, new RegExp(`^driftlens_column_drift_score\\{baseline="credit",version="v1",column="age",method="${age.method}",role="feature"\\} ${age.score}$`, "m"));
    assert.match(metrics.text, new RegExp(`^driftlens_dataset_drift_share\\{baseline="credit",version="v1"\\} ${fromLogs.json.dataset.driftScore}$`, "m"));
    await service.app.close();
  });

  it("describes itself in an OpenAPI document covering every route", async () => {
    const service = await startService({ token: "s3cret" });
    const docs = await call(service.base, "GET", "/docs", { headers: { authorization: "Bearer s3cret" } });
    assert.equal(docs.status, 200);
    assert.equal(docs.json.openapi, "3.0.3");
    const operations = Object.entries(docs.json.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    assert.deepEqual(operations.sort(), ["GET /baselines", "GET /docs", "GET /health", "GET /metrics", "GET /reports/{baseline}/latest", "POST /baselines", "POST /check/{baseline}", "POST /log/{baseline}"]);
    const check = docs.json.paths["/check/{baseline}"].post;
    assert.deepEqual(check.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`), ["path:baseline", "query:version", "query:since", "query:window"]);
    assert.deepEqual(Object.keys(check.requestBody.content).sort(), ["application/json", "application/octet-stream", "application/vnd.apache.parquet", "application/x-parquet", "text/csv", "text/tab-separated-values"]);
    assert.deepEqual(check.security, [{ bearer: [] }]);
    assert.equal(docs.json.paths["/health"].get.security, undefined);
    assert.deepEqual(docs.json.paths["/log/{baseline}"].post.requestBody.content["application/json"].schema.properties.records.items.required, ["inputs"]);
    await service.app.close();
  });

  it("asks for the bearer token on every route but /health when it has one", async () => {
    const service = await startService({ token: "s3cret" });
    assert.equal((await call(service.base, "GET", "/health")).status, 200);
    for (const headers of [{}, { authorization: "Bearer wrong" }, { authorization: "Basic s3cret" }] as Record<string, string>[]) {
      const refused = await call(service.base, "GET", "/baselines", { headers });
      assert.equal(refused.status, 401);
      assert.match(refused.json.message, /needs 'Authorization: Bearer <token>'/);
      assert.equal(refused.headers.get("www-authenticate"), 'Bearer realm="driftlens"');
    }
    assert.equal((await call(service.base, "GET", "/metrics", { headers: { authorization: "Bearer s3cret" } })).status, 200);
    await service.app.close();
  });
});
