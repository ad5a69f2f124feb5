import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { chunkBand } from "../../../kernel-helpers/multivariate/chunkBand";
import { encodeRows, fitEncoding } from "../../../kernel-helpers/multivariate/multivariateEncoding";
import { multivariateDrift } from "../../../kernel-helpers/multivariate/multivariateDrift";
import { fitReconstruction, reconstructionErrors } from "../../../kernel-helpers/multivariate/reconstructionModel";
import { assertClose } from "../../helpers/closeTo";
import { repoPath } from "../../helpers/paths";

interface ParityCase {
  varianceKept: number;
  referenceChunks: number;
  scalerMean: number[];
  scalerScale: number[];
  components: number;
  axes: number[][];
  explainedVarianceRatio: number[];
  referenceErrors: number[];
  currentErrors: number[];
  chunkMeans: number[];
  bandMean: number;
  bandStd: number;
  currentMean: number;
}

/** test/fixtures/multivariate-drift.json, written by test/fixtures/scripts/multivariate_drift.py (sklearn). */
const fixture: { reference: Record<string, (number | string | null)[]>; current: Record<string, (number | string | null)[]>; cases: ParityCase[] } = JSON.parse(
  readFileSync(repoPath("test/fixtures/multivariate-drift.json"), "utf8"),
);
const COLUMNS = ["a", "b", "c", "d", "e", "plan"];
const table = (columns: Record<string, (number | string | null)[]>, source: string) => tableFromColumns(columns, { source, types: { plan: "categorical" } });
const reference = table(fixture.reference, "reference.csv");
const current = table(fixture.current, "current.csv");
// Sums over a few hundred rows and a 6×6 eigenproblem: 1e-9 (relative, or absolute near 0) is far above rounding.
const TOLERANCE = 1e-9;

describe("data reconstruction agrees with scikit-learn (StandardScaler, PCA) on the fixtures", () => {
  for (const expected of fixture.cases) {
    it(`keeps the axes sklearn keeps for ${expected.varianceKept} of the variance, with the same scaling and errors`, () => {
      const encoding = fitEncoding(reference, COLUMNS);
      const ref = encodeRows(encoding, reference);
      const cur = encodeRows(encoding, current);
      const model = fitReconstruction(ref, reference.rowCount, COLUMNS.length, expected.varianceKept);
      expected.scalerMean.forEach((value, j) => assertClose(model.scaler.mean[j], value, TOLERANCE, TOLERANCE, `mean_[${j}]`));
      expected.scalerScale.forEach((value, j) => assertClose(model.scaler.scale[j], value, TOLERANCE, TOLERANCE, `scale_[${j}]`));
      assert.equal(model.pca.components, expected.components);
      expected.explainedVarianceRatio.forEach((value, k) => assertClose(model.pca.explainedVarianceRatio[k], value, TOLERANCE, TOLERANCE, `explained_variance_ratio_[${k}]`));
      expected.axes.forEach((axis, k) => {
        const sign = Math.sign(axis.reduce((s, v, j) => s + v * model.pca.axes[k * COLUMNS.length + j], 0));
        axis.forEach((value, j) => assertClose(sign * model.pca.axes[k * COLUMNS.length + j], value, TOLERANCE, TOLERANCE, `components_[${k}][${j}]`));
      });
      const referenceErrors = reconstructionErrors(model, ref, reference.rowCount);
      const currentErrors = reconstructionErrors(model, cur, current.rowCount);
      expected.referenceErrors.forEach((value, i) => assertClose(referenceErrors[i], value, TOLERANCE, TOLERANCE, `reference error ${i}`));
      expected.currentErrors.forEach((value, i) => assertClose(currentErrors[i], value, TOLERANCE, TOLERANCE, `current error ${i}`));
    });

    it(`measures the band over ${expected.referenceChunks} reference chunks as NannyML does (mean ± 3·np.std)`, () => {
      const drift = multivariateDrift(reference, current, { columns: COLUMNS, detectors: ["reconstruction"], varianceKept: expected.varianceKept, referenceChunks: expected.referenceChunks });
      const [detector] = drift.detectors;
      expected.chunkMeans.forEach((value, c) => assertClose(detector.band.values[c], value, TOLERANCE, TOLERANCE, `chunk ${c}`));
      assertClose(detector.band.mean, expected.bandMean, TOLERANCE, TOLERANCE, "band mean");
      assertClose(detector.band.std, expected.bandStd, TOLERANCE, TOLERANCE, "band std");
      assertClose(detector.value, expected.currentMean, TOLERANCE, TOLERANCE, "current mean error");
      assert.equal(detector.components, expected.components);
    });
  }

  it("gives a constant band no spread and a constant column scale 1 (sklearn's zero-variance rule)", () => {
    assert.equal(chunkBand([2, 2, 2], 10).std, 0);
    const model = fitReconstruction(Float64Array.of(1, 5, 2, 5, 3, 5, 4, 5), 4, 2, 0.65);
    assert.equal(model.scaler.scale[1], 1);
  });
});
