import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chiSquareSf } from "../../../kernel-helpers/stats/special/chiSquareSf";
import { erf } from "../../../kernel-helpers/stats/special/erf";
import { erfc } from "../../../kernel-helpers/stats/special/erfc";
import { logGamma } from "../../../kernel-helpers/stats/special/logGamma";
import { normalCdf } from "../../../kernel-helpers/stats/special/normalCdf";
import { normalSf } from "../../../kernel-helpers/stats/special/normalSf";
import { regularizedBeta } from "../../../kernel-helpers/stats/special/regularizedBeta";
import { regularizedGammaP } from "../../../kernel-helpers/stats/special/regularizedGammaP";
import { regularizedGammaQ } from "../../../kernel-helpers/stats/special/regularizedGammaQ";
import { studentTSf } from "../../../kernel-helpers/stats/special/studentTSf";
import { assertCloseToScipy, assertCloseP, statsFixture } from "./statsFixture";

// The special functions are checked against mpmath at 50 digits (see the fixture script), with
// the accuracy each one documents; where scipy is itself that accurate, against scipy too.
const special = statsFixture().special;

describe("logGamma", () => {
  it("matches mpmath to 1e-14 relative, next to its zeros at 1 and 2 too", () => {
    for (const [x, expected] of special.logGamma) assertCloseToScipy(logGamma(x), expected, `logGamma(${x})`, 1e-14, 1e-300);
  });

  it("is Infinity at 0 and the negative integers and NaN for NaN", () => {
    assert.equal(logGamma(0), Number.POSITIVE_INFINITY);
    assert.equal(logGamma(-3), Number.POSITIVE_INFINITY);
    assert.ok(Number.isNaN(logGamma(Number.NaN)));
    assert.equal(logGamma(1), 0);
    assert.equal(logGamma(2), 0);
  });
});

describe("regularizedGammaP and regularizedGammaQ", () => {
  it("match mpmath to 1e-13 relative, including a ~ x ~ 5000", () => {
    for (const [a, x, p, q] of special.regularizedGamma) {
      assertCloseToScipy(regularizedGammaP(a, x), p, `P(${a}, ${x})`, 1e-13, 1e-300);
      assertCloseToScipy(regularizedGammaQ(a, x), q, `Q(${a}, ${x})`, 1e-13, 1e-300);
    }
  });

  it("handle the ends of their domain", () => {
    assert.equal(regularizedGammaP(2, 0), 0);
    assert.equal(regularizedGammaQ(2, 0), 1);
    assert.equal(regularizedGammaQ(2, Number.POSITIVE_INFINITY), 0);
    assert.ok(Number.isNaN(regularizedGammaP(0, 1)));
    assert.ok(Number.isNaN(regularizedGammaQ(1, -1)));
  });
});

describe("chiSquareSf", () => {
  it("is Q(df/2, x/2), 1 at x ≤ 0 and 0 at x = ∞", () => {
    for (const [a, x, , q] of special.regularizedGamma) assertCloseToScipy(chiSquareSf(2 * x, 2 * a), q, `chiSquareSf(${2 * x}, ${2 * a})`, 1e-13, 1e-300);
    assert.equal(chiSquareSf(0, 3), 1);
    assert.equal(chiSquareSf(-1, 3), 1);
    assert.equal(chiSquareSf(Number.POSITIVE_INFINITY, 3), 0);
    assert.ok(Number.isNaN(chiSquareSf(1, 0)));
  });
});

describe("erf and erfc", () => {
  it("match mpmath to 1e-14 relative and scipy to 1e-13", () => {
    for (const [x, exactErfc, exactErf, scipyErfc] of special.erfc) {
      assertCloseToScipy(erfc(x), exactErfc, `erfc(${x})`, 1e-14, 1e-300);
      assertCloseToScipy(erf(x), exactErf, `erf(${x})`, 1e-14, 1e-300);
      assertCloseToScipy(erfc(x), scipyErfc, `erfc(${x}) against scipy`, 1e-13, 1e-300);
    }
  });
});

describe("normalCdf and normalSf", () => {
  it("match mpmath to 1e-13 relative and scipy's norm.cdf / norm.sf to 1e-13", () => {
    for (const [z, cdf, sf, scipyCdf, scipySf] of special.normal) {
      assertCloseToScipy(normalCdf(z), cdf, `normalCdf(${z})`, 1e-13, 1e-300);
      assertCloseToScipy(normalSf(z), sf, `normalSf(${z})`, 1e-13, 1e-300);
      assertCloseToScipy(normalCdf(z), scipyCdf, `normalCdf(${z}) against scipy`, 1e-13, 1e-300);
      assertCloseToScipy(normalSf(z), scipySf, `normalSf(${z}) against scipy`, 1e-13, 1e-300);
    }
  });

  it("are 0 and 1 at the infinities and NaN for NaN", () => {
    assert.equal(normalCdf(Number.NEGATIVE_INFINITY), 0);
    assert.equal(normalCdf(Number.POSITIVE_INFINITY), 1);
    assert.equal(normalSf(Number.POSITIVE_INFINITY), 0);
    assert.ok(Number.isNaN(normalCdf(Number.NaN)));
  });
});

describe("regularizedBeta", () => {
  it("matches mpmath to 1e-12 relative, for shapes up to 5000 and tiny x", () => {
    for (const [x, a, b, expected] of special.regularizedBeta) assertCloseToScipy(regularizedBeta(x, a, b), expected, `I(${x}; ${a}, ${b})`, 1e-12, 1e-300);
  });

  it("is 0 at x = 0, 1 at x = 1 and NaN outside [0, 1]", () => {
    assert.equal(regularizedBeta(0, 2, 3), 0);
    assert.equal(regularizedBeta(1, 2, 3), 1);
    assert.ok(Number.isNaN(regularizedBeta(1.5, 2, 3)));
  });
});

describe("studentTSf", () => {
  it("matches mpmath to 1e-12 and scipy's t.sf to 1e-11, for non-integer df too", () => {
    for (const [t, df, exact, scipy] of special.studentTSf) {
      assertCloseToScipy(studentTSf(t, df), exact, `studentTSf(${t}, ${df})`, 1e-12, 1e-300);
      assertCloseP(studentTSf(t, df), scipy, `studentTSf(${t}, ${df}) against scipy`);
    }
  });

  it("is ½ at 0, 0 at +∞ and the normal tail for df = ∞", () => {
    assert.equal(studentTSf(0, 7), 0.5);
    assert.equal(studentTSf(Number.POSITIVE_INFINITY, 7), 0);
    assert.equal(studentTSf(1.5, Number.POSITIVE_INFINITY), normalSf(1.5));
  });
});
