import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { writerToken } from "../../../kernel-helpers/fs/writerToken";
import { cleanStaging } from "../../../kernel-helpers/logger/cleanStaging";
import { createInferenceLogger } from "../../../kernel-helpers/logger/createInferenceLogger";
import { readInferenceLogs } from "../../../kernel-helpers/logger/readInferenceLogs";
import { tempDir } from "../baseline/baselineFixtures";
import { creditRecords } from "./logFixtures";
import { repoPath } from "../../helpers/paths";

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12, 30);

describe("reading a log folder's analysis window", () => {
  it("opens only the partitions that overlap the window and keeps the rows inside it", async () => {
    const dir = tempDir("driftlens-logs-");
    const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
    // 300 rows at 06:30 the day before; 300 rows at 06:10 and 06:50 (the window of 6 h starts at 06:30); 300 rows at 11:30.
    const times = [(): number => NOW - 30 * HOUR, (i: number) => NOW - 6 * HOUR + (i % 2 === 0 ? -20 : 20) * 60_000, () => NOW - HOUR];
    times.forEach((time, k) => creditRecords({ rows: 300, seed: 10 + k, time }).forEach((record) => logger.log(record)));
    await logger.close();
    const logs = await readInferenceLogs(dir, { hours: 6, now: NOW });
    assert.equal(logs.files, 2, "the partition of 30 h ago is not opened");
    assert.equal(logs.rowsKept, 450);
    assert.equal(logs.rowsLeftOut, 150);
    assert.equal(logs.table.rowCount, 450);
    assert.equal(logs.from, new Date(NOW - 6 * HOUR).toISOString());
    assert.equal(logs.to, new Date(NOW).toISOString());
    assert.equal(logs.table.source, dir);
    assert.ok(!logs.table.columns.some((column) => column.name === "request_id"), "the request id is not a column to test");
    const kept = logs.table.columns.find((column) => column.name === "timestamp");
    assert.ok(kept?.type === "datetime" && Array.from(kept.values).every((t) => t >= NOW - 6 * HOUR));
  });

  it("joins labels that arrived after their prediction was written, by request id", async () => {
    const dir = tempDir("driftlens-logs-");
    const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
    const records = creditRecords({ rows: 200, seed: 3, time: () => NOW - HOUR, idPrefix: "req" });
    records.forEach((record, i) => logger.log(i < 20 ? { ...record, label: "early" } : record));
    await logger.flush();
    for (let i = 0; i < 100; i += 2) assert.ok(logger.label(`req-${i}`, `late-${i % 4}`, NOW - HOUR / 2));
    assert.ok(logger.label("req-2", "corrected", NOW - HOUR / 4), "the latest label of an id wins");
    assert.ok(logger.label("unknown-request", "x", NOW - HOUR / 2));
    await logger.close();
    assert.ok(readdirSync(join(dir, "_labels"), { recursive: true }).some((file) => String(file).endsWith(".parquet")));

    const logs = await readInferenceLogs(dir, { hours: 24, now: NOW });
    assert.equal(logs.table.rowCount, 200, "a label without its prediction adds no row");
    assert.equal(logs.labelsJoined, 40, "even ids 20..98 got their label from _labels; 0..18 had one already");
    const label = logs.table.columns.find((column) => column.name === "label");
    assert.ok(label?.type === "categorical");
    const counts = new Map<string, number>();
    for (const code of label.codes) if (code >= 0) counts.set(label.dictionary[code], (counts.get(label.dictionary[code]) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counts), { early: 20, "late-0": 20, "late-2": 20 });
  });

  it("says what is wrong when there is nothing to read", async () => {
    const dir = tempDir("driftlens-logs-");
    await assert.rejects(readInferenceLogs(join(dir, "missing"), { hours: 24 }), (error: Error) => error instanceof DataError && /log folder '.*missing' does not exist/.test(error.message));
    const logger = createInferenceLogger({ dir, flushIntervalMs: 3_600_000 });
    for (const record of creditRecords({ rows: 10, seed: 1, time: () => NOW - 48 * HOUR })) logger.log(record);
    await logger.close();
    await assert.rejects(
      readInferenceLogs(dir, { hours: 24, now: NOW }),
      (error: Error) => error instanceof DataError && /no inference records in '.*' from the last 24 h \(since 2026-11-22T12:30:00.000Z\)\. The newest partition is year=2026\/month=11\/day=21\/hour=12\./.test(error.message),
    );
  });

  it("cleans what a killed writer left in _staging, and only that", async () => {
    const dir = tempDir("driftlens-logs-");
    mkdirSync(join(dir, "_staging"));
    const dead = spawnSync(process.execPath, ["-e", `process.stdout.write(require(${JSON.stringify(repoPath("dist/kernel-helpers/fs/writerToken.js"))}).writerToken())`], { encoding: "utf8" }).stdout;
    const deadFile = join(dir, "_staging", `.batch.${dead}.0a0b0c0d.parquet.tmp`);
    const liveFile = join(dir, "_staging", `.batch.${writerToken()}.0a0b0c0d.jsonl`);
    const olderRelease = join(dir, "_staging", `.${process.pid}-0a0b0c0d0e0f.jsonl`);
    writeFileSync(deadFile, "half a parquet file");
    writeFileSync(liveFile, "{}\n");
    writeFileSync(olderRelease, "{}\n");
    assert.deepEqual(await cleanStaging(dir), [deadFile]);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(olderRelease, anHourAgo, anHourAgo);
    assert.deepEqual(await cleanStaging(dir), [olderRelease], "a file without a writer token is removed once it is old");
    assert.deepEqual(readdirSync(join(dir, "_staging")), [basename(liveFile)]);
  });
});
