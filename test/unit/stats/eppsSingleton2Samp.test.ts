import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { eppsSingleton2Samp, eppsSingletonStatTest } from "../../../kernel-helpers/stats/eppsSingleton2Samp";
import { symmetricPseudoInverse } from "../../../kernel-helpers/stats/symmetricPseudoInverse";
import { assertClose } from "../../helpers/closeTo";
import { CONTEXT, fixture, isError, numerical, sortedNumerical } from "./distanceFixture";

function multiply(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const c = new Float64Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) for (let k = 0; k < size; k++) c[i * size + j] += a[i * size + k] * b[k * size + j];
  return c;
}

describe("symmetricPseudoInverse", () => {
  it("inverts a well-conditioned symmetric matrix", () => {
    const a = Float64Array.of(4, 1, 0.5, 0, 1, 3, 0.2, 0.1, 0.5, 0.2, 2, 0.3, 0, 0.1, 0.3, 1);
    const { inverse, rank } = symmetricPseudoInverse(a, 4);
    assert.equal(rank, 4);
    const identity = multiply(a, inverse, 4);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) assertClose(identity[i * 4 + j], i === j ? 1 : 0, 1e-13, 1e-13, `(${i},${j})`);
  });

  it("drops null directions: A A⁺ A = A and the rank counts what is left", () => {
    // u uᵀ + v vᵀ in 3-D: rank 2.
    const u = [1, 2, 3];
    const v = [0, 1, -1];
    const a = Float64Array.from({ length: 9 }, (_, k) => u[Math.floor(k / 3)] * u[k % 3] + v[Math.floor(k / 3)] * v[k % 3]);
    const { inverse, rank } = symmetricPseudoInverse(a, 3);
    assert.equal(rank, 2);
    const back = multiply(multiply(a, inverse, 3), a, 3);
    a.forEach((value, k) => assertClose(back[k], value, 1e-12, 1e-12, `entry ${k}`));
  });

  it("documents its example and gives rank 0 for the zero matrix", () => {
    const { inverse, rank } = symmetricPseudoInverse(Float64Array.of(2, 0, 0, 0), 2);
    assert.deepEqual([...inverse], [0.5, 0, 0, 0]);
    assert.equal(rank, 1);
    assert.equal(symmetricPseudoInverse(new Float64Array(4), 2).rank, 0);
  });
});

describe("eppsSingleton2Samp", () => {
  it("throws a DataError for fewer than 5 values, a zero IQR, or two constant samples", () => {
    assert.throws(() => eppsSingleton2Samp(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 2, 3, 4, 5)), DataError);
    assert.throws(() => eppsSingleton2Samp(Float64Array.of(1, 1, 1, 1, 1, 2), Float64Array.of(1, 1, 1, 1, 1)), /interquartile range/);
    assert.throws(() => eppsSingleton2Samp(Float64Array.of(3, 3, 3, 3, 3), Float64Array.of(4, 4, 4, 4, 4)), /each constant/);
  });
});

describe("eppsSingletonStatTest", () => {
  // W goes through the pseudo-inverse of a covariance that is ill-conditioned for few distinct
  // values, so it is compared to 1e-9 relative; the χ² tail then multiplies W's relative error
  // by about W/2 (d ln p / d ln W), so the p-value gets 1e-9 · max(1, W/2).
  it("matches scipy.stats.epps_singleton_2samp (after Evidently's IQR check) on the fixture cases", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      if (name === "constant_different") continue; // SciPy's answer there is rounding noise, see below
      for (const make of [numerical, sortedNumerical]) {
        const expected = c.es;
        if (isError(expected)) {
          assert.throws(() => eppsSingletonStatTest.run(make(c.reference), make(c.current), CONTEXT), DataError, name);
          continue;
        }
        const outcome = eppsSingletonStatTest.run(make(c.reference), make(c.current), CONTEXT);
        assertClose(outcome.statistic ?? NaN, expected.statistic, 1e-9, 1e-12, `${name} statistic`);
        assertClose(outcome.score, expected.pValue, 1e-9 * Math.max(1, expected.statistic / 2), 1e-300, `${name} p-value`);
      }
    }
  });

  it("refuses two constant, different samples where SciPy divides rounding noise by rounding noise", () => {
    const c = fixture.numerical.constant_different;
    assert.throws(() => eppsSingletonStatTest.run(numerical(c.reference), numerical(c.current), CONTEXT), DataError);
  });

  it("gives p = 1 for identical samples, uses threshold 0.05 and flags drift below it", () => {
    const c = fixture.numerical.identical;
    assert.equal(eppsSingletonStatTest.run(numerical(c.reference), numerical(c.current), CONTEXT).score, 1);
    assert.equal(eppsSingletonStatTest.defaultThreshold, 0.05);
    assert.equal(eppsSingletonStatTest.drifted(0.05, 0.05), false);
    assert.equal(eppsSingletonStatTest.drifted(0.049, 0.05), true);
  });
});
