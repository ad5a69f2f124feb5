import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { categoryCounts } from "../../../kernel-helpers/stats/categoryCounts";
import { chiSquare } from "../../../kernel-helpers/stats/chiSquare";
import { chiSquareStatTest } from "../../../kernel-helpers/stats/chiSquareStatTest";
import { fisherExactStatTest } from "../../../kernel-helpers/stats/fisherExactStatTest";
import { gTest } from "../../../kernel-helpers/stats/gTest";
import { gTestStatTest } from "../../../kernel-helpers/stats/gTestStatTest";
import { zStatTest } from "../../../kernel-helpers/stats/zStatTest";
import { assertCloseToScipy, assertCloseP, categorical, fixtureNumber, statsFixture } from "./statsFixture";

const context = { seed: 0 };

describe("Evidently's categorical tests", () => {
  const fixture = statsFixture();

  for (const c of fixture.categorical) {
    const [reference, current] = categorical(c.reference, c.current);

    it(`chisquare matches Evidently and scipy on ${c.title}`, () => {
      const outcome = chiSquareStatTest.run(reference, current, context);
      assertCloseToScipy(outcome.statistic as number, c.chisquare.statistic, "X²", 1e-9, 1e-12);
      if (fixtureNumber(c.chisquare.pValue) === fixtureNumber(c.chisquare.pValue)) assertCloseP(outcome.score, c.chisquare.pValue, "p-value");
      else assert.equal(outcome.score, 1, "a single category gives p = 1 (scipy: NaN)");
    });

    it(`g_test matches Evidently and scipy on ${c.title}`, () => {
      const outcome = gTestStatTest.run(reference, current, context);
      assertCloseToScipy(outcome.statistic as number, c.g_test.statistic, "G", 1e-9, 1e-12);
      if (fixtureNumber(c.g_test.pValue) === fixtureNumber(c.g_test.pValue)) assertCloseP(outcome.score, c.g_test.pValue, "p-value");
      else assert.equal(outcome.score, 1, "a single category gives p = 1 (scipy: NaN)");
    });

    it(`z matches Evidently on ${c.title}`, () => {
      const outcome = zStatTest.run(reference, current, context);
      assertCloseToScipy(outcome.statistic as number, c.z.statistic, "z");
      assertCloseP(outcome.score, c.z.pValue, "p-value (2·norm.sf)");
      // Evidently's 2·(1 - norm.cdf(|z|)) loses the digits of 1 - Φ below ~1e-16.
      assertCloseToScipy(outcome.score, c.z.evidentlyPValue, "p-value (Evidently's formula)", 0, 1e-15);
    });

    if (c.fisher_exact !== undefined) {
      const expected = c.fisher_exact;
      it(`fisher_exact matches Evidently and scipy on ${c.title}`, () => {
        const outcome = fisherExactStatTest.run(reference, current, context);
        assertCloseP(outcome.score, expected.pValue, "p-value");
      });
    }
  }

  it("chiSquare and gTest match scipy when called directly", () => {
    for (const c of fixture.frequencies) {
      const observed = Float64Array.from(c.observed);
      const expected = Float64Array.from(c.expected);
      const chi = chiSquare(observed, expected);
      assertCloseToScipy(chi.statistic, c.chisquare.statistic, "X²");
      assertCloseP(chi.pValue, c.chisquare.pValue, "chi-square p");
      const g = gTest(observed, expected);
      assertCloseToScipy(g.statistic, c.g_test.statistic, "G");
      assertCloseP(g.pValue, c.g_test.pValue, "G p");
    }
  });

  it("chiSquare refuses counts whose totals differ", () => {
    assert.throws(() => chiSquare(new Float64Array([1, 2]), new Float64Array([1, 1])), UsageError);
  });

  it("categoryCounts sorts labels numerically when they all read as numbers", () => {
    const [reference, current] = categorical(["10", "2", "1"], ["2"]);
    assert.deepEqual(categoryCounts(reference, current).labels, ["1", "2", "10"]);
    const [r2, c2] = categorical(["b", "a", "B"], ["a"]);
    assert.deepEqual(categoryCounts(r2, c2).labels, ["B", "a", "b"]);
  });

  it("the tests accept numerical samples, as Evidently's default selection sends them", () => {
    const reference = { type: "numerical" as const, values: new Float64Array([0, 0, 1, 1]) };
    const current = { type: "numerical" as const, values: new Float64Array([0, 1, 1, 1]) };
    const [cr, cc] = categorical(["0", "0", "1", "1"], ["0", "1", "1", "1"]);
    for (const test of [chiSquareStatTest, gTestStatTest, zStatTest, fisherExactStatTest]) {
      assert.deepEqual(test.run(reference, current, context), test.run(cr, cc, context), test.name);
    }
  });

  it("fisher_exact refuses a column with more than two values", () => {
    const [reference, current] = categorical(["a", "b"], ["c", "a"]);
    assert.throws(() => fisherExactStatTest.run(reference, current, context), DataError);
  });

  it("every categorical test throws a DataError for an empty sample", () => {
    const [reference, current] = categorical(["a", "b"], []);
    for (const test of [chiSquareStatTest, gTestStatTest, zStatTest, fisherExactStatTest]) {
      assert.throws(() => test.run(reference, current, context), DataError, test.name);
    }
  });

  it("registers Evidently's names, thresholds and comparisons", () => {
    const expected = [
      [chiSquareStatTest, "chisquare", 0.05],
      [gTestStatTest, "g_test", 0.1],
      [zStatTest, "z", 0.05],
      [fisherExactStatTest, "fisher_exact", 0.1],
    ] as const;
    for (const [test, name, threshold] of expected) {
      assert.equal(test.name, name);
      assert.equal(test.defaultThreshold, threshold);
      assert.deepEqual(test.columnTypes, ["categorical"]);
      assert.equal(test.kind, "pvalue");
      assert.equal(test.drifted(threshold, threshold), false, `${name}: p equal to the threshold is not drift`);
      assert.equal(test.drifted(threshold / 2, threshold), true);
    }
  });
});
