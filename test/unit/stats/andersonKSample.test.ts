import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { andersonKSample, andersonStatTest } from "../../../kernel-helpers/stats/andersonKSample";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, fixture, isError, numerical, sortedNumerical } from "./distanceFixture";

describe("andersonKSample", () => {
  it("matches scipy.stats.anderson_ksamp on three samples with ties", () => {
    const expected = fixture.pure.anderson_three_samples;
    const result = andersonKSample(expected.samples.map((sample) => Float64Array.from(sample)));
    assertClose(result.statistic, expected.statistic, 1e-9, 0, "statistic");
    assertClose(result.pValue, expected.pValue, 1e-9, 0, "p-value");
  });

  it("documents its example and SciPy's critical values for two samples", () => {
    const result = andersonKSample([Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(6, 7, 8, 9, 10)]);
    assertClose(result.pValue, 0.004355977966506477, 1e-9);
    assertClose(result.statistic, 4.726015467264128, 1e-12);
    [0.325, 1.226, 1.961, 2.718, 3.752, 4.592, 6.546].forEach((value, i) => assertClose(result.criticalValues[i], value, 1e-12));
  });

  it("throws a DataError for one sample, an empty sample, or fewer than three values", () => {
    assert.throws(() => andersonKSample([Float64Array.of(1, 2)]), DataError);
    assert.throws(() => andersonKSample([Float64Array.of(1, 2), new Float64Array(0)]), DataError);
    assert.throws(() => andersonKSample([Float64Array.of(1), Float64Array.of(2)]), DataError);
  });
});

describe("andersonStatTest", () => {
  it("matches scipy.stats.anderson_ksamp([reference, current]) on every fixture case, errors included", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        const expected = c.anderson;
        if (isError(expected)) {
          assert.throws(() => andersonStatTest.run(make(c.reference), make(c.current), CONTEXT), DataError, name);
          continue;
        }
        const outcome = andersonStatTest.run(make(c.reference), make(c.current), CONTEXT);
        assertClose(outcome.score, expected.pValue, 1e-9, 0, `${name} p-value`);
        assertClose(outcome.statistic ?? NaN, expected.statistic, 1e-9, 0, `${name} statistic`);
      }
    }
  });

  it("caps the p-value at 0.25 for identical samples and floors it at 0.001", () => {
    const c = fixture.numerical.identical;
    assert.equal(andersonStatTest.run(numerical(c.reference), numerical(c.current), CONTEXT).score, 0.25);
    const shifted = fixture.numerical.shifted;
    assert.equal(andersonStatTest.run(numerical(shifted.reference), numerical(shifted.current), CONTEXT).score, 0.001);
  });

  it("throws a DataError naming a way out for two constant equal samples", () => {
    assert.throws(() => andersonStatTest.run(numerical([2, 2, 2]), numerical([2, 2]), CONTEXT), /two distinct values/);
  });

  it("flags drift below the threshold, as Evidently's p < threshold", () => {
    assert.equal(andersonStatTest.drifted(0.1, 0.1), false);
    assert.equal(andersonStatTest.drifted(0.05, 0.1), true);
  });
});
