import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { columnFromValues } from "../../../kernel-helpers/data/columnFromValues";
import type { Column } from "../../../kernel-helpers/data/table";

const build = (values: ArrayLike<unknown>, type?: Column["type"]) => columnFromValues("c", values, type, "memory");
const labels = (column: Column): (string | null)[] => {
  assert.equal(column.type, "categorical");
  return column.type === "categorical" ? Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code])) : [];
};

describe("columnFromValues", () => {
  it("types numbers as numerical, with null, undefined, NaN and the missing-value texts as NaN and ±Infinity kept", () => {
    const { column, warnings } = build([1.5, null, undefined, NaN, "NA", "", Infinity, -Infinity, 3]);
    assert.equal(column.type, "numerical");
    assert.deepEqual(column.type === "numerical" && Array.from(column.values), [1.5, NaN, NaN, NaN, NaN, NaN, Infinity, -Infinity, 3]);
    assert.deepEqual(warnings, []);
  });

  it("types strings as categorical with a dictionary sorted by code point", () => {
    const { column } = build(["b", "a", "\u{1F600}", "\uFF5E", null, "B", "a"]);
    assert.deepEqual(column.type === "categorical" && column.dictionary, ["B", "a", "b", "\uFF5E", "\u{1F600}"]);
    assert.deepEqual(labels(column), ["b", "a", "\u{1F600}", "\uFF5E", null, "B", "a"]);
  });

  it("types booleans as the categories False and True", () => {
    const { column } = build([true, false, null, true]);
    assert.deepEqual(column.type === "categorical" && column.dictionary, ["False", "True"]);
    assert.deepEqual(labels(column), ["True", "False", null, "True"]);
  });

  it("types Dates as datetime in epoch milliseconds, an invalid Date as missing", () => {
    const { column } = build([new Date(Date.UTC(2024, 0, 1)), new Date("nope"), null]);
    assert.equal(column.type, "datetime");
    assert.deepEqual(column.type === "datetime" && Array.from(column.values), [Date.UTC(2024, 0, 1), NaN, NaN]);
  });

  it("types a mix of numbers and strings as categorical, labelling numbers as String(n)", () => {
    assert.deepEqual(labels(build([1, "x", 2.5, 1]).column), ["1", "x", "2.5", "1"]);
  });

  it("types a column with no values as categorical with an empty dictionary", () => {
    const { column } = build([null, undefined, "NA"]);
    assert.deepEqual(column, { name: "c", type: "categorical", codes: new Int32Array([-1, -1, -1]), dictionary: [] });
  });

  it("reads typed arrays as numerical, BigInt64Array included, without touching the caller's array", () => {
    const ints = new Int32Array([3, 1]);
    const { column } = build(ints);
    assert.deepEqual(column.type === "numerical" && Array.from(column.values), [3, 1]);
    assert.notEqual(column.type === "numerical" && column.values, ints as unknown);
    const big = build(new BigInt64Array([2n ** 40n, -1n])).column;
    assert.deepEqual(big.type === "numerical" && Array.from(big.values), [2 ** 40, -1]);
  });

  it("converts text to numbers on a numerical override, and counts what does not convert in one warning", () => {
    const { column, warnings } = build([" 12 ", "1e3", "inf", "-Infinity", "twelve", "NA", true], "numerical");
    assert.deepEqual(column.type === "numerical" && Array.from(column.values), [12, 1000, Infinity, -Infinity, NaN, NaN, 1]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /column 'c' in the in-memory data: 1 value could not be read as numbers \(e\.g\. 'twelve'\) and is counted as missing/);
  });

  it("converts ISO text and epoch milliseconds on a datetime override", () => {
    const { column, warnings } = build(["2024-01-02T03:04:05Z", 86_400_000, "later"], "datetime");
    assert.deepEqual(column.type === "datetime" && Array.from(column.values), [Date.UTC(2024, 0, 2, 3, 4, 5), 86_400_000, NaN]);
    assert.match(warnings[0], /'later'/);
  });

  it("orders the categories of numbers numerically on a categorical override", () => {
    const { column } = build(new Float64Array([10, 9, NaN, 100, 9]), "categorical");
    assert.deepEqual(column.type === "categorical" && column.dictionary, ["9", "10", "100"]);
    assert.deepEqual(labels(column), ["10", "9", null, "100", "9"]);
  });

  it("keeps values as text on a text override, objects as JSON", () => {
    const { column } = build(["a", null, 3, { k: 1 }, "NA"], "text");
    assert.deepEqual(column.type === "text" && column.values, ["a", null, "3", '{"k":1}', null]);
  });

  it("answers empty input with an empty column", () => {
    const { column } = build([]);
    assert.equal(column.type, "categorical");
    assert.equal(column.type === "categorical" && column.codes.length, 0);
  });
});
