import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatCount, plural } from "../../../kernel-helpers/formatCount";
import { createRandom } from "../../../kernel-helpers/stats/random";

describe("formatCount: counts with thousands separators, without ICU", () => {
  it("writes every integer as toLocaleString('en-US') does", () => {
    const random = createRandom(5);
    const cases = [0, -0, 1, -1, 999, 1000, -1000, 12_345, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 0.5, 1234.5678, NaN, Infinity, -Infinity];
    for (let i = 0; i < 2000; i++) cases.push(Math.round((random.next() - 0.5) * 10 ** Math.floor(random.next() * 16)));
    for (const n of cases) assert.equal(formatCount(n), n.toLocaleString("en-US"), String(n));
  });

  it("says one row, two rows", () => {
    assert.equal(plural(1, "row"), "1 row");
    assert.equal(plural(1200, "row"), "1,200 rows");
    assert.equal(plural(0, "column"), "0 columns");
  });
});
