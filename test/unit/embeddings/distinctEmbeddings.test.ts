import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkTextDrift } from "../../../kernel-helpers/embeddings/checkTextDrift";
import type { DistinctEmbeddings } from "../../../kernel-helpers/embeddings/distinctEmbeddings";
import { distinctEmbeddingRows, expandEmbeddings } from "../../../kernel-helpers/embeddings/distinctEmbeddings";
import { distinctInputs } from "../../../kernel-helpers/embeddings/distinctInputs";
import { embedDistinct } from "../../../kernel-helpers/embeddings/embedDistinct";
import type { EmbeddingDriftOptions, EmbeddingDriftResult } from "../../../kernel-helpers/embeddings/embeddingDrift";
import { embeddingDrift } from "../../../kernel-helpers/embeddings/embeddingDrift";
import { EMBEDDING_METHOD_NAMES, MMD_MAX_ROWS } from "../../../kernel-helpers/embeddings/embeddingDriftMethods";
import type { EmbeddingMatrix } from "../../../kernel-helpers/embeddings/embeddingMatrix";
import { rbfMmd } from "../../../kernel-helpers/embeddings/rbfMmd";
import { repeatedRbfMmd } from "../../../kernel-helpers/embeddings/repeatedRbfMmd";
import { textEmbedder } from "../../../kernel-helpers/embeddings/textEmbedder";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { assertClose } from "../../helpers/closeTo";

/** `distinct` seeded random vectors (shifted by `shift`), held by `rows` rows drawn with skewed counts. */
function repeated(distinct: number, rows: number, dimension: number, seed: number, shift = 0): DistinctEmbeddings {
  const random = createRandom(seed);
  const data = Float32Array.from({ length: distinct * dimension }, (_, i) => random.normal() + (i % dimension === 0 ? shift : 0));
  // Every distinct row is held at least once; the rest favour the first ones (counts from 1 to ~rows/3).
  const rowOf = Int32Array.from({ length: rows }, (_, row) => (row < distinct ? row : Math.floor(distinct * random.next() ** 2)));
  for (let i = rows - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [rowOf[i], rowOf[j]] = [rowOf[j], rowOf[i]];
  }
  return { embeddings: { rows: distinct, dimension, data }, rowOf };
}

/** The weighted result equals the expanded one: same verdict, p-values and details; scores to rounding. */
function assertSameResult(weighted: EmbeddingDriftResult, expanded: EmbeddingDriftResult, label: string): void {
  assert.equal(weighted.method, expanded.method, label);
  assert.equal(weighted.drifted, expanded.drifted, `${label}: drifted`);
  assert.equal(weighted.pValue, expanded.pValue, `${label}: p-value`);
  assert.equal(weighted.referenceRows, expanded.referenceRows, `${label}: reference rows`);
  assert.equal(weighted.currentRows, expanded.currentRows, `${label}: current rows`);
  assert.equal(weighted.pcaComponents, expanded.pcaComponents, `${label}: PCA components`);
  // Sums over distinct rows times their counts instead of row by row: equal to rounding.
  assertClose(weighted.score, expanded.score, 1e-9, 1e-12, `${label}: score`);
  assertClose(weighted.threshold, expanded.threshold, 1e-9, 1e-12, `${label}: threshold`);
  if (expanded.statistic !== undefined) assertClose(weighted.statistic!, expanded.statistic, 1e-9, 1e-12, `${label}: statistic`);
  assert.deepEqual(Object.keys(weighted.details), Object.keys(expanded.details), `${label}: details`);
  for (const [key, value] of Object.entries(expanded.details)) {
    if (typeof value === "number") assertClose(weighted.details[key] as number, value, 1e-9, 1e-12, `${label}: ${key}`);
    else assert.equal(weighted.details[key], value, `${label}: ${key}`);
  }
  for (const side of ["reference", "current"] as const) {
    assert.equal(weighted.projection[side].length, expanded.projection[side].length, `${label}: projected ${side} points`);
    weighted.projection[side].forEach((point, k) => {
      // Six significant digits, as the report keeps them.
      assertClose(point[0], expanded.projection[side][k][0], 1e-5, 1e-6, `${label}: ${side} point ${k}`);
      assertClose(point[1], expanded.projection[side][k][1], 1e-5, 1e-6, `${label}: ${side} point ${k}`);
    });
  }
}

const D = 8;
const alike = [repeated(15, 140, D, 1), repeated(12, 110, D, 2)] as const;
const drifted = [repeated(15, 140, D, 3), repeated(12, 110, D, 4, 1.5)] as const;

describe("embedding drift on repeated inputs (each distinct embedding once, weighted by its count)", () => {
  for (const method of EMBEDDING_METHOD_NAMES) {
    it(`${method}: equals the result of every row embedded, with and without drift`, () => {
      for (const [label, [reference, current]] of [["alike", alike], ["drifted", drifted]] as const) {
        for (const seed of [0, 7]) {
          const options: EmbeddingDriftOptions = { method, seed, permutations: 200, ...(method === "distance" && seed === 7 ? { distance: "cosine" as const } : {}) };
          const weighted = embeddingDrift(reference, current, options);
          const expanded = embeddingDrift(expandEmbeddings(reference), expandEmbeddings(current), options);
          assertSameResult(weighted, expanded, `${method} ${label} seed ${seed}`);
        }
      }
    });
  }

  it("equals the expanded result after PCA, and for the small-reference AUC threshold of `model`", () => {
    const [reference, current] = drifted;
    // (Not cosine after PCA: the reference mean projects to 0 there, and its direction is rounding noise.)
    for (const options of [{ method: "mmd", pca: 3 }, { method: "distance", pca: 4 }, { method: "ks", pca: 5 }, { method: "model", pca: 2 }] as const) {
      const weighted = embeddingDrift(reference, current, { ...options, seed: 5 });
      const expanded = embeddingDrift(expandEmbeddings(reference), expandEmbeddings(current), { ...options, seed: 5 });
      assertSameResult(weighted, expanded, `${options.method} pca ${options.pca}`);
    }
  });

  it("mmd: equals the expanded result when the rows exceed MMD_MAX_ROWS and are sampled, and with few distinct rows (many tied distances)", () => {
    const many = [repeated(30, MMD_MAX_ROWS + 150, 4, 11), repeated(25, MMD_MAX_ROWS + 40, 4, 12, 0.2)] as const;
    const weighted = embeddingDrift(many[0], many[1], { seed: 2 });
    const expanded = embeddingDrift(expandEmbeddings(many[0]), expandEmbeddings(many[1]), { seed: 2 });
    assert.match(String(weighted.details.rowsTested), /2000 reference, 2000 current/);
    assertSameResult(weighted, expanded, "mmd sampled");
    const three = [repeated(3, 60, 2, 13), repeated(2, 45, 2, 14)] as const;
    assertSameResult(embeddingDrift(three[0], three[1], { seed: 1 }), embeddingDrift(expandEmbeddings(three[0]), expandEmbeddings(three[1]), { seed: 1 }), "mmd 3 + 2 distinct rows");
  });

  it("repeatedRbfMmd gives rbfMmd's statistic, bandwidth and p-value on the expanded rows", () => {
    const random = createRandom(21);
    for (let trial = 0; trial < 5; trial++) {
      const [x, y] = [repeated(2 + random.int(8), 30 + random.int(40), 3, 30 + trial), repeated(2 + random.int(8), 30 + random.int(40), 3, 40 + trial, trial * 0.3)];
      const rows = (d: DistinctEmbeddings) => ({ values: Float64Array.from(d.embeddings.data), rows: d.rowOf.length, rowOf: d.rowOf });
      const weighted = repeatedRbfMmd(rows(x), rows(y), 3, 300, trial);
      const expanded = rbfMmd(Float64Array.from(expandEmbeddings(x).data), Float64Array.from(expandEmbeddings(y).data), 3, 300, trial);
      assert.equal(weighted.sigma, expanded.sigma, `trial ${trial}: σ (the median of the same distances)`);
      assert.equal(weighted.pValue, expanded.pValue, `trial ${trial}: p-value`);
      assertClose(weighted.statistic, expanded.statistic, 1e-9, 1e-12, `trial ${trial}: statistic`);
    }
  });

  it("is bit-identical to the plain matrices when no row repeats", () => {
    const random = createRandom(31);
    const matrix = (rows: number, shift: number): EmbeddingMatrix => ({ rows, dimension: D, data: Float32Array.from({ length: rows * D }, () => random.normal() + shift) });
    const [x, y] = [matrix(90, 0), matrix(70, 0.3)];
    const identity = (m: EmbeddingMatrix): DistinctEmbeddings => ({ embeddings: m, rowOf: Int32Array.from({ length: m.rows }, (_, i) => i) });
    for (const method of EMBEDDING_METHOD_NAMES) {
      assert.deepEqual(embeddingDrift(identity(x), identity(y), { method, seed: 3 }), embeddingDrift(x, y, { method, seed: 3 }), method);
    }
  });

  it("rejects a row that points outside the distinct embeddings", () => {
    const [reference, current] = alike;
    const broken = { ...current, rowOf: Int32Array.of(0, 1, 12) };
    assert.throws(() => embeddingDrift(reference, broken), (error: unknown) => error instanceof DataError && /current row 2 points to distinct embedding 12, but there are 12/.test(error.message));
  });
});

describe("distinctInputs, distinctEmbeddingRows and embedDistinct", () => {
  it("keeps the first appearance of each input, and the distinct input of every row", () => {
    assert.deepEqual(distinctInputs(["b", "a", "b", "c", "a"]), { values: ["b", "a", "c"], rowOf: Int32Array.of(0, 1, 0, 2, 1) });
    assert.deepEqual(distinctInputs([]), { values: [], rowOf: new Int32Array(0) });
    const stored = expandEmbeddings(alike[0]);
    const found = distinctEmbeddingRows(stored);
    assert.equal(found.embeddings.rows, 15);
    assert.deepEqual(expandEmbeddings(found), stored);
  });

  it("embeds each distinct input once, reports progress in distinct inputs, and samples the distinct inputs above the cap", async () => {
    const calls: string[][] = [];
    const progress: [number, number][] = [];
    const embed = async (inputs: string[], onProgress: (p: { done: number; total: number }) => void) => {
      calls.push(inputs);
      onProgress({ done: inputs.length, total: inputs.length });
      return { rows: inputs.length, dimension: 1, data: Float32Array.from(inputs, (text) => text.length) };
    };
    const reference = Array.from({ length: 1000 }, (_, i) => `text ${i % 10}`);
    const current = Array.from({ length: 300 }, (_, i) => `other text ${i % 40}`);
    const [r, c] = await embedDistinct([reference, current], embed, { maxDistinct: 25, seed: 3, onProgress: (p) => progress.push([p.done, p.total]) });
    assert.deepEqual(calls.map((inputs) => inputs.length), [10, 25]);
    assert.deepEqual(progress, [[10, 35], [35, 35]]);
    assert.deepEqual(r.inputs, { rows: 1000, distinct: 10, embedded: 10, rowsTested: 1000 });
    // The rows tested are exactly those holding a sampled text, each with its embedding.
    const kept = current.filter((text) => calls[1].includes(text));
    assert.deepEqual(c.inputs, { rows: 300, distinct: 40, embedded: 25, rowsTested: kept.length });
    assert.deepEqual(Array.from(c.distinct.rowOf, (at) => calls[1][at]), kept);
    const again = await embedDistinct([reference, current], embed, { maxDistinct: 25, seed: 3 });
    assert.deepEqual(again[1].distinct.rowOf, c.distinct.rowOf, "seeded");
    await assert.rejects(embedDistinct([reference], embed, { maxDistinct: 1 }), UsageError);
  });
});

describe("checkTextDrift on repeated texts", () => {
  const phrases = ["payment received, thank you", "invoice overdue", "refund issued to card", "address changed", "card declined at checkout", "subscription renewed"];
  const texts = (rows: number, seed: number, favour: number): string[] => {
    const random = createRandom(seed);
    return Array.from({ length: rows }, () => phrases[random.next() < 0.3 ? favour : random.int(phrases.length)]);
  };
  const reference = texts(900, 1, 0);
  const current = texts(400, 2, 4);

  it("embeds each distinct text once and gives the test of every row embedded", async () => {
    const embedder = await textEmbedder({});
    try {
      const report = await checkTextDrift(reference, current, { embedder, seed: 3 });
      assert.deepEqual(report.embeddings?.inputs, {
        reference: { rows: 900, distinct: 6, embedded: 6, rowsTested: 900 },
        current: { rows: 400, distinct: 6, embedded: 6, rowsTested: 400 },
      });
      const [one, two] = [await embedder.embed(reference), await embedder.embed(current)];
      const everyRow = embeddingDrift(one, two, { seed: 3 });
      assert.equal(report.embeddings?.pValue, everyRow.pValue);
      assertClose(report.embeddings!.statistic!, everyRow.statistic!, 1e-6, 1e-9, "MMD² of every row embedded");
      assert.equal(report.embeddings?.drifted, everyRow.drifted);
    } finally {
      await embedder.dispose();
    }
  });

  it("says in the report and its warnings when a seeded sample of the distinct texts was embedded", async () => {
    const many = Array.from({ length: 300 }, (_, i) => `note number ${i} about the order`);
    const report = await checkTextDrift(many, [...many].reverse(), { maxDistinct: 50, seed: 1 });
    assert.deepEqual(report.embeddings?.inputs?.current, { rows: 300, distinct: 300, embedded: 50, rowsTested: 50 });
    assert.ok(report.warnings.some((w) => /current: 300 distinct texts are more than the cap of 50 .*a seeded sample of 50 was embedded/.test(w)), report.warnings.join("\n"));
    assert.equal(report.columns[0].reference.count, 300, "the column still counts every row");
  });
});
