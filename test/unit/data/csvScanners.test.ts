import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareCodePoints } from "../../../kernel-helpers/data/compareCodePoints";
import { detectDelimiter } from "../../../kernel-helpers/data/detectDelimiter";
import { findCsvProblem } from "../../../kernel-helpers/data/findCsvProblem";
import { findJsonlProblem } from "../../../kernel-helpers/data/findJsonlProblem";
import { scratch } from "./tableValues";

const { file } = scratch("scan");

describe("detectDelimiter", () => {
  it("takes the delimiter from the header, ignoring quoted ones", () => {
    assert.equal(detectDelimiter(file("comma.csv", 'a,"b;c",d\n1;2;3,4,5\n')), ",");
    assert.equal(detectDelimiter(file("semi.csv", "a;b;c\r\n1;2;3\r\n")), ";");
    assert.equal(detectDelimiter(file("tab.csv", "a\tb\n1\t2\n")), "\t");
    assert.equal(detectDelimiter(file("pipe.csv", "a|b\n")), "|");
    assert.equal(detectDelimiter(file("single.csv", "a\n1\n")), ",");
  });
});

describe("findCsvProblem", () => {
  it("finds the first row whose field count differs from the header's, by the line it starts on", () => {
    assert.deepEqual(findCsvProblem(file("r.csv", 'a,b\n1,"x\ny"\n\n2,3,4\n'), ","), { kind: "ragged", line: 5, expected: 2, found: 3 });
  });

  it("finds a line that is not UTF-8, and nothing in a good file with CRLF and a BOM", () => {
    assert.deepEqual(findCsvProblem(file("e.csv", Buffer.concat([Buffer.from("a\nx\n"), Buffer.from([0xff]), Buffer.from("\n")])), ","), { kind: "encoding", line: 3 });
    assert.equal(findCsvProblem(file("ok.csv", "\ufeffa,b\r\n1,2\r\n3,4"), ","), undefined);
  });
});

describe("findJsonlProblem", () => {
  it("names the first line that does not parse, skipping blank lines, and nothing in a good file", () => {
    assert.equal(findJsonlProblem(file("j.jsonl", '{"a":1}\n\n{"a":}\n'))?.line, 3);
    assert.equal(findJsonlProblem(file("ok.jsonl", '{"a":1}\n{"a":2}')), undefined);
  });
});

describe("compareCodePoints", () => {
  it("orders by code point, so characters above U+FFFF come after U+FF5E", () => {
    assert.deepEqual(["\u{1F600}", "b", "\uFF5E", "a", "ab", ""].sort(compareCodePoints), ["", "a", "ab", "b", "\uFF5E", "\u{1F600}"]);
  });
});
