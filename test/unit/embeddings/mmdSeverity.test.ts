import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { embeddingColumnResult } from "../../../kernel-helpers/embeddings/embeddingColumnResult";
import { embeddingDrift } from "../../../kernel-helpers/embeddings/embeddingDrift";
import { rbfMmd } from "../../../kernel-helpers/embeddings/rbfMmd";
import { createRandom } from "../../../kernel-helpers/stats/random";

/** `rows` points of dimension 8 around `centre` (seeded). */
function cluster(rows: number, centre: number, seed: number): Float32Array {
  const random = createRandom(seed);
  return Float32Array.from({ length: rows * 8 }, () => centre + random.normal());
}

const verdict = (result: ReturnType<typeof embeddingDrift>) =>
  embeddingColumnResult({ column: "review", method: result.method, methodTitle: result.methodTitle, methodKind: result.methodKind, score: result.score, threshold: result.threshold, drifted: result.drifted, defaultMethod: true, uniqueValues: 0, referenceCount: 1, referenceMissing: 0, currentCount: 1, currentMissing: 0 });

describe("MMD's permutation p-value reaches the severity bands", () => {
  it("rates two clearly separated clusters HIGH: more relabelings than the default 100, p = 1/2001 < 0.05/100", () => {
    const result = embeddingDrift({ data: cluster(120, 0, 1), rows: 120, dimension: 8 }, { data: cluster(120, 3, 2), rows: 120, dimension: 8 }, { method: "mmd" });
    assert.equal(result.details.permutations, 2000);
    assert.equal(result.pValue, 1 / 2001);
    assert.equal(verdict(result).severity, "high");
  });
  it("stops at the default 100 relabelings when the samples agree (nothing to resolve)", () => {
    const result = embeddingDrift({ data: cluster(80, 0, 3), rows: 80, dimension: 8 }, { data: cluster(80, 0, 4), rows: 80, dimension: 8 }, { method: "mmd" });
    assert.equal(result.details.permutations, 100);
    assert.equal(result.drifted, false);
    assert.equal(verdict(result).severity, "none");
  });
  it("leaves rbfMmd itself to draw exactly the relabelings asked (what the numpy-checked fixtures use)", () => {
    const plain = rbfMmd(Float64Array.from(cluster(40, 0, 5)), Float64Array.from(cluster(40, 3, 6)), 8, 100, 0);
    assert.equal(plain.permutations, 100);
    assert.equal(plain.pValue, 1 / 101);
  });
});
