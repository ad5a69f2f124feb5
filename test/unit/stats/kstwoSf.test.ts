import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kstwoSf } from "../../../kernel-helpers/stats/special/kstwoSf";
import { smirnovSf } from "../../../kernel-helpers/stats/special/smirnovSf";
import { assertCloseP, statsFixture } from "./statsFixture";

describe("kstwoSf", () => {
  it("matches scipy's kstwo.sf in every branch of its method choice (n from 1 to 150000)", () => {
    for (const [n, d, expected] of statsFixture().kstwo) assertCloseP(kstwoSf(d, n), expected, `kstwoSf(${d}, ${n})`);
  });

  it("is 1 at d = 0, 0 at d = 1 and NaN for a non-integer n", () => {
    assert.equal(kstwoSf(0, 10), 1);
    assert.equal(kstwoSf(1, 10), 0);
    assert.ok(Number.isNaN(kstwoSf(0.2, 2.5)));
  });
});

describe("smirnovSf", () => {
  it("matches scipy.special.smirnov", () => {
    for (const [n, d, expected] of statsFixture().smirnov) assertCloseP(smirnovSf(n, d), expected, `smirnovSf(${n}, ${d})`);
  });
});
