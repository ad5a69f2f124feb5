import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { cramerVonMises2Samp, cramerVonMisesStatTest } from "../../../kernel-helpers/stats/cramerVonMises2Samp";
import { besselK } from "../../../kernel-helpers/stats/special/besselK";
import { cramerVonMisesLimitCdf } from "../../../kernel-helpers/stats/special/cramerVonMisesLimitCdf";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, fixture, isError, numerical, sortedNumerical } from "./distanceFixture";

describe("besselK", () => {
  it("matches scipy.special.kv to 1e-13 over orders 0 to 2.5 and arguments 1e-3 to 300", () => {
    for (const { nu, x, value } of fixture.pure.besselK) assertClose(besselK(nu, x), value, 1e-13, 1e-300, `K_${nu}(${x})`);
  });

  it("documents its example and its edge values", () => {
    assertClose(besselK(0.5, 1), Math.sqrt(Math.PI / 2) * Math.exp(-1), 1e-15);
    assert.equal(besselK(0.25, 0), Infinity);
    assert.ok(Number.isNaN(besselK(0.25, -1)));
    assert.equal(besselK(0.25, 800), 0);
  });
});

describe("cramerVonMisesLimitCdf", () => {
  it("matches SciPy's _cdf_cvm_inf from 0.004 to 3", () => {
    for (const { x, cdf } of fixture.pure.cdf_cvm_inf) assertClose(cramerVonMisesLimitCdf(x), cdf, 1e-12, 1e-300, `x = ${x}`);
  });
});

describe("cramerVonMises2Samp", () => {
  it("documents its example: the exact p-value for 3 vs 3 separated values", () => {
    const result = cramerVonMises2Samp(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6));
    assert.equal(result.method, "exact");
    assertClose(result.pValue, 0.1, 1e-12);
    assertClose(result.statistic, 0.5277777777777778, 1e-12);
  });

  it("throws a DataError when a sample has fewer than two values", () => {
    assert.throws(() => cramerVonMises2Samp(Float64Array.of(1), Float64Array.of(1, 2)), DataError);
  });
});

describe("cramerVonMisesStatTest", () => {
  // The asymptotic p-value is 1 − CDF: both SciPy and this port lose digits to that subtraction
  // (SciPy's kv alone is off by ~1e-14), so tiny p-values agree to 1e-14 absolute, others to 1e-9.
  it("matches scipy.stats.cramervonmises_2samp on every fixture case, exact and asymptotic", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        const expected = c.cramer_von_mises;
        if (isError(expected)) {
          assert.throws(() => cramerVonMisesStatTest.run(make(c.reference), make(c.current), CONTEXT), DataError, name);
          continue;
        }
        const outcome = cramerVonMisesStatTest.run(make(c.reference), make(c.current), CONTEXT);
        assertClose(outcome.score, expected.pValue, 1e-9, 1e-14, `${name} p-value`);
        assertClose(outcome.statistic ?? NaN, expected.statistic, 1e-9, 1e-300, `${name} statistic`);
      }
    }
  });

  it("uses the exact p-value up to 20 values per sample, ties given midranks", () => {
    const c = fixture.numerical.small_ties;
    assert.equal(cramerVonMises2Samp(Float64Array.from(c.reference), Float64Array.from(c.current)).method, "exact");
    assert.equal(cramerVonMises2Samp(Float64Array.from(fixture.numerical.normal.reference), Float64Array.of(1, 2)).method, "asymptotic");
  });

  it("gives p = 1 for identical samples and SciPy's 0.0845 for two equal constant columns", () => {
    const c = fixture.numerical.identical;
    assert.equal(cramerVonMisesStatTest.run(numerical(c.reference), numerical(c.current), CONTEXT).score, 1);
    const constant = fixture.numerical.constant_equal;
    assert.ok(!isError(constant.cramer_von_mises));
    assertClose(cramerVonMisesStatTest.run(numerical(constant.reference), numerical(constant.current), CONTEXT).score, constant.cramer_von_mises.pValue, 1e-9);
  });

  it("flags drift at or below the threshold, as Evidently's p <= threshold", () => {
    assert.equal(cramerVonMisesStatTest.drifted(0.1, 0.1), true);
    assert.equal(cramerVonMisesStatTest.drifted(0.11, 0.1), false);
  });
});
