import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromDanfo } from "../../../kernel-helpers/data/tableFromDanfo";
import { DataError } from "../../../kernel-helpers/errors";
import { columnTypes, columnValues } from "./tableValues";

describe("tableFromDanfo", () => {
  it("reads a DataFrame's public columns and values (rows)", () => {
    const table = tableFromDanfo({ columns: ["age", "plan"], values: [[31, "pro"], [47, null]] });
    assert.deepEqual(columnTypes(table), { age: "numerical", plan: "categorical" });
    assert.deepEqual(columnValues(table, "plan"), ["pro", null]);
  });

  it("reads a DataFrame's $columns and $data fields", () => {
    const table = tableFromDanfo({ $columns: ["x"], $data: [[1.5], [NaN]] });
    assert.deepEqual(columnValues(table, "x"), [1.5, null]);
  });

  it("throws a DataError for an object of another shape, and for a row of the wrong length", () => {
    assert.throws(() => tableFromDanfo({ columns: ["a"] }), (error: unknown) => error instanceof DataError && /neither 'columns' \+ 'values'/.test(error.message));
    assert.throws(() => tableFromDanfo({ columns: ["a", "b"], values: [[1, 2], [3]] }), (error: unknown) => error instanceof DataError && /row 1 of the DataFrame has 1 value but it has 2 columns/.test(error.message));
  });
});
