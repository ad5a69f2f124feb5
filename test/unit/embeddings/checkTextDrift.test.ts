import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkImageDrift } from "../../../kernel-helpers/embeddings/checkImageDrift";
import { checkTextDrift } from "../../../kernel-helpers/embeddings/checkTextDrift";
import { embeddingDrift } from "../../../kernel-helpers/embeddings/embeddingDrift";
import { embeddingMatrix } from "../../../kernel-helpers/embeddings/embeddingMatrix";
import { textDescriptors } from "../../../kernel-helpers/embeddings/textDescriptors";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { injectImageDrift } from "../../../kernel-helpers/synth/injectImageDrift";
import { injectTextDrift } from "../../../kernel-helpers/synth/injectTextDrift";
import { SENTENCE_TOPICS } from "../../../kernel-helpers/synth/sentenceTopics";
import { syntheticGlyphs } from "../../../kernel-helpers/synth/syntheticGlyphs";
import { syntheticSentences } from "../../../kernel-helpers/synth/syntheticSentences";

const reference = syntheticSentences({ count: 120, seed: 1 });
const topicSwapped = injectTextDrift(syntheticSentences({ count: 120, seed: 2 }), { kind: "topic", severity: 1, seed: 3 });

describe("checkTextDrift", () => {
  it("returns the DriftReport contract with the embeddings, classifier and descriptor sections", async () => {
    const report = await checkTextDrift(reference, topicSwapped, { column: "review", seed: 4 });
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.columns.length, 1);
    const [column] = report.columns;
    assert.equal(column.column, "review");
    assert.equal(column.type, "text");
    assert.equal(column.method, "mmd");
    assert.ok(column.drifted && report.dataset.drifted);
    const embeddings = report.embeddings!;
    assert.equal(embeddings.pValue, column.score);
    assert.equal(embeddings.threshold, 0.05);
    assert.deepEqual(embeddings.model, { id: "text-tiny-bert", source: "bundled", dimension: 128, maxLength: 128 });
    assert.equal(embeddings.projection.reference.length, 120);
    assert.equal(embeddings.projection.current[0].length, 2);
    assert.ok(report.textClassifier.drifted && report.textClassifier.score > 0.8);
    const wordsOf = (names: string[]) => new Set(SENTENCE_TOPICS.filter((t) => names.includes(t.name)).flatMap((t) => [...t.nouns, ...t.verbs, ...t.adjectives]));
    const swappedIn = wordsOf(["finance", "technology", "travel"]);
    const swappedOut = wordsOf(["weather", "sports", "food"]);
    const top = (words: readonly { word: string }[], set: Set<string>) => words.slice(0, 5).filter((w) => set.has(w.word)).length;
    assert.ok(top(report.textClassifier.currentWords, swappedIn) >= 4, `current words: ${report.textClassifier.currentWords.map((w) => w.word)}`);
    assert.ok(top(report.textClassifier.referenceWords, swappedOut) >= 4, `reference words: ${report.textClassifier.referenceWords.map((w) => w.word)}`);
    assert.deepEqual(report.descriptors.map((d) => d.column), ["review.length", "review.oov_share", "review.non_letter_share"]);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(report)));
  });

  it("stays quiet on two samples of the same sentences' distribution", async () => {
    const report = await checkTextDrift(reference, syntheticSentences({ count: 120, seed: 9 }), { seed: 2 });
    assert.equal(report.dataset.drifted, false);
  });

  it("works without a model: the TF-IDF domain classifier gives the verdict", async () => {
    const report = await checkTextDrift(reference, topicSwapped, { model: null });
    assert.equal(report.embeddings, null);
    assert.equal(report.columns[0].method, "domain_classifier");
    assert.equal(report.columns[0].score, report.textClassifier.score);
    assert.ok(report.dataset.drifted);
  });

  it("runs each embedding method by name; each scores a topic swap further from 'no drift' than a same-distribution pair", async () => {
    const same = syntheticSentences({ count: 120, seed: 9 });
    for (const method of ["model", "distance", "ratio", "ks"] as const) {
      const swapped = (await checkTextDrift(reference, topicSwapped, { method })).embeddings!;
      const quiet = (await checkTextDrift(reference, same, { method })).embeddings!;
      assert.equal(swapped.method, method);
      if (swapped.methodKind === "pvalue") assert.ok(swapped.score < quiet.score, `${method}: ${swapped.score} vs ${quiet.score}`);
      else assert.ok(swapped.score > quiet.score, `${method}: ${swapped.score} vs ${quiet.score}`);
    }
    const model = (await checkTextDrift(reference, topicSwapped, { method: "model" })).embeddings!;
    assert.ok(model.drifted && model.threshold > 0.5 && model.threshold < 0.65, "small reference: the random-AUC threshold applies");
    await assert.rejects(checkTextDrift(reference, topicSwapped, { method: "cosmic" as never }), /unknown embedding drift method 'cosmic'. Valid methods: mmd, model, distance, ratio, ks/);
  });

  it("bad input: empty lists, non-strings, empty texts, a 100,000-character text", async () => {
    await assert.rejects(checkTextDrift([], reference), (e: Error) => e instanceof DataError && /reference texts are empty/.test(e.message));
    await assert.rejects(checkTextDrift(reference, ["", "  ", "\n"]), /current texts: all 3 texts are empty or whitespace/);
    await assert.rejects(checkTextDrift(reference, ["fine", 42, "also fine"]), (e: Error) => e instanceof DataError && /current text at row 1 is number \(42\), not a string/.test(e.message));
    await assert.rejects(checkTextDrift("not an array" as never, reference), /reference texts must be an array of strings/);
    const long = `${"the river ".repeat(10_000)}`;
    const report = await checkTextDrift(reference, [...reference.slice(0, 50), "", null, long]);
    assert.equal(report.columns[0].current.missing, 2);
    assert.ok(report.warnings.some((w) => /current: 2 empty texts dropped/.test(w)));
    assert.ok(report.warnings.some((w) => /current: 1 distinct text longer than 128 tokens truncated to 128 tokens, the maximum length of model 'text-tiny-bert'/.test(w)));
  });
});

describe("embeddingDrift on embedding matrices", () => {
  it("refuses embeddings whose dimensions differ, naming both", () => {
    const random = createRandom(1);
    const a = embeddingMatrix(Array.from({ length: 5 }, () => [random.normal(), random.normal(), random.normal()]));
    const b = embeddingMatrix(Array.from({ length: 5 }, () => [random.normal(), random.normal()]));
    assert.throws(() => embeddingDrift(a, b), (e: Error) => e instanceof DataError && /reference has 3 dimensions, the current data 2/.test(e.message));
    assert.throws(() => embeddingDrift(a, a, { pca: 9 }), (e: Error) => e instanceof UsageError && /pca 9 must be a whole number of components from 1 to 3/.test(e.message));
  });

  it("tests at most 2,000 rows a side with mmd, a seeded sample beyond, and says so", () => {
    const random = createRandom(2);
    const rows = (n: number) => embeddingMatrix(Array.from({ length: n }, () => [random.normal(), random.normal()]));
    const result = embeddingDrift(rows(2500), rows(2100), { seed: 1 });
    assert.equal(result.details.rowsTested, "2000 reference, 2000 current (seeded sample)");
    assert.equal(result.referenceRows, 2500);
    assert.equal(embeddingDrift(rows(30), rows(30)).details.rowsTested, undefined);
  });
});

describe("textDescriptors", () => {
  it("measures length, out-of-vocabulary share and non-letter share", () => {
    const d = textDescriptors(["Hi there!", "", "42 cats"], new Set(["hi", "cats"]));
    assert.deepEqual(Array.from(d.length), [9, 0, 7]);
    assert.deepEqual(Array.from(d.oovShare), [0.5, 0, 0]);
    assert.deepEqual(Array.from(d.nonLetterShare), [1 / 9, 0, 2 / 7]);
  });
});

describe("checkImageDrift", () => {
  it("detects blurred glyphs and reports an image column with the embeddings section", async () => {
    const report = await checkImageDrift(syntheticGlyphs({ count: 80, seed: 1 }), injectImageDrift(syntheticGlyphs({ count: 80, seed: 2 }), { kind: "blur", severity: 0.8, seed: 3 }), { seed: 1 });
    assert.equal(report.columns[0].type, "image");
    assert.ok(report.dataset.drifted);
    assert.equal(report.embeddings.model.id, "image-tiny-cnn");
    assert.equal(report.embeddings.model.dimension, 64);
  });

  it("bad input: empty or single-image sides, and mixed sizes (resized, said so)", async () => {
    await assert.rejects(checkImageDrift([], syntheticGlyphs({ count: 3, seed: 1 })), /reference images are empty/);
    await assert.rejects(checkImageDrift(syntheticGlyphs({ count: 3, seed: 1 }), syntheticGlyphs({ count: 1, seed: 1 })), /current images has 1 row/);
    const mixed = [...syntheticGlyphs({ count: 5, seed: 3, size: 24 }), ...syntheticGlyphs({ count: 5, seed: 4, size: 40 })];
    const report = await checkImageDrift(syntheticGlyphs({ count: 10, seed: 5 }), mixed);
    assert.ok(report.warnings.some((w) => /current: images come in 2 sizes \(24×24, 40×40\); the model's preprocessor resizes each to 32×32/.test(w)), report.warnings.join("\n"));
  });
});
