import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UsageError } from "../../../kernel-helpers/errors";
import { fisherExact } from "../../../kernel-helpers/stats/fisherExact";
import { hypergeometricMasses } from "../../../kernel-helpers/stats/hypergeometricMasses";
import { assertCloseToScipy, assertCloseP, fixtureNumber, statsFixture } from "./statsFixture";

describe("fisherExact", () => {
  const fixture = statsFixture();

  for (const c of fixture.fisherTables) {
    it(`matches scipy's fisher_exact on ${JSON.stringify(c.table)}`, () => {
      const result = fisherExact(c.table);
      assertCloseP(result.pValue, c.pValue, "p-value");
      const odds = fixtureNumber(c.oddsRatio);
      if (Number.isNaN(odds)) assert.ok(Number.isNaN(result.oddsRatio));
      else assertCloseToScipy(result.oddsRatio, c.oddsRatio, "odds ratio");
    });
  }

  it("refuses negative or fractional counts", () => {
    assert.throws(() => fisherExact([[1, -1], [2, 3]]), UsageError);
    assert.throws(() => fisherExact([[1, 0.5], [2, 3]]), UsageError);
  });
});

describe("hypergeometricMasses", () => {
  it("matches scipy's hypergeom.pmf", () => {
    for (const c of statsFixture().hypergeometric) {
      const { masses } = hypergeometricMasses(c.population, c.successes, c.draws);
      assert.equal(masses.length, c.masses.length);
      c.masses.forEach((m, i) => assertCloseP(masses[i], m, `P(X = ${i}) for ${c.population}, ${c.successes}, ${c.draws}`));
    }
  });

  it("gives bit-for-bit equal masses to mirror-image outcomes of a symmetric table", () => {
    const { masses } = hypergeometricMasses(2000, 1000, 1000);
    for (let i = 0; i < masses.length; i++) assert.equal(masses[i], masses[masses.length - 1 - i]);
  });
});
