import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Float64, Table as ArrowTable, vectorFromArray } from "apache-arrow";
import type { Table } from "../../../kernel-helpers/data/table";
import { toTable } from "../../../kernel-helpers/data/toTable";
import { UsageError } from "../../../kernel-helpers/errors";
import { repoPath } from "../../helpers/paths";
import { columnTypes, columnValues } from "./tableValues";

describe("toTable", () => {
  it("reads a path", async () => {
    const table = await toTable(repoPath("test/fixtures/data/semicolon.csv"));
    assert.deepEqual(columnValues(table, "name"), ["ann", "ben", "cid"]);
  });

  it("dispatches records, columns, Arrow and danfo-shaped input to their constructors", async () => {
    assert.deepEqual(columnValues(await toTable([{ x: 1 }, { x: 2 }]), "x"), [1, 2]);
    assert.deepEqual(columnValues(await toTable({ x: [1, 2] }), "x"), [1, 2]);
    assert.deepEqual(columnValues(await toTable(new ArrowTable({ x: vectorFromArray([1, 2], new Float64()) })), "x"), [1, 2]);
    assert.deepEqual(columnValues(await toTable({ columns: ["x"], values: [[1], [2]] }), "x"), [1, 2]);
  });

  it("passes a Table through, or narrows and re-types it as the options ask", async () => {
    const table: Table = {
      rowCount: 2,
      source: "memory",
      columns: [
        { name: "n", type: "numerical", values: new Float64Array([2, 10]) },
        { name: "c", type: "categorical", codes: new Int32Array([1, -1]), dictionary: ["1.5", "x"] },
      ],
      warnings: ["kept"],
    };
    assert.equal(await toTable(table), table);
    const retyped = await toTable(table, { columns: ["n"], types: { n: "categorical" } });
    assert.deepEqual(columnTypes(retyped), { n: "categorical" });
    assert.deepEqual(columnValues(retyped, "n"), ["2", "10"]);
    const numeric = await toTable(table, { types: { c: "numerical" } });
    assert.deepEqual(columnValues(numeric, "c"), [null, null]);
    assert.equal(numeric.warnings?.length, 2);
  });

  it("throws a UsageError naming what it got for anything else", async () => {
    await assert.rejects(toTable(42 as never), (error: unknown) => error instanceof UsageError && /cannot build a table from a number/.test(error.message));
    await assert.rejects(toTable({ a: 1 } as never), UsageError);
  });
});
