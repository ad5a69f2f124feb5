import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { embedProgressLine } from "../../../kernel-helpers/cli/embedProgressLine";

describe("embedProgressLine", () => {
  it("rewrites one terminal line with distinct inputs done / total, and clears it at the end", () => {
    const written: string[] = [];
    const progress = embedProgressLine("texts", { isTTY: true, write: (text: string) => written.push(text) }, 0);
    progress.update({ done: 32, total: 5040 });
    progress.update({ done: 5040, total: 5040 });
    progress.end();
    assert.deepEqual(written, ["\r\x1b[2Kembedding distinct texts: 32 / 5,040 (0%)", "\r\x1b[2Kembedding distinct texts: 5,040 / 5,040 (100%)", "\r\x1b[2K"]);
  });

  it("writes nothing when the stream is not a terminal, and at most one line per interval before the last", () => {
    const piped: string[] = [];
    const quiet = embedProgressLine("images", { isTTY: false, write: (text: string) => piped.push(text) });
    quiet.update({ done: 1, total: 2 });
    quiet.end();
    assert.deepEqual(piped, []);
    const written: string[] = [];
    const throttled = embedProgressLine("texts", { isTTY: true, write: (text: string) => written.push(text) }, 60_000);
    for (let done = 1; done <= 10; done++) throttled.update({ done, total: 10 });
    assert.equal(written.length, 2, "the first batch and the last");
  });
});
