import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { EMPIRICAL_MMD_MAX_VALUES, empiricalMmd, empiricalMmdStatTest } from "../../../kernel-helpers/stats/empiricalMmd";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, fixture, isError, numerical, sortedNumerical } from "./distanceFixture";

describe("empiricalMmd", () => {
  // The statistic is a difference of three O(1) sums, so it is compared to 1e-9 relative or
  // 1e-13 absolute (the sums' rounding), whichever is larger.
  it("matches Evidently's MMD statistic and median bandwidth on every fixture case", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      const expected = c.empirical_mmd;
      if (isError(expected)) {
        assert.throws(() => empiricalMmd(Float64Array.from(c.reference), Float64Array.from(c.current), 1), DataError, name);
        continue;
      }
      const result = empiricalMmd(Float64Array.from(c.reference), Float64Array.from(c.current), 1);
      assertClose(result.sigma, expected.sigma, 1e-9, 0, `${name} sigma`);
      assertClose(result.statistic, expected.statistic, 1e-9, 1e-13, `${name} statistic`);
    }
  });

  it("finds the median of the n² reference distances, nearest rank, ties and an even n included", () => {
    const random = createRandom(3);
    for (const n of [2, 3, 4, 7, 50, 51]) {
      const x = Float64Array.from({ length: n }, () => Math.round(random.normal() * 3));
      const all: number[] = [];
      for (const a of x) for (const b of x) all.push((a - b) ** 2);
      all.sort((p, q) => p - q);
      const k = n % 2 === 0 ? (n * n) / 2 : (n * n - 1) / 2;
      const sigma = Math.sqrt(0.5 * all[k]) || Math.SQRT1_2;
      assertClose(empiricalMmd(x, Float64Array.of(0, 1), 1).sigma, sigma, 1e-15, 0, `n = ${n}`);
    }
  });

  it("gives p = 0 for clearly shifted samples and a large p for samples from one distribution", () => {
    const shifted = fixture.numerical.shifted;
    assert.equal(empiricalMmd(Float64Array.from(shifted.reference), Float64Array.from(shifted.current), 5).pValue, 0);
    const same = fixture.numerical.normal;
    assert.ok(!isError(same.empirical_mmd));
    for (const seed of [1, 2, 3]) {
      // Evidently's numpy p-value here is 0.59; each estimate has standard error ≤ 0.05.
      const { pValue } = empiricalMmd(Float64Array.from(same.reference), Float64Array.from(same.current), seed);
      assert.ok(pValue > 0.2 && Math.abs(pValue - same.empirical_mmd.pValueNumpy) <= 0.25, `seed ${seed}: ${pValue}`);
    }
  });

  it("is reproducible for a seed", () => {
    const c = fixture.numerical.tiny_magnitude;
    const a = empiricalMmd(Float64Array.from(c.reference), Float64Array.from(c.current), 11);
    const b = empiricalMmd(Float64Array.from(c.reference), Float64Array.from(c.current), 11);
    assert.deepEqual(a, b);
  });

  it("gives statistic 0 and p = 1 for two equal constant samples, as Evidently", () => {
    assert.deepEqual(empiricalMmd(Float64Array.of(3, 3, 3), Float64Array.of(3, 3), 1), { statistic: 0, pValue: 1, sigma: Math.SQRT1_2 });
  });

  it("refuses more than EMPIRICAL_MMD_MAX_VALUES values with a DataError that names a way out", () => {
    const big = new Float64Array(EMPIRICAL_MMD_MAX_VALUES);
    assert.throws(() => empiricalMmd(big, Float64Array.of(1, 2), 1), /wasserstein/);
  });
});

describe("empiricalMmdStatTest", () => {
  it("reports the permutation p-value as its score and the MMD as its statistic", () => {
    const c = fixture.numerical.unequal_sizes;
    assert.ok(!isError(c.empirical_mmd));
    for (const make of [numerical, sortedNumerical]) {
      const outcome = empiricalMmdStatTest.run(make(c.reference), make(c.current), CONTEXT);
      assert.equal(outcome.score, outcome.pValue);
      assert.equal(outcome.score, 0);
      assertClose(outcome.statistic ?? NaN, c.empirical_mmd.statistic, 1e-9, 1e-13);
    }
  });

  it("flags drift below the threshold, as Evidently's p < threshold", () => {
    assert.equal(empiricalMmdStatTest.drifted(0.1, 0.1), false);
    assert.equal(empiricalMmdStatTest.drifted(0.09, 0.1), true);
  });
});
