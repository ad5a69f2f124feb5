import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ImageEmbedder } from "../../../kernel-helpers/embeddings/imageEmbedder";
import { imageEmbedder } from "../../../kernel-helpers/embeddings/imageEmbedder";
import { embeddingDrift } from "../../../kernel-helpers/embeddings/embeddingDrift";
import type { EmbeddingMatrix } from "../../../kernel-helpers/embeddings/embeddingMatrix";
import type { TextEmbedder } from "../../../kernel-helpers/embeddings/textEmbedder";
import { textEmbedder } from "../../../kernel-helpers/embeddings/textEmbedder";
import { IMAGE_DRIFT_KINDS, injectImageDrift } from "../../../kernel-helpers/synth/injectImageDrift";
import { TEXT_DRIFT_KINDS, injectTextDrift } from "../../../kernel-helpers/synth/injectTextDrift";
import { syntheticGlyphs } from "../../../kernel-helpers/synth/syntheticGlyphs";
import { syntheticSentences } from "../../../kernel-helpers/synth/syntheticSentences";

// The quality bar: with the tiny bundled encoders, MMD (p < 0.05) detects severity 0.5 of
// every injected drift in ≥ 19 of 20 seeds and stays quiet on no-drift pairs in ≥ 18 of 20.
// 200 reference vs 200 current inputs per seed; the reference and the undrifted current sample
// of a seed are embedded once and shared by every kind.
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const ROWS = 200;
const SEVERITY = 0.5;

interface Counts {
  detected: Record<string, number>;
  quiet: number;
}

async function countDetections<T>(
  make: (seed: number) => T[],
  inject: (items: T[], kind: string, seed: number) => T[],
  kinds: readonly string[],
  embed: (items: T[]) => Promise<EmbeddingMatrix>,
): Promise<Counts> {
  const counts: Counts = { detected: Object.fromEntries(kinds.map((kind) => [kind, 0])), quiet: 0 };
  for (const seed of SEEDS) {
    const reference = await embed(make(2 * seed));
    const base = make(2 * seed + 1);
    if (embeddingDrift(reference, await embed(base), { seed }).pValue! >= 0.05) counts.quiet++;
    for (const kind of kinds) {
      const drifted = await embed(inject(base, kind, 1000 + seed));
      if (embeddingDrift(reference, drifted, { seed }).pValue! < 0.05) counts.detected[kind]++;
    }
  }
  return counts;
}

describe("quality bar: the tiny bundled encoders with MMD over 20 seeds", () => {
  let text: TextEmbedder;
  let image: ImageEmbedder;
  before(async () => {
    text = await textEmbedder({ model: "text-tiny-bert", threads: 1 });
    image = await imageEmbedder({ model: "image-tiny-cnn", threads: 1 });
  });
  after(async () => {
    await text.dispose();
    await image.dispose();
  });

  it("text: detects typos, vocabulary shift, length change and topic swap at severity 0.5; quiet without drift", async (t) => {
    const counts = await countDetections(
      (seed) => syntheticSentences({ count: ROWS, seed }),
      (texts, kind, seed) => injectTextDrift(texts, { kind: kind as (typeof TEXT_DRIFT_KINDS)[number], severity: SEVERITY, seed }),
      TEXT_DRIFT_KINDS,
      (texts) => text.embed(texts),
    );
    t.diagnostic(`text, detected of 20: ${JSON.stringify(counts.detected)}; quiet on no drift: ${counts.quiet}/20`);
    for (const kind of TEXT_DRIFT_KINDS) assert.ok(counts.detected[kind] >= 19, `${kind}: detected in ${counts.detected[kind]}/20 seeds`);
    assert.ok(counts.quiet >= 18, `no drift: quiet in ${counts.quiet}/20 seeds`);
  });

  it("images: detects noise, brightness, blur and occlusion at severity 0.5; quiet without drift", async (t) => {
    const counts = await countDetections(
      (seed) => syntheticGlyphs({ count: ROWS, seed }),
      (images, kind, seed) => injectImageDrift(images, { kind: kind as (typeof IMAGE_DRIFT_KINDS)[number], severity: SEVERITY, seed }),
      IMAGE_DRIFT_KINDS,
      (images) => image.embed(images),
    );
    t.diagnostic(`images, detected of 20: ${JSON.stringify(counts.detected)}; quiet on no drift: ${counts.quiet}/20`);
    for (const kind of IMAGE_DRIFT_KINDS) assert.ok(counts.detected[kind] >= 19, `${kind}: detected in ${counts.detected[kind]}/20 seeds`);
    assert.ok(counts.quiet >= 18, `no drift: quiet in ${counts.quiet}/20 seeds`);
  });
});
