import assert from "node:assert/strict";
import { readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readBaselineInfo } from "../../../kernel-helpers/baseline/readBaselineInfo";
import { parseJsonText } from "../../../kernel-helpers/config/parseJsonText";
import { readTable } from "../../../kernel-helpers/data/readTable";
import type { CategoricalColumn } from "../../../kernel-helpers/data/table";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";
import { tempDir } from "../baseline/baselineFixtures";

describe("positions that tell the truth", () => {
  it("a JSON error without V8's offset (an unexpected token) is placed at its own line and column, in one line", () => {
    assert.deepEqual(parseJsonText('{\n  "threshold": 0.1,\n  "driftShare": x,\n  "seed": 1\n}\n'), { ok: false, problem: "line 3, column 17: Unexpected token 'x'" });
    assert.deepEqual(parseJsonText('{\n  "a": NaN\n}'), { ok: false, problem: "line 2, column 8: Unexpected token 'N'" });
    assert.deepEqual(parseJsonText('{\n  "a": 1\n  "b": 2\n}'), { ok: false, problem: "line 3, column 3: Expected ',' or '}' after property value in JSON at position 13" });
    assert.deepEqual(parseJsonText("[1, 2"), { ok: false, problem: "line 1, column 6: Expected ',' or ']' after array element in JSON at position 5" });
  });

  it("a config file with a bad token on line 3 is reported at line 3 by the CLI", () => {
    const dir = tempDir();
    const config = join(dir, "driftlens.config.json");
    writeFileSync(config, '{\n  "driftShare": 0.5,\n  "threshold": oops,\n  "correction": "none"\n}\n');
    const saved = runCli(["baseline", repoPath("examples/data/reference.csv"), "--out", dir, "--name", "credit"]);
    assert.equal(saved.code, 0, saved.stderr);
    const run = runCli(["check", repoPath("examples/data/current.csv"), "--baseline", join(dir, "credit", "v1"), "--config", config]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /line 3, column 16: Unexpected token 'o'/);
    assert.equal(run.stderr.trim().split("\n").length, 1, "one line, without the file's text quoted");
  });

  it("a file of blank lines has no header (not a column0)", async () => {
    const dir = tempDir();
    const blank = join(dir, "blank.csv");
    writeFileSync(blank, "\n\n \r\n\n");
    await assert.rejects(readTable(blank), /cannot read '.*blank\.csv': it holds only blank lines, so there is no header row naming the columns/);
    const run = runCli(["compare", blank, repoPath("examples/data/current.csv")]);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /column0/);
  });

  it("category values with quotes, a NUL byte or control characters are data, never SQL text", async () => {
    const dir = tempDir();
    const file = join(dir, "odd.csv");
    writeFileSync(file, "n,label\n1,it's\n2,\"x\"\"y\"\n3,a\u0000b\n4,'); DROP TABLE t; --\n5,tab\there\n6,it's\n");
    const table = await readTable(file);
    const label = table.columns.find((column) => column.name === "label") as CategoricalColumn;
    assert.deepEqual(Array.from(label.codes, (code) => label.dictionary[code]), ["it's", 'x"y', "a\u0000b", "'); DROP TABLE t; --", "tab\there", "it's"]);
    const run = runCli(["compare", file, file]);
    assert.equal(run.code, 0, run.stderr);
  });

  it("a baseline.json that is a symbolic link is named as one, with its target, and the target's text is never quoted", async () => {
    const dir = tempDir();
    const saved = runCli(["baseline", repoPath("examples/data/reference.csv"), "--out", dir, "--name", "credit"]);
    assert.equal(saved.code, 0, saved.stderr);
    const version = join(dir, "credit", "v1");
    const info = join(version, "baseline.json");
    renameSync(info, join(version, "real.json"));
    const secret = join(dir, "secret.txt");
    writeFileSync(secret, "Secret-token=hunter2\n");
    const secretJson = join(dir, "secret.json");
    writeFileSync(secretJson, '{"schema": "Secret-token=hunter2"}');
    const cases: [string, RegExp][] = [
      [secret, /is a symbolic link to .*secret\.txt, which is not valid JSON \(line 1, column 1\)/],
      [secretJson, /is a symbolic link to .*secret\.json, which is not a driftlens baseline/],
      ["/dev/zero", /is a symbolic link to \/dev\/zero, which is not a regular file/],
      [join(dir, "gone.json"), /is a symbolic link to .*gone\.json, which does not exist/],
    ];
    for (const [target, message] of cases) {
      symlinkSync(target, info);
      await assert.rejects(readBaselineInfo(version), (error: Error) => message.test(error.message) && !/hunter2|Secret|'S'/.test(error.message));
      const run = runCli(["check", repoPath("examples/data/current.csv"), "--baseline", version]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /hunter2|Secret|'S'/);
      renameSync(info, join(dir, `link-${cases.findIndex(([t]) => t === target)}`));
    }
    symlinkSync("real.json", info);
    assert.equal((await readBaselineInfo(version)).rows, 5000, "a link to a real baseline.json is followed");
  });

  it("a 10 MB field on line 2 or line 5 is read, and a 70 MB row is reported at its own line", async () => {
    const dir = tempDir();
    const rows = ["n,label", ...Array.from({ length: 8 }, (_, i) => `${i + 1},v${i % 3}`)];
    const big = "x".repeat(10 * 1024 * 1024);
    for (const [line, quoted] of [[2, false], [5, false], [5, true]] as const) {
      const file = join(dir, `long${line}${quoted ? "q" : ""}.csv`);
      writeFileSync(file, rows.map((row, i) => (i === line - 1 ? `${i},${quoted ? `"${big}"` : big}` : row)).join("\n") + "\n");
      const table = await readTable(file);
      assert.equal(table.rowCount, 8);
      const label = table.columns.find((column) => column.name === "label") as CategoricalColumn;
      assert.equal(label.dictionary.find((value) => value.length > 1000)?.length, big.length);
    }
    const gzipped = join(dir, "long5.csv.gz");
    writeFileSync(gzipped, gzipSync(readFileSync(join(dir, "long5.csv"))));
    await assert.rejects(readTable(gzipped), /long5\.csv\.gz': a row is longer than 4\.0 MB from a compressed file\. .*decompress the file \(driftlens then reads rows of up to 64\.0 MB\)/);
    const three = join(dir, "three.csv");
    writeFileSync(three, rows.map((row, i) => (i === 3 ? `3,${"y".repeat(3 * 1024 * 1024)}` : row)).join("\n") + "\n");
    assert.equal((await readTable(three)).rowCount, 8, "a 3 MB field reads as before");

    const huge = join(dir, "huge.csv");
    writeFileSync(huge, rows.map((row, i) => (i === 4 ? `4,${"z".repeat(70 * 1024 * 1024)}` : row)).join("\n") + "\n");
    const message = /huge\.csv': the row on line 5 is 70\.0 MB long; driftlens reads rows of up to 64\.0 MB\. .*store the file as Parquet/;
    await assert.rejects(readTable(huge), message);
    const run = runCli(["compare", huge, repoPath("examples/data/current.csv")]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /line 1 /);
  });

  it("a NUL byte in a column name and a bare carriage return outside quotes are named with their line, never with DuckDB's parser text", async () => {
    const dir = tempDir();
    const nulHeader = join(dir, "nul-header.csv");
    writeFileSync(nulHeader, 'a,"b\u0000c"\n1,x\n2,y\n');
    const nulMessage = /nul-header\.csv': the name of column 2 \(in the header, line 1\) holds a NUL byte/;
    await assert.rejects(readTable(nulHeader), nulMessage);
    const binary = join(dir, "utf16.csv");
    writeFileSync(binary, Buffer.from("a,b\n1,2\n", "utf16le"));
    await assert.rejects(readTable(binary), /utf16\.csv': the name of column 1 \(in the header, line 1\) holds a NUL byte .*save it as UTF-8/);
    const strayCr = join(dir, "stray-cr.csv");
    writeFileSync(strayCr, "a,b\n1,x\n2,y\rz\n3,w\n");
    const crMessage = /stray-cr\.csv': line 3, field 2 holds a carriage return \(CR, \\r\) outside quotes/;
    await assert.rejects(readTable(strayCr), crMessage);
    for (const [file, message] of [[nulHeader, nulMessage], [strayCr, crMessage]] as const) {
      const run = runCli(["compare", file, file]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /quoted identifier|sniffing|at or near/);
    }
  });

  it("a quoted header cell holding a bare CR or a CRLF is read (RFC 4180)", async () => {
    const dir = tempDir();
    for (const [name, text, header] of [
      ["cr.csv", 'a,"b\rc"\n1,x\n2,y\n', "b\rc"],
      ["crlf.csv", 'a,"b\r\nc"\r\n1,x\r\n2,y\r\n', "b\r\nc"],
      ["cell.csv", 'a,"b"\n1,"x\ry"\n2,y\n', "b"],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const table = await readTable(file);
      assert.deepEqual(table.columns.map((column) => column.name), ["a", header]);
      assert.equal(table.rowCount, 2);
      const run = runCli(["compare", file, file]);
      assert.equal(run.code, 0, run.stderr);
    }
  });

  it("a quoted value holding the delimiter far below the rows DuckDB's sniffer samples is read; a truly ragged row still names its line", async () => {
    const dir = tempDir();
    // 30,000 unquoted rows, then quoted names with a comma: the sniffer sampled no quote.
    const rows = Array.from({ length: 31_000 }, (_, i) => `${i},${i < 30_000 ? "plain" : '"Smith, John"'},${i % 7}`);
    const late = join(dir, "late-quote.csv");
    writeFileSync(late, `x,name,y\n${rows.join("\n")}\n`);
    const table = await readTable(late);
    assert.equal(table.rowCount, 31_000);
    const name = table.columns.find((column) => column.name === "name") as CategoricalColumn;
    assert.deepEqual(name.dictionary, ["Smith, John", "plain"]);
    const ragged = join(dir, "ragged-late.csv");
    writeFileSync(ragged, `x,y\n${Array.from({ length: 30_000 }, (_, i) => `${i},${i % 7}`).join("\n")}\n5,6,7\n`);
    await assert.rejects(readTable(ragged), /ragged-late\.csv': line 30002 has 3 fields but the header has 2/);
  });
});
