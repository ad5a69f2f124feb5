import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { componentDriftShare } from "../../../kernel-helpers/embeddings/componentDriftShare";
import { componentKs } from "../../../kernel-helpers/embeddings/componentKs";
import { denseRows } from "../../../kernel-helpers/embeddings/featureRows";
import { fitLogisticRegression } from "../../../kernel-helpers/embeddings/logisticRegression";
import { meanEmbeddingDistance } from "../../../kernel-helpers/embeddings/meanEmbeddingDistance";
import { fitPca, projectPca } from "../../../kernel-helpers/embeddings/pca";
import { randomAucPercentile } from "../../../kernel-helpers/embeddings/randomAucPercentile";
import { rbfMmd } from "../../../kernel-helpers/embeddings/rbfMmd";
import { rocAuc } from "../../../kernel-helpers/performance/rocAuc";
import { symmetricEigen } from "../../../kernel-helpers/embeddings/symmetricEigen";
import { tfidfFeatures } from "../../../kernel-helpers/embeddings/tfidfFeatures";
import { DataError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { assertClose } from "../../helpers/closeTo";
import { fixture, flat } from "./embeddingFixture";

const x = flat(fixture.mmd.x);
const y = flat(fixture.mmd.y);
const D = 6;

describe("rbfMmd", () => {
  // Sums of O(n²) kernel values in double precision: 1e-9 relative is far above their rounding.
  it("matches numpy's unbiased MMD² and median-heuristic bandwidth", () => {
    const result = rbfMmd(x, y, D, 10, 1);
    assertClose(result.statistic, fixture.mmd.statistic, 1e-9, 0, "statistic");
    assertClose(result.sigma, fixture.mmd.sigma, 1e-9, 0, "sigma");
    const small = fixture.mmd.small;
    const exact = rbfMmd(flat(small.x), flat(small.y), 2, 10, 1);
    assertClose(exact.statistic, small.statistic, 1e-9, 0, "small statistic");
    assertClose(exact.sigma, small.sigma, 1e-9, 0, "small sigma");
  });

  it("estimates the exact permutation p-value of a small case (70 splits)", () => {
    // 4000 relabelings: the estimate's standard error is ≤ 0.004; allow 4 of them.
    const small = fixture.mmd.small;
    const { pValue } = rbfMmd(flat(small.x), flat(small.y), 2, 4000, 3);
    assert.ok(Math.abs(pValue - small.exactPValue) <= 0.016, `p ${pValue} vs exact ${small.exactPValue}`);
  });

  it("is reproducible for a seed and uses 100 permutations by default", () => {
    const a = rbfMmd(x, y, D, undefined, 5);
    assert.deepEqual(a, rbfMmd(x, y, D, undefined, 5));
    assert.equal(a.permutations, 100);
    assert.ok(a.pValue >= 1 / 101 && a.pValue <= 1);
  });

  it("holds its level: p < 0.05 in about 5% of no-drift pairs", () => {
    const random = createRandom(9);
    let rejections = 0;
    for (let t = 0; t < 100; t++) {
      const a = Float64Array.from({ length: 40 * 3 }, () => random.normal());
      const b = Float64Array.from({ length: 40 * 3 }, () => random.normal());
      if (rbfMmd(a, b, 3, 100, t).pValue < 0.05) rejections++;
    }
    // Binomial(100, 0.05): P(more than 12) < 0.001.
    assert.ok(rejections <= 12, `${rejections} false alarms in 100`);
  });

  it("gives statistic 0 and p = 1 for identical points, and rejects a side with one row", () => {
    const same = rbfMmd(Float64Array.of(1, 1, 1, 1), Float64Array.of(1, 1, 1, 1), 2);
    assert.equal(same.statistic, 0);
    assert.equal(same.pValue, 1);
    assert.throws(() => rbfMmd(Float64Array.of(1, 2), Float64Array.of(1, 2, 3, 4), 2), DataError);
  });
});

describe("PCA and the symmetric eigen-decomposition", () => {
  it("symmetricEigen matches numpy.linalg.eigh's eigenvalues to 1e-10 relative", () => {
    const { values, vectors } = symmetricEigen(flat(fixture.eigen.matrix), 8);
    fixture.eigen.values.forEach((value, k) => assertClose(values[k], value, 1e-10, 1e-12, `λ${k}`));
    for (let k = 0; k < 8; k++) {
      let norm = 0;
      for (let i = 0; i < 8; i++) norm += vectors[i * 8 + k] ** 2;
      assertClose(norm, 1, 1e-12, 0, `‖v${k}‖`);
    }
  });

  it("fitPca matches sklearn PCA(svd_solver='full'): axes up to sign, variances, projections", () => {
    const pca = fitPca(x, 30, D, 3);
    for (let k = 0; k < 3; k++) {
      const expected = fixture.pca.components[k];
      const sign = Math.sign(expected.reduce((s, v, j) => s + v * pca.axes[k * D + j], 0));
      expected.forEach((value, j) => assertClose(sign * pca.axes[k * D + j], value, 1e-8, 1e-10, `axis ${k}[${j}]`));
      assertClose(pca.explainedVariance[k], fixture.pca.explainedVariance[k], 1e-10, 0, `variance ${k}`);
      assertClose(pca.explainedVarianceRatio[k], fixture.pca.explainedVarianceRatio[k], 1e-10, 0, `ratio ${k}`);
      const projected = projectPca(pca, y, 25);
      fixture.pca.projectedY.forEach((row, i) => assertClose(sign * projected[i * 3 + k], row[k], 1e-8, 1e-10, `y[${i}][${k}]`));
    }
  });
});

describe("the other embedding drift methods", () => {
  it("distance: Euclidean and cosine between the means agree with scipy", () => {
    assertClose(meanEmbeddingDistance(x, y, D, "euclidean"), fixture.meanDistance.euclidean, 1e-12, 0, "euclidean");
    assertClose(meanEmbeddingDistance(x, y, D, "cosine"), fixture.meanDistance.cosine, 1e-10, 0, "cosine");
    assert.equal(meanEmbeddingDistance(Float64Array.of(0, 0, 0, 0), Float64Array.of(1, 2, 3, 4), 2, "cosine"), 0);
  });

  it("ratio: normed Wasserstein per component and the share ≥ 0.1 agree with scipy", () => {
    const result = componentDriftShare(x, y, D);
    fixture.ratio.distances.forEach((value, j) => assertClose(result.distances[j], value, 1e-10, 1e-14, `component ${j}`));
    assert.equal(result.share, fixture.ratio.share);
  });

  it("ks: p-value per component and the Bonferroni minimum agree with scipy.stats.ks_2samp", () => {
    const result = componentKs(x, y, D);
    fixture.ks.pValues.forEach((value, j) => assertClose(result.pValues[j], value, 1e-9, 1e-15, `component ${j}`));
    assertClose(result.pValue, fixture.ks.bonferroni, 1e-9, 1e-15, "bonferroni");
  });

  it("rocAuc agrees with sklearn's roc_auc_score with tied scores, and is NaN with one class", () => {
    assertClose(rocAuc(Uint8Array.from(fixture.rocAuc.labels), Float64Array.from(fixture.rocAuc.scores)), fixture.rocAuc.auc, 1e-14, 0, "auc");
    assert.ok(Number.isNaN(rocAuc(Uint8Array.of(1, 1), Float64Array.of(0.2, 0.3))));
  });

  it("randomAucPercentile sits a little above 0.5 and is seeded", () => {
    const labels = Uint8Array.from({ length: 200 }, (_, i) => i % 2);
    const threshold = randomAucPercentile(labels, 1);
    assert.ok(threshold > 0.5 && threshold < 0.65, `${threshold}`);
    assert.equal(randomAucPercentile(labels, 1), threshold);
  });

  it("randomAucPercentile is, to the last bit, the percentile of rocAuc over the same random scores", () => {
    const byRocAuc = (labels: Uint8Array, seed: number, draws: number): number => {
      const random = createRandom(seed);
      const aucs = Array.from({ length: draws }, () => rocAuc(labels, Float64Array.from(labels, () => random.next()))).sort((a, b) => a - b);
      const position = 0.95 * (draws - 1);
      const low = Math.floor(position);
      return aucs[low] + (position - low) * (aucs[Math.min(low + 1, draws - 1)] - aucs[low]);
    };
    const random = createRandom(5);
    for (const [size, share] of [[7, 0.5], [200, 0.5], [3000, 0.2], [40000, 0.9]] as const) {
      const labels = Uint8Array.from({ length: size }, () => (random.next() < share ? 1 : 0));
      for (const seed of [0, 1, 99]) assert.equal(randomAucPercentile(labels, seed, 20), byRocAuc(labels, seed, 20), `${size} labels, seed ${seed}`);
    }
    assert.ok(Number.isNaN(randomAucPercentile(Uint8Array.of(1, 1, 1), 0)), "one class: NaN, as rocAuc");
  });

  it("logistic regression converges to sklearn's LogisticRegression(C=1) weights", () => {
    const { x: rows, y: labels, weights, bias } = fixture.logistic;
    const model = fitLogisticRegression(denseRows(flat(rows), 3), Uint8Array.from(labels), Int32Array.from(labels.keys()));
    weights.forEach((w, j) => assertClose(model.weights[j], w, 1e-5, 0, `w${j}`));
    assertClose(model.bias, bias, 1e-4, 0, "bias");
  });

  it("tfidfFeatures matches sklearn's TfidfVectorizer(sublinear_tf, max_df=0.5, same stop words), accents included", () => {
    const features = tfidfFeatures(fixture.tfidf.texts);
    assert.deepEqual(features.vocabulary, fixture.tfidf.vocabulary);
    fixture.tfidf.matrix.forEach((row, i) => {
      const dense = new Float64Array(row.length);
      for (let k = features.starts[i]; k < features.starts[i + 1]; k++) dense[features.indices[k]] = features.values[k];
      row.forEach((value, j) => assertClose(dense[j], value, 1e-12, 1e-15, `text ${i}, '${fixture.tfidf.vocabulary[j]}'`));
    });
  });
});
