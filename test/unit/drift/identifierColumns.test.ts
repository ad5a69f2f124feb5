import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { loadBaseline } from "../../../kernel-helpers/baseline/loadBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import type { Column, Table } from "../../../kernel-helpers/data/table";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { identifierReason } from "../../../kernel-helpers/drift/identifierReason";
import { UsageError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { runCli } from "../../helpers/runCli";

const numerical = (name: string, values: readonly number[]): Column => ({ name, type: "numerical", values: Float64Array.from(values) });
const categorical = (name: string, values: readonly string[]): Column => {
  const dictionary = [...new Set(values)];
  return { name, type: "categorical", dictionary, codes: Int32Array.from(values, (value) => dictionary.indexOf(value)) };
};
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Transactions: an id per row, an amount (continuous), a merchant (5 categories), an hour; `shift` moves the amounts. */
function transactions(rows: number, seed: number, firstId: number, shift = 0): Table {
  const random = createRandom(seed);
  return tableFromColumns({
    transaction_id: range(rows, (i) => `TX${String(firstId + i).padStart(8, "0")}`),
    amount: range(rows, () => Math.exp(3 + shift + random.normal())),
    merchant: range(rows, () => ["grocery", "fuel", "travel", "food", "tech"][random.int(5)]),
    hour: range(rows, () => random.int(24)),
  }, { source: `transactions-${seed}` });
}

/** The table as CSV text (categories by label, numbers as JavaScript prints them). */
function csv(table: Table): string {
  const columns = table.columns;
  const cell = (column: Column, row: number) => (column.type === "categorical" ? column.dictionary[column.codes[row]] : String((column as { values: Float64Array }).values[row]));
  return [columns.map((column) => column.name).join(","), ...range(table.rowCount, (row) => columns.map((column) => cell(column, row)).join(","))].join("\n");
}

describe("identifierReason tells identifiers from features", () => {
  it("flags a string column whose values are all distinct, and one nearly all distinct", () => {
    assert.match(identifierReason(categorical("code", range(50, (i) => `c${i}`))) ?? "", /every value is distinct \(50 distinct values in 50 rows\)/);
    assert.match(identifierReason(categorical("code", range(100, (i) => `c${Math.min(i, 96)}`))) ?? "", /nearly every value is distinct \(97 distinct values in 100 rows\)/);
  });
  it("flags columns named id or *_id whose values are strings or integers, repeats or not", () => {
    assert.match(identifierReason(categorical("customer_ID", ["a", "b", "a", "c"])) ?? "", /named 'customer_ID', with 3 distinct values in 4 rows/);
    assert.match(identifierReason(numerical("id", [7, 7, 9])) ?? "", /named 'id', with 2 distinct integers in 3 rows/);
  });
  it("flags a serial number: distinct integers packed in a range", () => {
    assert.match(identifierReason(numerical("row", range(200, (i) => 1000 + ((i * 37) % 200)))) ?? "", /serial number/);
  });
  it("never flags a continuous measurement, whatever its name or distinctness", () => {
    const random = createRandom(3);
    assert.equal(identifierReason(numerical("sensor_id", range(500, () => random.normal()))), undefined);
    assert.equal(identifierReason(numerical("amount", range(500, (i) => i + 0.5))), undefined);
    assert.equal(identifierReason(numerical("id", [1, 2, 2.5])), undefined, "one fractional value makes it a measurement");
  });
  it("does not flag integers spread over a wide range (an income in whole dollars), few values, or repeated categories", () => {
    const random = createRandom(4);
    assert.equal(identifierReason(numerical("income", range(300, (i) => 20_000 + i * 613 + random.int(500)))), undefined);
    assert.equal(identifierReason(categorical("name", range(19, (i) => `n${i}`))), undefined, "19 values prove nothing");
    assert.equal(identifierReason(categorical("region", range(500, (i) => ["n", "s", "e", "w"][i % 4]))), undefined);
    assert.equal(identifierReason(numerical("stars", range(500, (i) => i % 5))), undefined);
  });
  it("answers empty and missing-only columns, text and datetimes with undefined", () => {
    assert.equal(identifierReason(numerical("x", [])), undefined);
    assert.equal(identifierReason(numerical("x", [NaN, NaN])), undefined);
    assert.equal(identifierReason({ name: "note_id", type: "text", values: ["a", "b"] }), undefined);
    assert.equal(identifierReason({ name: "when", type: "datetime", values: Float64Array.of(1, 2) }), undefined);
  });
});

describe("comparisons leave identifier-like columns out of the drift score", () => {
  const reference = transactions(400, 1, 0);
  const current = transactions(400, 2, 400);

  it("lists transaction_id as not tested with its reason and the identifier role; the score counts the other columns", () => {
    const report = compareTables(reference, current);
    assert.deepEqual(report.columns.map((column) => column.column), ["amount", "merchant", "hour"]);
    assert.equal(report.dataset.columns, 3);
    const skipped = report.skipped.find((skip) => skip.column === "transaction_id");
    assert.equal(skipped?.role, "identifier");
    assert.match(skipped?.reason ?? "", /looks like an identifier: named 'transaction_id', with 400 distinct values in 400 rows\. .*--include-column transaction_id/);
    assert.equal(report.settings.includeColumns, undefined);
  });
  it("tests it with includeColumns, and says so in the settings", () => {
    const report = compareTables(reference, current, { includeColumns: ["transaction_id"] });
    const id = report.columns.find((column) => column.column === "transaction_id");
    assert.ok(id?.drifted, "new ids: the identifier drifts, which is why it is left out by default");
    assert.equal(report.dataset.columns, 4);
    assert.deepEqual(report.settings.includeColumns, ["transaction_id"]);
    assert.equal(report.skipped.length, 0);
  });
  it("refuses to include a column the data does not have", () => {
    assert.throws(() => compareTables(reference, current, { includeColumns: ["order_id"] }), (error: unknown) => error instanceof UsageError && /'order_id'.*'transaction_id', 'amount'/.test(error.message));
  });
});

describe("baselines give identifier-like columns the identifier role; checks leave them out unless included", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "driftlens-identifier-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("builds, saves and loads a baseline with the identifier role and its reason", async () => {
    const built = buildBaseline(transactions(400, 1, 0), { name: "fraud", version: "v1" });
    const id = built.info.columns.find((column) => column.name === "transaction_id");
    assert.equal(id?.role, "identifier");
    assert.match(id?.identifier ?? "", /named 'transaction_id'/);
    assert.deepEqual(built.info.columns.filter((column) => column.role === "feature").map((column) => column.name), ["amount", "merchant", "hour"]);
    const loaded = await loadBaseline(await saveBaseline(built, dir));
    assert.equal(loaded.info.columns.find((column) => column.name === "transaction_id")?.role, "identifier");
  });
  it("keeps a column as a feature with includeColumns at build time, and a role given by the user always wins", () => {
    const kept = buildBaseline(transactions(100, 1, 0), { name: "fraud", version: "v2", includeColumns: ["transaction_id"] });
    assert.equal(kept.info.columns.find((column) => column.name === "transaction_id")?.role, "feature");
    const text = buildBaseline(transactions(100, 1, 0), { name: "fraud", version: "v3", text: ["transaction_id"] });
    assert.equal(text.info.columns.find((column) => column.name === "transaction_id")?.role, "text");
  });
  it("checks without the identifier (listed with its reason), or with it when included", async () => {
    const baseline = buildBaseline(transactions(400, 1, 0), { name: "fraud", version: "v1" });
    const current = transactions(400, 2, 400, 1);
    const report = await checkDrift(baseline, current, { configFile: false, env: {} });
    assert.deepEqual(report.columns.map((column) => column.column), ["amount", "merchant", "hour"]);
    assert.ok(report.columns[0].drifted && report.columns[0].severity === "high");
    assert.equal(report.skipped.find((skip) => skip.column === "transaction_id")?.role, "identifier");
    assert.equal(report.settings.includeColumns, undefined);
    const included = await checkDrift(baseline, current, { configFile: false, env: {}, includeColumns: ["transaction_id"] });
    assert.ok(included.columns.some((column) => column.column === "transaction_id"));
    assert.deepEqual(included.settings.includeColumns, ["transaction_id"]);
    assert.equal(included.dataset.columns, 4);
  });

  it("checks a file beyond the sample cap against a baseline beyond it: counts where the file lives against the baseline's sample, identifiers left out", async () => {
    // Both sides beyond the cap: the baseline loads without its sample (checks of rows use its
    // sketches), the current file is summarised by DuckDB, and its counts are tested against the
    // baseline's uniform sample, read from the baseline's folder.
    const baseline = await loadBaseline(await saveBaseline(buildBaseline(transactions(3000, 1, 0), { name: "fraud", version: "v4", sampleCap: 1000 }), dir));
    assert.equal(baseline.sample, null);
    const current = transactions(3000, 2, 3000, 1);
    const path = join(dir, "current-beyond-cap.csv");
    writeFileSync(path, csv(current));
    const report = await checkDrift(baseline, path, { configFile: false, env: {}, sampleCap: 1000 });
    assert.deepEqual(report.columns.map((column) => column.column), ["amount", "merchant", "hour"]);
    assert.ok(report.columns[0].drifted, "the amount shift is found");
    assert.match(report.warnings.join("\n"), /the baseline's uniform sample of 1,000 of its 3,000 rows/);
    const skippedId = report.skipped.find((skip) => skip.column === "transaction_id");
    assert.equal(skippedId?.role, "identifier");
    assert.match(skippedId?.reason ?? "", /looks like an identifier/);
    const included = await checkDrift(baseline, path, { configFile: false, env: {}, sampleCap: 1000, includeColumns: ["transaction_id"] });
    assert.ok(included.columns.some((column) => column.column === "transaction_id"));
    assert.equal(included.dataset.columns, 4, "an included identifier counts as a feature");
    await assert.rejects(checkDrift(baseline, path, { configFile: false, env: {}, sampleCap: 1000, includeColumns: ["order_id"] }), (error: unknown) => error instanceof UsageError && /'order_id'/.test(error.message));
  });
});

describe("driftlens compare --include-column", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "driftlens-include-"));
    writeFileSync(join(dir, "reference.csv"), csv(transactions(300, 1, 0)));
    writeFileSync(join(dir, "current.csv"), csv(transactions(300, 2, 300)));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("says why the identifier is not tested, and tests it when asked", () => {
    const plain = runCli(["compare", join(dir, "reference.csv"), join(dir, "current.csv")]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /Not tested: transaction_id — looks like an identifier/);
    assert.match(plain.stdout, /\d\/3 columns drifted/, "three columns tested, the identifier not among them");
    const included = runCli(["compare", join(dir, "reference.csv"), join(dir, "current.csv"), "--include-column", "transaction_id"]);
    assert.match(included.stdout, /transaction_id\s+categorical/);
    const wrong = runCli(["compare", join(dir, "reference.csv"), join(dir, "current.csv"), "--include-column", "order_id"]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--include-column names a column the data does not have: 'order_id'/);
  });
});
