import assert from "node:assert/strict";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { readTable } from "../../../kernel-helpers/data/readTable";
import { DataError } from "../../../kernel-helpers/errors";
import { createInferenceLogger } from "../../../kernel-helpers/logger/createInferenceLogger";
import type { LogLoss } from "../../../kernel-helpers/logger/createInferenceLogger";
import { hourPartition, partitionHourStart } from "../../../kernel-helpers/logger/hourPartition";
import { DEFAULT_LOG_COLUMNS } from "../../../kernel-helpers/logger/inferenceRecord";
import { logRow } from "../../../kernel-helpers/logger/logRow";
import type { LogSchema } from "../../../kernel-helpers/logger/logRow";
import { tempDir } from "../baseline/baselineFixtures";
import { countLogRows, creditRecords } from "./logFixtures";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 23, 8, 15);

/** Data files under a log folder, relative, without the hidden and `_` folders. */
function partitionFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith(".parquet") && !file.startsWith("_")).sort();
}

describe("inference logger", () => {
  it("writes each record once into the hour partition of its time, and DuckDB reads every value back", async () => {
    const dir = tempDir("driftlens-logger-");
    const logger = createInferenceLogger({ dir, flushRecords: 1_000_000, flushIntervalMs: 3_600_000 });
    const records = creditRecords({ rows: 1500, seed: 4, time: (i) => T0 + (i % 3) * HOUR, idPrefix: "r" });
    for (const record of records) assert.equal(logger.log(record), record.requestId);
    assert.equal(partitionFiles(dir).length, 0, "nothing is written before a flush");
    await logger.close();

    const counted = await countLogRows(dir);
    assert.equal(counted.rows, 1500);
    assert.equal(counted.ids, 1500);
    assert.deepEqual([...counted.partitions], [0, 1, 2].map((h) => [hourPartition(T0 + h * HOUR), 500]));
    const table = await readTable(dir);
    const ids = table.columns.find((column) => column.name === "request_id");
    const age = table.columns.find((column) => column.name === "age");
    const times = table.columns.find((column) => column.name === "timestamp");
    assert.ok(ids?.type === "categorical" && age?.type === "numerical" && times?.type === "datetime");
    const byId = new Map(records.map((record) => [record.requestId, record]));
    for (let i = 0; i < table.rowCount; i++) {
      const record = byId.get(ids.dictionary[ids.codes[i]]);
      assert.ok(record, "every row is one of the records");
      assert.equal(age.values[i], record.inputs.age);
      assert.equal(times.values[i], record.timestamp);
    }
    assert.deepEqual(logger.stats(), { logged: 1500, labels: 0, written: 1500, files: 3, dropped: 0, lost: 0, buffered: 0 });
  });

  it("flushes on size and on time without being asked", async () => {
    const dir = tempDir("driftlens-logger-");
    const bySize = createInferenceLogger({ dir: join(dir, "size"), flushRecords: 100, flushIntervalMs: 3_600_000 });
    for (const record of creditRecords({ rows: 250, seed: 5, time: () => T0 })) bySize.log(record);
    const byTime = createInferenceLogger({ dir: join(dir, "time"), flushRecords: 1_000_000, flushIntervalMs: 50 });
    for (const record of creditRecords({ rows: 10, seed: 6, time: () => T0 })) byTime.log(record);
    for (let waited = 0; (bySize.stats().written < 100 || byTime.stats().written < 10) && waited < 10_000; waited += 20) await sleep(20);
    assert.ok(bySize.stats().written >= 100, `size flush wrote ${bySize.stats().written} records`);
    assert.equal(byTime.stats().written, 10, "the timer wrote the 10 records");
    assert.equal((await countLogRows(join(dir, "time"))).rows, 10);
    await bySize.close();
    await byTime.close();
    assert.equal((await countLogRows(join(dir, "size"))).rows, 250);
  });

  it("never throws: bad records, a full buffer and failed writes are counted and reported", async () => {
    const dir = tempDir("driftlens-logger-");
    const losses: LogLoss[] = [];
    const logger = createInferenceLogger({ dir, flushRecords: 1_000_000, flushIntervalMs: 3_600_000, maxBufferedRecords: 3, onLoss: (loss) => losses.push(loss) });
    const bad: unknown[] = [null, 42, { inputs: "age=41" }, { inputs: {}, timestamp: "yesterday" }, { inputs: {}, requestId: "" }, { inputs: {}, probabilities: { yes: "high" } }];
    for (const record of bad) assert.equal(logger.log(record as never), undefined);
    assert.equal(logger.stats().dropped, bad.length);
    assert.match(losses[2].reason, /'inputs' must be an object/);
    assert.match(losses[3].reason, /"yesterday" is not a time/);
    for (let i = 0; i < 3; i++) assert.ok(logger.log({ inputs: { i } }));
    assert.equal(logger.log({ inputs: { i: 3 } }), undefined, "the fourth record exceeds maxBufferedRecords");
    assert.match(losses[losses.length - 1].reason, /buffer already holds 3 records/);
    assert.equal(logger.label("some-id", 1, "not a time"), false);

    const file = join(dir, "not-a-folder");
    writeFileSync(file, "x");
    const broken = createInferenceLogger({ dir: file, flushRecords: 1_000_000, flushIntervalMs: 3_600_000, onLoss: (loss) => losses.push(loss) });
    broken.log({ inputs: { age: 41 } });
    await broken.flush();
    assert.equal(broken.stats().lost, 1);
    assert.equal(losses[losses.length - 1].kind, "lost");
    assert.match(losses[losses.length - 1].reason, /1 record could not be written to .*not-a-folder and are lost/);
    await broken.close();
    assert.equal(broken.log({ inputs: { age: 41 } }), undefined, "a closed logger drops");
    await logger.close();
    assert.equal((await countLogRows(dir)).rows, 3);
  });

  it("turns records into rows: its own columns, inputs, probabilities, missing values left out, each column's type noted", () => {
    const columns = { ...DEFAULT_LOG_COLUMNS, prediction: "decision", label: "has_default" };
    const schema: LogSchema = new Map();
    const partitions: string[] = [];
    const typesOf = (partition: string) => (partitions.push(partition), schema);
    const types = { get: (name: string) => schema.get(name.toLowerCase())?.type };
    const row = logRow(
      { requestId: "r1", timestamp: "2026-11-23T08:15:00Z", inputs: { age: 41, region: "north", when: new Date(T0), tags: ["a"], flag: true, gone: null, inf: Infinity }, prediction: "approve", probabilities: { proba_reject: 0.2 }, label: "0" },
      columns,
      0,
      typesOf,
    );
    assert.equal(row.partition, "year=2026/month=11/day=23/hour=8");
    assert.deepEqual(partitions, [row.partition]);
    assert.deepEqual(JSON.parse(row.line), { request_id: "r1", timestamp: "2026-11-23T08:15:00.000Z", age: 41, region: "north", when: new Date(T0).toISOString(), tags: '["a"]', flag: true, decision: "approve", proba_reject: 0.2, has_default: "0" });
    assert.deepEqual([...schema.values()].map(({ name, type }) => [name, type]), [["request_id", "VARCHAR"], ["timestamp", "TIMESTAMP"], ["age", "DOUBLE"], ["region", "VARCHAR"], ["when", "TIMESTAMP"], ["tags", "VARCHAR"], ["flag", "BOOLEAN"], ["decision", "VARCHAR"], ["proba_reject", "DOUBLE"], ["has_default", "VARCHAR"]]);
    logRow({ inputs: { age: "unknown", flag: false } }, columns, T0, typesOf);
    assert.equal(types.get("age"), "VARCHAR", "a column that held numbers and text is text");
    assert.equal(types.get("flag"), "BOOLEAN");
    const variant = JSON.parse(logRow({ requestId: "r3", inputs: { AGE: 7, Request_ID: "spoof", TIMESTAMP: 5 } }, columns, T0, typesOf).line);
    assert.deepEqual(variant, { request_id: "r3", timestamp: new Date(T0).toISOString(), age: 7 }, "a name differing only by case is written under the first spelling; the logger's own columns win");
    assert.deepEqual([types.get("request_id"), types.get("timestamp")], ["VARCHAR", "TIMESTAMP"]);
    assert.deepEqual(JSON.parse(logRow({ inputs: {}, probabilities: 0.7 }, DEFAULT_LOG_COLUMNS, T0, () => new Map()).line).probability, 0.7);
    assert.throws(() => logRow({ inputs: {}, timestamp: NaN }, DEFAULT_LOG_COLUMNS, T0, typesOf), (error: Error) => error instanceof DataError && /is not a time/.test(error.message));
    const untouched: LogSchema = new Map();
    assert.throws(() => logRow({ inputs: { age: 1 }, probabilities: { yes: "high" as unknown as number } }, DEFAULT_LOG_COLUMNS, T0, () => untouched), /probability 'yes' must be a number/);
    assert.equal(untouched.size, 0, "a refused record notes no type");
  });

  it("names hour partitions and reads them back, refusing what is not an hour", () => {
    assert.equal(hourPartition(Date.UTC(2026, 0, 5, 3, 59)), "year=2026/month=1/day=5/hour=3");
    assert.equal(partitionHourStart("logs/year=2026/month=01/day=05/hour=03"), Date.UTC(2026, 0, 5, 3));
    assert.equal(partitionHourStart("year=2026/month=1/day=5/hour=3"), Date.UTC(2026, 0, 5, 3));
    assert.equal(partitionHourStart("year=2026/month=02/day=30/hour=03"), undefined);
    assert.equal(partitionHourStart("year=2026/month=02/day=3"), undefined);
  });

  it("keeps text as text across batches whatever DuckDB would guess, and names as DuckDB matches them (ignoring case)", async () => {
    const dir = tempDir("driftlens-logger-");
    const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
    for (let i = 0; i < 20; i++) logger.log({ timestamp: T0, inputs: { code: "2026-11-23", ref: "0c6f0a3e-8a3b-4a8e-9d7e-1b2c3d4e5f60" } });
    await logger.flush();
    for (let i = 0; i < 20; i++) logger.log({ requestId: `plain-${i}`, timestamp: T0, inputs: { code: "pending", ref: "none" } });
    logger.log({ requestId: "shouting", timestamp: T0, inputs: { CODE: "pending", Ref: "none" } });
    await logger.close();
    assert.deepEqual([logger.stats().written, logger.stats().lost], [41, 0], "names differing only by case do not break a batch");
    const table = await readTable(dir);
    assert.equal(table.rowCount, 41);
    const code = table.columns.find((column) => column.name === "code");
    assert.ok(code?.type === "categorical");
    assert.deepEqual([...code.dictionary], ["2026-11-23", "pending"]);
    assert.equal(table.columns.filter((column) => column.name.toLowerCase() === "code").length, 1);
    assert.equal(table.columns.find((column) => column.name === "timestamp")?.type, "datetime");
  });

  it("leaves partitions complete: batches are staged in _staging and renamed in", async () => {
    const dir = tempDir("driftlens-logger-");
    const logger = createInferenceLogger({ dir, flushRecords: 1_000_000, flushIntervalMs: 3_600_000 });
    for (const record of creditRecords({ rows: 50, seed: 7, time: () => T0 })) logger.log(record);
    await logger.close();
    assert.ok(existsSync(join(dir, "_staging")));
    assert.deepEqual(readdirSync(join(dir, "_staging")), [], "nothing is left in _staging after a write");
    assert.match(partitionFiles(dir)[0], /^year=2026\/month=11\/day=23\/hour=8\/part-\d{8}T\d{9}Z-\d+-[0-9a-f]{12}\.parquet$/);
  });
});
