import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { dataErrorFromDuckdb } from "../../../kernel-helpers/data/dataErrorFromDuckdb";
import { openDuckdb } from "../../../kernel-helpers/data/openDuckdb";
import { readTable } from "../../../kernel-helpers/data/readTable";
import type { TableOptions } from "../../../kernel-helpers/data/tableOptions";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { csvRows, scratch } from "./tableValues";

const { dir, file } = scratch("bad");

/** Reads `source` expecting a DataError whose one-paragraph message contains every phrase. */
async function assertDataError(source: string, phrases: readonly (string | RegExp)[], options: TableOptions = {}): Promise<void> {
  await assert.rejects(readTable(source, options), (error: unknown) => {
    assert.ok(error instanceof DataError, `a DataError, got ${String(error)}`);
    const message = (error as DataError).message;
    assert.doesNotMatch(message, /\n/, "one paragraph");
    assert.doesNotMatch(message, /LINE 1:|Stack Trace|Possible (fixes|Solution)|INTERNAL Error/, "no DuckDB error text");
    for (const phrase of phrases) {
      if (typeof phrase === "string") assert.ok(message.includes(phrase), `message mentions ${JSON.stringify(phrase)}: ${message}`);
      else assert.match(message, phrase);
    }
    return true;
  });
}

describe("readTable on bad input", () => {
  it("names a file that does not exist", async () => {
    await assertDataError(join(dir, "nope.csv"), ["nope.csv", "no such file"]);
  });

  it("names an empty (0-byte) file", async () => {
    await assertDataError(file("empty.csv", ""), ["empty.csv", "empty (0 bytes)"]);
  });

  it("names a CSV with a header and no data rows", async () => {
    await assertDataError(file("header.csv", "a,b,c\n"), ["header.csv", "header but no data rows"]);
  });

  it("names the line and the field counts of a ragged row in a small CSV", async () => {
    await assertDataError(file("ragged.csv", "a,b,c\n1,x,2\n2,y,3\n3,z\n4,x,5\n"), ["ragged.csv", "line 4 has 2 fields but the header has 3", "Fix that row"]);
  });

  it("names the line of a ragged row far into a large CSV", async () => {
    const text = csvRows("a,b,c", 30_000, (i) => (i === 25_000 ? "1,2,3,4" : `${i},x,${i}`));
    await assertDataError(file("ragged-late.csv", text), ["line 25002 has 4 fields but the header has 3"]);
  });

  it("names the line and what is wrong when a cut-off last row opens a quote it never closes", async () => {
    const text = csvRows("a,b,c,d,e", 3_000, (i) => `${i},${i * 0.5},${i % 7},${i % 11},${i * 3}`) + '18,5.5,0.4x,"unterminated\n';
    await assertDataError(file("cut-off.csv", text), ["cut-off.csv", /line 3002: value with unterminated quote found/i]);
    await assert.rejects(readTable(join(dir, "cut-off.csv")), (error: Error) => !/CSV Error on Line/.test(error.message));
  });

  it("names the line of bytes that are not UTF-8, early or late in a CSV", async () => {
    await assertDataError(file("latin1.csv", Buffer.concat([Buffer.from("a,b,c\n1,"), Buffer.from([0xe9, 0xff]), Buffer.from(",2\n")])), ["latin1.csv", "line 2", "not valid UTF-8", "iconv"]);
    const late = Buffer.concat([Buffer.from(csvRows("a,b", 30_000, (i) => `${i},x`)), Buffer.from("5,caf"), Buffer.from([0xe9]), Buffer.from("\n6,y\n")]);
    await assertDataError(file("latin1-late.csv", late), ["latin1-late.csv", "line 30002", "UTF-8"]);
  });

  it("names the JSONL line that is not JSON, and a JSONL line that is not UTF-8", async () => {
    await assertDataError(file("bad.jsonl", '{"a":1}\n{"a":2}\nnot json\n{"a":4}\n'), ["bad.jsonl", "line 3 is not valid JSON", "fix or remove that line"]);
    await assertDataError(file("latin1.jsonl", Buffer.concat([Buffer.from('{"a":"x"}\n{"a":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')])), ["latin1.jsonl", "line 2", "UTF-8"]);
  });

  it("says a folder without data files has none, and which extensions count", async () => {
    const folder = join(dir, "docs");
    mkdirSync(folder);
    file("docs/readme.md", "# hi\n");
    await assertDataError(folder, ["docs", "contains no data files", ".parquet"]);
  });

  it("names an unknown extension and the known ones", async () => {
    await assertDataError(file("data.xlsx", "x"), ["data.xlsx", "does not know this extension", ".csv", ".parquet"]);
  });

  it("names a glob that matches nothing", async () => {
    await assertDataError(join(dir, "nowhere", "**", "*.parquet"), ["no files match", "nowhere"]);
  });

  it("refuses a folder that mixes formats, naming a file of each", async () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder);
    file("mixed/a.csv", "a\n1\n");
    file("mixed/b.jsonl", '{"a":1}\n');
    await assertDataError(folder, ["mixes csv", "a.csv", "jsonl", "b.jsonl"]);
  });

  it("says a .parquet or .arrow file that holds something else is not Parquet or Arrow", async () => {
    await assertDataError(file("fake.parquet", "a,b\n1,2\n"), ["fake.parquet", "not a Parquet file"]);
    await assertDataError(file("fake.arrow", "a,b\n1,2\n"), ["fake.arrow", "not an Arrow IPC file"]);
  });

  it("names columns asked for that the file does not have, and lists those it has", async () => {
    const path = file("abc.csv", "a,b,c\n1,2,3\n");
    await assertDataError(path, ["column 'zz'", "--columns", "'a', 'b', 'c'"], { columns: ["a", "zz"] });
    await assertDataError(path, ["column 'qq'", "--type"], { types: { qq: "text" } });
  });

  it("throws a UsageError for an unknown column type or an empty column list", async () => {
    const path = file("ok.csv", "a\n1\n");
    await assert.rejects(readTable(path, { types: { a: "number" as never } }), UsageError);
    await assert.rejects(readTable(path, { columns: [] }), UsageError);
    await assert.rejects(readTable(path, { maxCategories: 0 }), UsageError);
  });
});

describe("dataErrorFromDuckdb on DuckDB running out of memory", () => {
  it("says so and names --memory-budget, in one paragraph", async () => {
    const path = file("many.csv", csvRows("a", 10, (i) => String(i)));
    const { connection, close } = await openDuckdb({ memoryLimit: 1 });
    let error: unknown;
    try {
      // Beyond the 64 MB least limit, and unable to spill: one list of 30M numbers (240 MB).
      await connection.run("SELECT length(list(i)) FROM range(30000000) t(i)");
    } catch (caught) {
      error = caught;
    } finally {
      close();
    }
    const mapped = dataErrorFromDuckdb(error, { files: [path], format: "csv", hive: false, source: path }, ",");
    assert.ok(mapped instanceof DataError, String(mapped));
    assert.match(mapped.message, /many\.csv.*ran out of memory.*--memory-budget/);
    assert.doesNotMatch(mapped.message, /\n|Possible solutions/);
  });
});
