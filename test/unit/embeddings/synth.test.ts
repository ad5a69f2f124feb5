import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bundledModelsDir } from "../../../kernel-helpers/embeddings/bundledModels";
import type { ImagePixels } from "../../../kernel-helpers/data/imagePixels";
import { modelVocabulary } from "../../../kernel-helpers/embeddings/modelVocabulary";
import { textDescriptors } from "../../../kernel-helpers/embeddings/textDescriptors";
import { IMAGE_DRIFT_KINDS, injectImageDrift } from "../../../kernel-helpers/synth/injectImageDrift";
import { TEXT_DRIFT_KINDS, injectTextDrift } from "../../../kernel-helpers/synth/injectTextDrift";
import { RARE_WORDS } from "../../../kernel-helpers/synth/sentenceTopics";
import { syntheticGlyphs } from "../../../kernel-helpers/synth/syntheticGlyphs";
import { syntheticSentences } from "../../../kernel-helpers/synth/syntheticSentences";

const mean = (values: Float64Array) => values.reduce((a, b) => a + b, 0) / values.length;

describe("synthetic sentences and text drift", () => {
  const texts = syntheticSentences({ count: 300, seed: 1 });

  it("are seeded, and their words are in the bundled model's vocabulary (the rare words are not)", () => {
    assert.deepEqual(syntheticSentences({ count: 300, seed: 1 }), texts);
    assert.notDeepEqual(syntheticSentences({ count: 300, seed: 2 }), texts);
    const vocabulary = modelVocabulary(`${bundledModelsDir()}/text-tiny-bert`);
    assert.equal(mean(textDescriptors(texts, vocabulary).oovShare), 0);
    assert.ok(RARE_WORDS.every((word) => !vocabulary.has(word)));
  });

  it("leaves texts unchanged at severity 0 and changes them more as severity grows", () => {
    const vocabulary = modelVocabulary(`${bundledModelsDir()}/text-tiny-bert`);
    for (const kind of TEXT_DRIFT_KINDS) {
      assert.deepEqual(injectTextDrift(texts, { kind, severity: 0, seed: 3 }), texts, kind);
      const changed = (severity: number) => injectTextDrift(texts, { kind, severity, seed: 3 }).filter((t, i) => t !== texts[i]).length;
      assert.ok(changed(0.3) < changed(1), `${kind}: ${changed(0.3)} vs ${changed(1)}`);
    }
    const oov = (kind: "typos" | "vocabulary") => mean(textDescriptors(injectTextDrift(texts, { kind, severity: 1, seed: 3 }), vocabulary).oovShare);
    assert.ok(oov("typos") > 0.2 && oov("vocabulary") > 0.2);
    const length = mean(textDescriptors(injectTextDrift(texts, { kind: "length", severity: 1, seed: 3 }), vocabulary).length);
    assert.ok(length > 1.5 * mean(textDescriptors(texts, vocabulary).length));
    assert.throws(() => injectTextDrift(texts, { kind: "typos", severity: 1.5, seed: 1 }), /severity must be in \[0, 1\]/);
  });
});

describe("synthetic glyphs and image drift", () => {
  const glyphs = syntheticGlyphs({ count: 50, seed: 1 });
  const brightness = (images: readonly ImagePixels[]) => images.reduce((sum, image) => sum + Array.from(image.data).reduce((a, b) => a + b, 0) / image.data.length, 0) / images.length;

  it("draws seeded, light-on-dark digit glyphs", () => {
    assert.deepEqual(syntheticGlyphs({ count: 50, seed: 1 }), glyphs);
    assert.equal(glyphs[0].data.length, 32 * 32);
    assert.ok(glyphs.every((g) => Math.max(...g.data) > 150 && Math.min(...g.data) < 60));
  });

  it("injects noise, brightness, blur and occlusion with severity, severity 0 leaving images as they are", () => {
    for (const kind of IMAGE_DRIFT_KINDS) assert.deepEqual(injectImageDrift(glyphs, { kind, severity: 0, seed: 2 }), glyphs, kind);
    assert.ok(brightness(injectImageDrift(glyphs, { kind: "brightness", severity: 0.5, seed: 2 })) > brightness(glyphs) + 30);
    const contrast = (images: readonly ImagePixels[]) => images.reduce((sum, image) => sum + Math.max(...image.data) - Math.min(...image.data), 0);
    assert.ok(contrast(injectImageDrift(glyphs, { kind: "blur", severity: 1, seed: 2 })) < contrast(glyphs));
    const occluded = injectImageDrift(glyphs, { kind: "occlusion", severity: 1, seed: 2 });
    assert.ok(occluded.every((image) => image.data.filter((v) => v === 128).length >= 19 * 19));
    const noisy = injectImageDrift(glyphs, { kind: "noise", severity: 1, seed: 2 });
    assert.ok(noisy[0].data.some((v, i) => Math.abs(v - glyphs[0].data[i]) > 40));
    assert.throws(() => injectImageDrift(glyphs, { kind: "fog" as never, severity: 1, seed: 1 }), /unknown image drift 'fog'/);
  });
});
