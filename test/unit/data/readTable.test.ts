import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import { Bool, DateDay, Float64, Int32, Table as ArrowTable, TimestampMillisecond, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import { readTable } from "../../../kernel-helpers/data/readTable";
import { repoPath } from "../../helpers/paths";
import { columnTypes, columnValues, csvRows, scratch } from "./tableValues";

const fixture = (name: string): string => repoPath("test/fixtures/data", name);
const { dir, file } = scratch("read");

async function duckdb(sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("readTable", () => {
  it("reads a CSV with a BOM, CRLF line ends and quoted commas, quotes and line breaks", async () => {
    const table = await readTable(fixture("quoted-bom-crlf.csv"));
    assert.equal(table.rowCount, 4);
    assert.equal(table.source, fixture("quoted-bom-crlf.csv"));
    assert.deepEqual(columnTypes(table), { id: "numerical", name: "categorical", "amount, usd": "numerical", note: "categorical", joined: "datetime" });
    assert.deepEqual(columnValues(table, "name"), ["alice", "bob", "carol, jr", "dave"]);
    assert.deepEqual(columnValues(table, "amount, usd"), [1234.5, null, 17, -2.25]);
    assert.deepEqual(columnValues(table, "note"), ['says "hi"', "two\r\nlines", null, null]);
    assert.deepEqual(columnValues(table, "joined"), ["2024-01-15T00:00:00.000Z", "2024-02-01T00:00:00.000Z", "2024-03-10T00:00:00.000Z", null]);
    assert.deepEqual(table.warnings, []);
  });

  it("reads a TSV by its extension and a semicolon-separated CSV by its header", async () => {
    const tsv = await readTable(fixture("cities.tsv"));
    assert.deepEqual(columnValues(tsv, "city"), ["Lisbon", "Porto", "Madrid", "Bern"]);
    assert.deepEqual(columnValues(tsv, "population"), [545000, 232000, null, 134000]);
    const semicolon = await readTable(fixture("semicolon.csv"));
    assert.deepEqual(columnTypes(semicolon), { name: "categorical", score: "numerical", grade: "categorical" });
    assert.deepEqual(columnValues(semicolon, "score"), [1.5, 2, null]);
  });

  it("reads a CSV column of true/false in any case as the categories False and True, as pandas reads booleans", async () => {
    const table = await readTable(fixture("cities.tsv"));
    const coastal = table.columns[2];
    assert.equal(coastal.type, "categorical");
    assert.deepEqual(coastal.type === "categorical" && coastal.dictionary, ["False", "True"]);
    assert.deepEqual(columnValues(table, "coastal"), ["True", "True", "False", "False"]);
  });

  it("keeps yes/no text as it is written", async () => {
    const table = await readTable(file("yes-no.csv", "answer\nyes\nno\nyes\n"));
    assert.deepEqual(columnValues(table, "answer"), ["yes", "no", "yes"]);
  });

  it("reads JSONL: a number column with an \"NA\" string stays numerical; booleans, timestamps and nested objects", async () => {
    const table = await readTable(fixture("events.jsonl"));
    assert.equal(table.rowCount, 3);
    assert.deepEqual(columnTypes(table), { user: "categorical", latency_ms: "numerical", ok: "categorical", at: "datetime", tags: "categorical" });
    assert.deepEqual(columnValues(table, "latency_ms"), [12.5, null, 40]);
    assert.deepEqual(columnValues(table, "ok"), ["True", "False", null]);
    assert.deepEqual(columnValues(table, "at"), ["2024-05-01T10:00:00.000Z", "2024-05-01T10:05:00.000Z", null]);
    assert.deepEqual(columnValues(table, "tags"), ['{"region":"eu"}', null, '{"region":"us"}']);
  });

  it("reads a JSON array of objects, and a JSONL column whose type changes after DuckDB's sample of lines", async () => {
    const array = await readTable(file("array.json", '[{"a": 1, "b": "x"}, {"a": null, "b": "y"}]'));
    assert.deepEqual(columnValues(array, "a"), [1, null]);
    assert.deepEqual(columnValues(array, "b"), ["x", "y"]);
    const lines = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ n: i === 29_999 ? "abc" : i % 7, k: i }));
    const late = await readTable(file("late.jsonl", `${lines.join("\n")}\n`));
    assert.deepEqual(columnTypes(late), { n: "categorical", k: "numerical" });
    assert.equal(columnValues(late, "n")[29_999], "abc");
    assert.equal(columnValues(late, "n")[8], "1");
  });

  it("reads a Parquet file with its own types: NaN and NULL missing, DECIMAL numerical, BOOLEAN True/False, DATE and TIMESTAMP datetime", async () => {
    const path = join(dir, "typed.parquet");
    await duckdb(
      `COPY (SELECT * FROM (VALUES
        (1.5::DOUBLE, 10::BIGINT, 'b', true, DATE '2024-01-02', TIMESTAMP '2024-01-02 03:04:05', 12.50::DECIMAL(10,2), 'NA'),
        ('NaN'::DOUBLE, NULL, 'a', false, NULL, NULL, NULL, 'x'),
        (NULL, 30, NULL, NULL, DATE '2024-03-04', TIMESTAMP '2024-03-04 00:00:00', 1.25, NULL)
      ) t(f, i, s, b, d, ts, dec, z)) TO '${path}' (FORMAT parquet)`,
    );
    const table = await readTable(path);
    assert.deepEqual(columnTypes(table), { f: "numerical", i: "numerical", s: "categorical", b: "categorical", d: "datetime", ts: "datetime", dec: "numerical", z: "categorical" });
    assert.deepEqual(columnValues(table, "f"), [1.5, null, null]);
    assert.deepEqual(columnValues(table, "i"), [10, null, 30]);
    assert.deepEqual(columnValues(table, "s"), ["b", "a", null]);
    assert.deepEqual(columnValues(table, "b"), ["True", "False", null]);
    assert.deepEqual(columnValues(table, "d"), ["2024-01-02T00:00:00.000Z", null, "2024-03-04T00:00:00.000Z"]);
    assert.deepEqual(columnValues(table, "ts"), ["2024-01-02T03:04:05.000Z", null, "2024-03-04T00:00:00.000Z"]);
    assert.deepEqual(columnValues(table, "dec"), [12.5, null, 1.25]);
    assert.deepEqual(columnValues(table, "z"), [null, "x", null], "the text NA is missing in Parquet too");
  });

  it("reads Arrow IPC files in the file (.arrow) and stream (.ipc) formats", async () => {
    const arrow = new ArrowTable({
      x: vectorFromArray([1.5, null, 3], new Float64()),
      n: vectorFromArray([1, 2, 3], new Int32()),
      s: vectorFromArray(["b", "a", null], new Utf8()),
      ok: vectorFromArray([true, null, false], new Bool()),
      day: vectorFromArray([new Date(Date.UTC(2024, 0, 2)), null, new Date(Date.UTC(2024, 0, 3))], new DateDay()),
      at: vectorFromArray([new Date(Date.UTC(2024, 0, 2, 3)), new Date(Date.UTC(2024, 0, 2, 4)), null], new TimestampMillisecond()),
    });
    for (const [name, format] of [["t.arrow", "file"], ["t.ipc", "stream"]] as const) {
      const path = file(name, Buffer.from(tableToIPC(arrow, format)));
      const table = await readTable(path);
      assert.deepEqual(columnTypes(table), { x: "numerical", n: "numerical", s: "categorical", ok: "categorical", day: "datetime", at: "datetime" }, name);
      assert.deepEqual(columnValues(table, "x"), [1.5, null, 3]);
      assert.deepEqual(columnValues(table, "s"), ["b", "a", null]);
      assert.deepEqual(columnValues(table, "ok"), ["True", null, "False"]);
      assert.deepEqual(columnValues(table, "day"), ["2024-01-02T00:00:00.000Z", null, "2024-01-03T00:00:00.000Z"]);
      assert.deepEqual(columnValues(table, "at"), ["2024-01-02T03:00:00.000Z", "2024-01-02T04:00:00.000Z", null]);
    }
  });

  it("reads a folder of hive partitions, skipping _SUCCESS, with the partition values as numerical columns", async () => {
    const table = await readTable(fixture("hive"));
    assert.equal(table.rowCount, 5);
    assert.deepEqual(columnTypes(table), { value: "numerical", label: "categorical", month: "numerical", year: "numerical" });
    assert.deepEqual(columnValues(table, "value"), [1.5, 2.5, 3.5, 4.5, 5.5]);
    assert.deepEqual(columnValues(table, "year"), [2024, 2024, 2024, 2025, 2025]);
    assert.deepEqual(columnValues(table, "month"), [1, 1, 2, 1, 1]);
  });

  it("reads a glob over hive folders like the folder itself", async () => {
    const table = await readTable(fixture("hive/**/*.csv"));
    assert.deepEqual(columnValues(table, "label"), ["a", "b", "a", "c", "a"]);
    assert.deepEqual(columnValues(table, "year"), [2024, 2024, 2024, 2025, 2025]);
  });

  it("reads Parquet partitioned by year/month/day/hour folders and keeps every row with its partition values", async () => {
    const folder = join(dir, "logs");
    await duckdb(
      `COPY (SELECT range::DOUBLE AS value, 2024 AS year, 1 + range % 2 AS month, 1 AS day, range % 3 AS hour FROM range(12))
       TO '${folder}' (FORMAT parquet, PARTITION_BY (year, month, day, hour))`,
    );
    const table = await readTable(folder);
    assert.equal(table.rowCount, 12);
    assert.deepEqual(columnTypes(table), { value: "numerical", year: "numerical", month: "numerical", day: "numerical", hour: "numerical" });
    const values = columnValues(table, "value") as number[];
    const months = columnValues(table, "month");
    const hours = columnValues(table, "hour");
    assert.deepEqual([...values].sort((a, b) => a - b), Array.from({ length: 12 }, (_, i) => i));
    values.forEach((value, i) => {
      assert.equal(months[i], 1 + (value % 2));
      assert.equal(hours[i], value % 3);
    });
    const globbed = await readTable(join(folder, "**", "*.parquet"));
    assert.deepEqual(columnValues(globbed, "value"), values);
  });

  it("reads a gzipped CSV", async () => {
    const table = await readTable(file("small.csv.gz", gzipSync("a,b\n1,x\n2,y\n")));
    assert.deepEqual(columnValues(table, "a"), [1, 2]);
    assert.deepEqual(columnValues(table, "b"), ["x", "y"]);
  });

  it("reads only the requested columns, in the file's order", async () => {
    const table = await readTable(fixture("quoted-bom-crlf.csv"), { columns: ["joined", "id"] });
    assert.deepEqual(table.columns.map((column) => column.name), ["id", "joined"]);
  });

  it("applies type overrides: integers as categories in numeric order, text as text, dates as numbers", async () => {
    const path = file("override.csv", "code,comment,day\n10,fine,2024-01-01\n9,\"ok, good\",2024-01-02\n10,NA,\n");
    const table = await readTable(path, { types: { code: "categorical", comment: "text", day: "numerical" } });
    assert.deepEqual(columnTypes(table), { code: "categorical", comment: "text", day: "numerical" });
    const code = table.columns[0];
    assert.deepEqual(code.type === "categorical" && code.dictionary, ["9", "10"]);
    assert.deepEqual(columnValues(table, "code"), ["10", "9", "10"]);
    assert.deepEqual(columnValues(table, "comment"), ["fine", "ok, good", null]);
    assert.deepEqual(columnValues(table, "day"), [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), null]);
  });

  it("reads text forced to numbers or dates, counting the cells that do not convert in one warning", async () => {
    const path = file("convert.csv", "amount,when\n12,2024-01-01\nabout 5,soon\n7,2024-01-03T10:00:00+02:00\n");
    const table = await readTable(path, { types: { amount: "numerical", when: "datetime" } });
    assert.deepEqual(columnValues(table, "amount"), [12, null, 7]);
    assert.deepEqual(columnValues(table, "when"), ["2024-01-01T00:00:00.000Z", null, "2024-01-03T08:00:00.000Z"]);
    assert.equal(table.warnings?.length, 2);
    assert.match(table.warnings?.[0] ?? "", /column 'amount'.*1 value could not be read as numbers \(e\.g\. 'about 5'\)/);
    assert.match(table.warnings?.[1] ?? "", /column 'when'.*'soon'/);
  });

  it("counts every spelling of a missing value as missing: empty, NA, N/A, null, NULL, NaN, nan", async () => {
    const path = file("missing.csv", "x,s\n1,a\n,\nNA,NA\nN/A,N/A\nnull,null\nNULL,NULL\nNaN,NaN\nnan,nan\n2,b\n");
    const table = await readTable(path);
    assert.deepEqual(columnTypes(table), { x: "numerical", s: "categorical" });
    assert.deepEqual(columnValues(table, "x"), [1, null, null, null, null, null, null, null, 2]);
    assert.deepEqual(columnValues(table, "s"), ["a", null, null, null, null, null, null, null, "b"]);
    const s = table.columns[1];
    assert.deepEqual(s.type === "categorical" && s.dictionary, ["a", "b"]);
  });

  it("keeps ±Infinity as values of a numerical column", async () => {
    const table = await readTable(file("inf.csv", csvRows("a,b", 50, (i) => `${i === 0 ? "inf" : i === 1 ? "-inf" : i === 2 ? "Infinity" : i},x`)));
    assert.equal(table.columns[0].type, "numerical");
    assert.deepEqual(columnValues(table, "a").slice(0, 4), [Infinity, -Infinity, Infinity, 3]);
  });

  it("sorts dictionaries by code point for text and numerically for numbers", async () => {
    const table = await readTable(file("order.csv", "t,n\nb,10\nB,9\n\u00e9,100\na,9\n\u{1F600},10\n\uFF5E,1\n"), { types: { n: "categorical" } });
    const [t, n] = table.columns;
    assert.deepEqual(t.type === "categorical" && t.dictionary, ["B", "a", "b", "\u00e9", "\uFF5E", "\u{1F600}"]);
    assert.deepEqual(n.type === "categorical" && n.dictionary, ["1", "9", "10", "100"]);
  });

  it("reads a column as categorical when a value of another type comes after DuckDB's sample of rows", async () => {
    const path = file("late.csv", csvRows("n,d,k", 60_000, (i) => (i === 59_999 ? "abc,someday,1" : `${i % 40},2024-01-${String(1 + (i % 28)).padStart(2, "0")},${i}`)));
    const table = await readTable(path);
    assert.deepEqual(columnTypes(table), { n: "categorical", d: "categorical", k: "numerical" });
    assert.equal(columnValues(table, "n")[59_999], "abc");
    assert.equal(columnValues(table, "d")[59_999], "someday");
    assert.equal(table.rowCount, 60_000);
  });

  it("reads an identifier column with 150,000 distinct values exactly, and warns that it looks like an identifier", async () => {
    const rows = 150_000;
    const id = (i: number): string => (i === 7 ? "" : i === 8 ? "NA" : `u${(i * 7919) % rows}`);
    const table = await readTable(file("ids.csv", csvRows("id,v", rows, (i) => `${id(i)},${i % 3}`)));
    const column = table.columns[0];
    assert.equal(column.type, "categorical");
    if (column.type !== "categorical") return;
    assert.equal(column.dictionary.length, rows - 2);
    assert.ok(column.dictionary.every((label, i) => i === 0 || column.dictionary[i - 1] < label), "dictionary sorted");
    for (const i of [0, 1, 7, 8, 9, 12_345, rows - 1]) assert.equal(column.codes[i] < 0 ? "" : column.dictionary[column.codes[i]], i === 7 || i === 8 ? "" : id(i));
    assert.equal(table.warnings?.length, 1);
    assert.match(table.warnings?.[0] ?? "", /column 'id' in '.*ids\.csv' has 149,998 distinct values, one per row: it looks like an identifier\. Exclude it with --columns/);
  });

  it("warns about a categorical column with more categories than maxCategories", async () => {
    const table = await readTable(file("many.csv", csvRows("c", 40, (i) => `k${i % 20}`)), { maxCategories: 10 });
    assert.match(table.warnings?.[0] ?? "", /column 'c' .* has 20 distinct values \(more than 10\).*raise maxCategories/);
  });

  it("gives the same tables when two files are read at once as one after the other", async () => {
    const a = fixture("quoted-bom-crlf.csv");
    const b = fixture("cities.tsv");
    const [first, second] = await Promise.all([readTable(a), readTable(b)]);
    assert.deepEqual(first, await readTable(a));
    assert.deepEqual(second, await readTable(b));
  });

  it("reads a one-column CSV", async () => {
    assert.deepEqual(columnValues(await readTable(file("one.csv", "x\n1\n2\n")), "x"), [1, 2]);
  });
});
