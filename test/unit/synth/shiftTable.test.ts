import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromRecords } from "../../../kernel-helpers/data/tableFromRecords";
import type { CategoricalColumn, NumericalColumn, Table } from "../../../kernel-helpers/data/table";
import { UsageError } from "../../../kernel-helpers/errors";
import { shiftTable } from "../../../kernel-helpers/synth/shiftTable";

const table = tableFromRecords(Array.from({ length: 1000 }, (_, i) => ({ income: 1000 + (i % 100) * 10, plan: i % 10 === 0 ? "pro" : "free", note: `row ${i}` })));
const numbers = (t: Table, name: string) => (t.columns.find((column) => column.name === name) as NumericalColumn).values;
const categories = (t: Table, name: string) => t.columns.find((column) => column.name === name) as CategoricalColumn;
const mean = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sd = (values: Float64Array) => Math.sqrt(values.reduce((sum, value) => sum + (value - mean(values)) ** 2, 0) / (values.length - 1));

describe("shiftTable", () => {
  it("leaves every value as it was with the defaults", () => {
    const same = shiftTable(table, {});
    assert.deepEqual(numbers(same, "income"), numbers(table, "income"));
    assert.deepEqual(categories(same, "plan").codes, categories(table, "plan").codes);
    assert.deepEqual(same.columns, table.columns);
  });

  it("moves the mean by meanShift standard deviations and spreads by scale around the mean", () => {
    const before = numbers(table, "income");
    const shifted = numbers(shiftTable(table, { meanShift: 1.5 }), "income");
    assert.ok(Math.abs(mean(shifted) - (mean(before) + 1.5 * sd(before))) < 1e-9);
    assert.ok(Math.abs(sd(shifted) - sd(before)) < 1e-9);
    const spread = numbers(shiftTable(table, { scale: 2 }), "income");
    assert.ok(Math.abs(mean(spread) - mean(before)) < 1e-9);
    assert.ok(Math.abs(sd(spread) - 2 * sd(before)) < 1e-9);
  });

  it("moves categoryShift of a categorical column's rows to its rarest category, and makes missingShare missing, reproducibly", () => {
    const all = categories(shiftTable(table, { categoryShift: 1 }), "plan");
    assert.ok(all.codes.every((code) => all.dictionary[code] === "pro"));
    const some = categories(shiftTable(table, { categoryShift: 0.5, seed: 3 }), "plan");
    const pro = some.codes.filter((code) => some.dictionary[code] === "pro").length;
    assert.ok(pro > 450 && pro < 650, `${pro} of 1000 rows are 'pro'`);
    const missing = numbers(shiftTable(table, { missingShare: 0.3, seed: 1 }), "income").filter(Number.isNaN).length;
    assert.ok(missing > 250 && missing < 350, `${missing} of 1000 values missing`);
    assert.deepEqual(numbers(shiftTable(table, { missingShare: 0.3, seed: 1 }), "income"), numbers(shiftTable(table, { missingShare: 0.3, seed: 1 }), "income"));
  });

  it("shifts only the named columns, and refuses an unknown column or an impossible value", () => {
    const only = shiftTable(table, { columns: ["plan"], meanShift: 2, categoryShift: 1 });
    assert.equal(only.columns[0], table.columns[0]);
    assert.throws(() => shiftTable(table, { columns: ["age"] }), (error: Error) => error instanceof UsageError && /Column 'age' is not in memory; columns: income, plan, note/.test(error.message));
    assert.throws(() => shiftTable(table, { scale: 0 }), UsageError);
    assert.throws(() => shiftTable(table, { missingShare: 1.5 }), UsageError);
    assert.throws(() => shiftTable(table, { meanShift: Number.NaN }), UsageError);
  });

  it("keeps missing values missing and handles an empty or constant column", () => {
    const withGaps = tableFromRecords([{ x: 1 }, { x: null }, { x: 3 }]);
    assert.ok(Number.isNaN(numbers(shiftTable(withGaps, { meanShift: 1 }), "x")[1]));
    const constant = tableFromRecords([{ x: 5 }, { x: 5 }]);
    assert.deepEqual([...numbers(shiftTable(constant, { meanShift: 3, scale: 2 }), "x")], [5, 5]);
    assert.equal(shiftTable(tableFromRecords([]), { meanShift: 1 }).rowCount, 0);
  });
});
