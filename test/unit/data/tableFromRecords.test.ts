import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromRecords } from "../../../kernel-helpers/data/tableFromRecords";
import { DataError } from "../../../kernel-helpers/errors";
import { columnTypes, columnValues } from "./tableValues";

describe("tableFromRecords", () => {
  it("takes every key seen, in first-seen order, a key a row lacks being missing there", () => {
    const table = tableFromRecords([{ age: 31, plan: "pro" }, { age: 47, churned: true }, { plan: "free" }]);
    assert.equal(table.rowCount, 3);
    assert.equal(table.source, "memory");
    assert.deepEqual(columnTypes(table), { age: "numerical", plan: "categorical", churned: "categorical" });
    assert.deepEqual(columnValues(table, "age"), [31, 47, null]);
    assert.deepEqual(columnValues(table, "plan"), ["pro", null, "free"]);
    assert.deepEqual(columnValues(table, "churned"), [null, "True", null]);
    assert.deepEqual(table.warnings, []);
  });

  it("honours columns, types and source", () => {
    const table = tableFromRecords([{ a: 1, b: 2, c: "x" }], { columns: ["c", "a"], types: { a: "categorical" }, source: "api rows" });
    assert.deepEqual(columnTypes(table), { a: "categorical", c: "categorical" });
    assert.equal(table.source, "api rows");
  });

  it("throws a DataError naming a row that is not an object", () => {
    assert.throws(() => tableFromRecords([{ a: 1 }, "oops" as never]), (error: unknown) => error instanceof DataError && /row 1 is a string \("oops"\), not an object/.test(error.message));
  });

  it("answers no rows with an empty table", () => {
    assert.deepEqual(tableFromRecords([]), { rowCount: 0, columns: [], source: "memory", warnings: [] });
  });

  it("warns about an identifier-like column", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `u${i}`, v: i % 2 }));
    const table = tableFromRecords(rows, { maxCategories: 20 });
    assert.match(table.warnings?.[0] ?? "", /column 'id' in the in-memory data has 30 distinct values, one per row: it looks like an identifier/);
  });
});
