import { readFileSync } from "node:fs";
import { repoPath } from "../../helpers/paths";

export interface EmbeddingFixture {
  mmd: {
    x: number[][];
    y: number[][];
    statistic: number;
    sigma: number;
    small: { x: number[][]; y: number[][]; statistic: number; sigma: number; exactPValue: number };
  };
  pca: { components: number[][]; explainedVariance: number[]; explainedVarianceRatio: number[]; projectedY: number[][] };
  eigen: { matrix: number[][]; values: number[] };
  meanDistance: { euclidean: number; cosine: number };
  ratio: { distances: number[]; share: number };
  ks: { pValues: number[]; bonferroni: number };
  rocAuc: { labels: number[]; scores: number[]; auc: number };
  tfidf: { texts: string[]; vocabulary: string[]; matrix: number[][] };
  logistic: { x: number[][]; y: number[]; weights: number[]; bias: number };
}

/** test/fixtures/embedding-drift.json, written by test/fixtures/scripts/embedding_drift.py. */
export const fixture: EmbeddingFixture = JSON.parse(readFileSync(repoPath("test/fixtures/embedding-drift.json"), "utf8"));

/** Rows as one row-major Float64Array. */
export function flat(rows: readonly (readonly number[])[]): Float64Array {
  return Float64Array.from(rows.flat());
}
