import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { fitIsotonic, predictIsotonic } from "../../../kernel-helpers/performance/isotonicRegression";
import { assertClose } from "../../helpers/closeTo";
import { TOLERANCE, performanceFixture } from "./performanceFixture";

interface IsotonicCase {
  title: string;
  x: number[];
  y: number[];
  thresholds: number[];
  values: number[];
  grid: number[];
  predicted: number[];
}

describe("fitIsotonic and predictIsotonic", () => {
  const cases = (performanceFixture() as unknown as { isotonic: IsotonicCase[] }).isotonic;

  for (const c of cases) {
    it(`match scikit-learn's IsotonicRegression(out_of_bounds="clip") to 1e-12 on ${c.title}`, () => {
      const fit = fitIsotonic(c.x, c.y);
      assert.deepEqual(fit.thresholds, c.thresholds);
      assert.equal(fit.values.length, c.values.length);
      fit.values.forEach((value, i) => assertClose(value, c.values[i], TOLERANCE, TOLERANCE, `y_thresholds_[${i}]`));
      c.grid.forEach((x, i) => assertClose(predictIsotonic(fit, x), c.predicted[i], TOLERANCE, TOLERANCE, `predict(${x})`));
    });
  }

  it("pools adjacent violators and keeps only the ends of flat runs", () => {
    assert.deepEqual(fitIsotonic(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 3, 2, 4)), { thresholds: [1, 2, 3, 4], values: [1, 2.5, 2.5, 4] });
    assert.deepEqual(fitIsotonic([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), { thresholds: [1, 5], values: [3, 3] });
  });

  it("leaves out pairs with NaN, keeps NaN out of predictions, and refuses no data", () => {
    assert.deepEqual(fitIsotonic([1, NaN, 2], [0, 1, 1]), { thresholds: [1, 2], values: [0, 1] });
    assert.ok(Number.isNaN(predictIsotonic({ thresholds: [0, 1], values: [0, 1] }, NaN)));
    assert.throws(() => fitIsotonic([NaN], [1]), DataError);
  });
});
