import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Bool, Decimal, Dictionary, Float64, Int32, Int64, Table as ArrowTable, TimestampMicrosecond, Utf8, makeData, makeVector, vectorFromArray } from "apache-arrow";
import { tableFromArrow } from "../../../kernel-helpers/data/tableFromArrow";
import { columnTypes, columnValues } from "./tableValues";

describe("tableFromArrow", () => {
  it("types Arrow columns by their Arrow type, nulls missing", () => {
    const arrow = new ArrowTable({
      f: vectorFromArray([1.5, null, 2], new Float64()),
      i: vectorFromArray([1, 2, 3], new Int32()),
      big: vectorFromArray([1n, null, 3n], new Int64()),
      s: vectorFromArray(["b", null, "a"], new Utf8()),
      d: vectorFromArray(["x", "y", "x"], new Dictionary(new Utf8(), new Int32())),
      ok: vectorFromArray([true, false, null], new Bool()),
      at: vectorFromArray([new Date(Date.UTC(2024, 0, 1)), null, new Date(Date.UTC(2024, 0, 2))], new TimestampMicrosecond()),
      money: makeVector(makeData({ type: new Decimal(2, 10, 128), length: 3, nullCount: 0, data: new Uint32Array([150, 0, 0, 0, 25, 0, 0, 0, 1, 0, 0, 0]) })),
    });
    const table = tableFromArrow(arrow);
    assert.equal(table.rowCount, 3);
    assert.deepEqual(columnTypes(table), { f: "numerical", i: "numerical", big: "numerical", s: "categorical", d: "categorical", ok: "categorical", at: "datetime", money: "numerical" });
    assert.deepEqual(columnValues(table, "f"), [1.5, null, 2]);
    assert.deepEqual(columnValues(table, "i"), [1, 2, 3]);
    assert.deepEqual(columnValues(table, "big"), [1, null, 3]);
    assert.deepEqual(columnValues(table, "s"), ["b", null, "a"]);
    assert.deepEqual(columnValues(table, "d"), ["x", "y", "x"]);
    assert.deepEqual(columnValues(table, "ok"), ["True", "False", null]);
    assert.deepEqual(columnValues(table, "at"), ["2024-01-01T00:00:00.000Z", null, "2024-01-02T00:00:00.000Z"]);
    assert.deepEqual(columnValues(table, "money"), [1.5, 0.25, 0.01]);
  });

  it("applies columns and type overrides", () => {
    const arrow = new ArrowTable({ a: vectorFromArray([3, 1], new Int32()), b: vectorFromArray(["x", "y"], new Utf8()) });
    const table = tableFromArrow(arrow, { columns: ["a"], types: { a: "categorical" } });
    assert.deepEqual(columnValues(table, "a"), ["3", "1"]);
    assert.deepEqual(table.columns.length, 1);
  });
});
