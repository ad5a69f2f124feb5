import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { DataError } from "../../../kernel-helpers/errors";
import { columnTypes, columnValues } from "./tableValues";

describe("tableFromColumns", () => {
  it("builds a table from arrays and typed arrays, each typed by its values", () => {
    const table = tableFromColumns({ age: new Float64Array([31, NaN]), plan: ["pro", "free"], seen: [new Date(0), null] });
    assert.equal(table.rowCount, 2);
    assert.deepEqual(columnTypes(table), { age: "numerical", plan: "categorical", seen: "datetime" });
    assert.deepEqual(columnValues(table, "age"), [31, null]);
    assert.deepEqual(columnValues(table, "seen"), ["1970-01-01T00:00:00.000Z", null]);
  });

  it("throws a DataError naming a column whose length differs", () => {
    assert.throws(
      () => tableFromColumns({ a: [1, 2, 3], b: [1, 2] }),
      (error: unknown) => error instanceof DataError && error.message === "column 'b' has 2 values but 'a' has 3. Every column of a table needs the same number of values.",
    );
  });

  it("names a column given in options.columns that is not there", () => {
    assert.throws(() => tableFromColumns({ a: [1] }, { columns: ["b"] }), (error: unknown) => error instanceof DataError && /column 'b' given in --columns .* is not in the in-memory data\. Its columns are: 'a'\./.test(error.message));
  });
});
