import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import type { NumericalProfile } from "../../../kernel-helpers/baseline/baselineInfo";
import { parseIso8601 } from "../../../kernel-helpers/baseline/toTimestampColumn";
import type { Table } from "../../../kernel-helpers/data/table";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { assertClose } from "../../helpers/closeTo";
import { withPredictions } from "./baselineFixtures";

const small: Table = {
  rowCount: 6,
  source: "memory",
  columns: [
    { name: "x", type: "numerical", values: Float64Array.of(1, 2, 3, 4, NaN, Infinity) },
    { name: "zip", type: "numerical", values: Float64Array.of(75001, 75002, 75001, NaN, 75001, 75003) },
    { name: "city", type: "categorical", codes: Int32Array.of(0, 1, 1, -1, 2, 1), dictionary: ["Lyon", "Paris", "Nice"] },
    { name: "when", type: "text", values: ["2026-11-23T08:00:00Z", "2026-11-23 09:30", "2026-11-23", null, "2026-11-24T00:00:00+01:00", "2026-11-23T10:00:00.250Z"] },
  ],
};

describe("buildBaseline", () => {
  it("profiles a numerical column: counts, mean, sample std, min, max, numpy quantiles, histogram", () => {
    const baseline = buildBaseline(small, { name: "tiny", version: "v1" });
    const x = baseline.info.columns[0];
    assert.equal(x.type, "numerical");
    const profile = x.profile as NumericalProfile;
    assert.deepEqual([profile.count, profile.missing, profile.nonFinite, profile.min, profile.max, profile.mean], [4, 1, 1, 1, 4, 2.5]);
    assertClose(profile.std as number, Math.sqrt(5 / 3), 1e-15);
    // numpy.quantile([1, 2, 3, 4], [0.01, 0.25, 0.5, 0.99]) = [1.03, 1.75, 2.5, 3.97]
    const at = (p: number) => profile.quantiles.find((q) => q.p === p)?.value as number;
    assertClose(at(0.01), 1.03, 1e-12);
    assertClose(at(0.25), 1.75, 1e-12);
    assertClose(at(0.5), 2.5, 1e-12);
    assertClose(at(0.99), 3.97, 1e-12);
    assert.equal(profile.histogram.counts.reduce((sum, c) => sum + c, 0), 4);
    assert.equal(profile.histogram.edges[0], 1);
    assert.equal(profile.histogram.edges[profile.histogram.edges.length - 1], 4);
    assert.equal(profile.approximate, undefined);
  });

  it("profiles categorical columns with exact top counts, and applies categorical overrides", () => {
    const baseline = buildBaseline(small, { name: "tiny", version: "v1", categorical: ["zip"] });
    const [, zip, city] = baseline.info.columns;
    assert.equal(zip.type, "categorical");
    assert.equal(zip.convertedFrom, "numerical");
    assert.deepEqual(zip.type === "categorical" && zip.profile.top, [{ value: "75001", count: 3 }, { value: "75002", count: 1 }, { value: "75003", count: 1 }]);
    assert.deepEqual(city.profile, { count: 5, missing: 1, distinct: 3, top: [{ value: "Paris", count: 3 }, { value: "Lyon", count: 1 }, { value: "Nice", count: 1 }], otherCount: 0, categories: ["Lyon", "Nice", "Paris"] });
    assert.equal(baseline.sample?.columns[1].type, "categorical");
  });

  it("parses an ISO 8601 timestamp column into datetime, UTC when no zone is given", () => {
    const baseline = buildBaseline(small, { name: "tiny", version: "v1", timestamp: "when" });
    const when = baseline.info.columns[3];
    assert.equal(when.type, "datetime");
    assert.equal(when.role, "timestamp");
    assert.deepEqual(when.profile, { count: 5, missing: 1, min: "2026-11-23T00:00:00.000Z", max: "2026-11-23T23:00:00.000Z" });
    assert.equal(parseIso8601("2026-11-23 09:30"), Date.UTC(2026, 10, 23, 9, 30));
    assert.ok(Number.isNaN(parseIso8601("2026-02-30")));
  });

  it("names the rows of timestamps that do not parse", () => {
    const bad: Table = { rowCount: 3, source: "events.csv", columns: [{ name: "ts", type: "text", values: ["2026-11-23", "yesterday", "23/11/2026"] }] };
    assert.throws(() => buildBaseline(bad, { name: "m", version: "v1", timestamp: "ts" }), (error: Error) =>
      error instanceof DataError && error.message.includes("2 values of the timestamp column 'ts' in the reference (events.csv) do not parse") && error.message.includes("row 2 'yesterday', row 3 '23/11/2026'"));
  });

  it("records roles, and refuses a role on a missing column or two roles on one column", () => {
    const table = withPredictions(creditSample({ rows: 500, seed: 1 }), 0.2, 2);
    const baseline = buildBaseline(table, { name: "credit", version: "v1", target: "has_default", prediction: "decision", predictionProba: "score" });
    assert.deepEqual(baseline.info.roles, { target: "has_default", prediction: "decision", predictionProba: ["score"] });
    assert.deepEqual(baseline.info.columns.filter((c) => c.role !== "feature").map((c) => `${c.name}:${c.role}`), ["has_default:target", "decision:prediction", "score:predictionProba"]);
    assert.throws(() => buildBaseline(table, { name: "credit", version: "v1", target: "defaulted" }), (error: Error) => error instanceof DataError && /the target column 'defaulted' is not in the reference/.test(error.message));
    assert.throws(() => buildBaseline(table, { name: "credit", version: "v1", target: "decision", prediction: "decision" }), (error: Error) => error instanceof UsageError && /two roles, target and prediction/.test(error.message));
  });

  it("refuses names and versions that cannot be folder names", () => {
    const table = creditSample({ rows: 10, seed: 1 });
    for (const name of ["../up", "a/b", "", ".hidden", "x".repeat(101)]) {
      assert.throws(() => buildBaseline(table, { name, version: "v1" }), (error: Error) => error instanceof UsageError && /cannot be a folder name/.test(error.message), name);
    }
    assert.throws(() => buildBaseline(table, { name: "ok", version: "v 1" }), /baseline version "v 1" cannot be a folder name/);
  });

  it("keeps every row under the cap, and beyond it a seeded uniform sample plus sketches flagged approximate", () => {
    const table = creditSample({ rows: 20_000, seed: 3 });
    const exact = buildBaseline(table, { name: "credit", version: "v1" });
    assert.equal(exact.sample?.rowCount, 20_000);
    exact.sample?.columns.forEach((column, i) => assert.equal(column, table.columns[i], "the sample shares the table's columns"));
    assert.deepEqual(exact.info.sample, { file: "reference.parquet", rows: 20_000, complete: true, cap: 1_000_000, selection: "all", seed: 0 });
    assert.ok(exact.info.columns.every((column) => !("sketch" in column)));

    const capped = buildBaseline(table, { name: "credit", version: "v1", sampleCap: 5_000, seed: 4 });
    assert.equal(capped.sample?.rowCount, 5_000);
    assert.deepEqual(capped.info.sample, { file: "reference.parquet", rows: 5_000, complete: false, cap: 5_000, selection: "uniform", seed: 4 });
    assert.ok(capped.info.columns.every((column) => "sketch" in column));
    const age = capped.info.columns[0].profile as NumericalProfile;
    const exactAge = exact.info.columns[0].profile as NumericalProfile;
    assert.equal(age.count, 20_000);
    assert.equal(age.mean, exactAge.mean);
    assert.deepEqual(age.histogram, exactAge.histogram);
    assert.ok(age.approximate && age.approximate.rankError > 0);
    const again = buildBaseline(table, { name: "credit", version: "v1", sampleCap: 5_000, seed: 4 });
    assert.deepEqual(again.sample?.columns[1], capped.sample?.columns[1]);
    assert.deepEqual(again.info.columns, capped.info.columns);
  });

  it("refuses a reference without columns, and builds one without rows", () => {
    assert.throws(() => buildBaseline({ rowCount: 0, columns: [], source: "empty.csv" }, { name: "m", version: "v1" }), /the reference \(empty\.csv\) has no columns/);
    const none = buildBaseline(creditSample({ rows: 0, seed: 1 }), { name: "m", version: "v1" });
    assert.equal(none.info.rows, 0);
    assert.equal(none.info.columns[5].profile.count, 0);
  });

  it("answers empty and constant columns without throwing", () => {
    const table: Table = {
      rowCount: 3,
      source: "memory",
      columns: [
        { name: "empty", type: "numerical", values: Float64Array.of(NaN, NaN, NaN) },
        { name: "constant", type: "numerical", values: Float64Array.of(7, 7, 7) },
      ],
    };
    const [empty, constant] = buildBaseline(table, { name: "m", version: "v1" }).info.columns;
    assert.deepEqual(empty.profile, { count: 0, missing: 3, nonFinite: 0, mean: null, std: null, min: null, max: null, quantiles: [], histogram: { edges: [], counts: [] } });
    const profile = constant.profile as NumericalProfile;
    assert.equal(profile.std, 0);
    assert.equal(profile.histogram.edges[0], 6.5);
    assert.equal(profile.histogram.counts[10], 3, "numpy puts a constant column in the middle bin");
  });

  it("profiles magnitudes near the top of the double range without overflowing", () => {
    const table: Table = { rowCount: 4, source: "memory", columns: [{ name: "huge", type: "numerical", values: Float64Array.of(1e308, -1e308, 1.5e308, 1.5e308) }] };
    const profile = buildBaseline(table, { name: "m", version: "v1" }).info.columns[0].profile as NumericalProfile;
    assertClose(profile.mean as number, 0.75e308, 1e-12);
    assertClose(profile.std as number, Math.sqrt((0.25 ** 2 + 1.75 ** 2 + 0.75 ** 2 + 0.75 ** 2) / 3) * 1e308, 1e-12);
    assert.ok(profile.histogram.edges.every(Number.isFinite), "finite edges");
    assert.deepEqual([profile.histogram.edges[0], profile.histogram.edges[20]], [-1e308, 1.5e308]);
    assert.deepEqual([profile.histogram.counts[0], profile.histogram.counts[16], profile.histogram.counts[19]], [1, 1, 2]);
  });
});
