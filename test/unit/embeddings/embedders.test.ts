import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { imageEmbedder } from "../../../kernel-helpers/embeddings/imageEmbedder";
import type { ImagePixels } from "../../../kernel-helpers/data/imagePixels";
import { textEmbedder } from "../../../kernel-helpers/embeddings/textEmbedder";
import type { TextEmbedder } from "../../../kernel-helpers/embeddings/textEmbedder";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { syntheticGlyphs } from "../../../kernel-helpers/synth/syntheticGlyphs";

const row = (data: Float32Array, dimension: number, i: number) => Array.from(data.subarray(i * dimension, (i + 1) * dimension));

/** Writes raw pixels as an image file through transformers.js (sharp underneath). */
async function writeImage(path: string, image: ImagePixels): Promise<void> {
  const { RawImage } = await import("@huggingface/transformers");
  await new RawImage(new Uint8ClampedArray(image.data), image.width, image.height, image.channels).save(path);
}

describe("textEmbedder (the bundled BERT-architecture encoder, real transformers.js)", () => {
  let embedder: TextEmbedder;
  before(async () => {
    embedder = await textEmbedder({ model: "text-tiny-bert", batchSize: 4, threads: 1 });
  });
  after(() => embedder.dispose());

  it("gives unit-length mean-pooled embeddings in input order, whatever the batching", async () => {
    const texts = ["the cold rain falls", "a team wins the final match in the morning rain", "bread", "the bank pays a low rate", "hello world"];
    const batched = await embedder.embed(texts);
    assert.equal(batched.rows, 5);
    assert.equal(batched.dimension, 128);
    for (let i = 0; i < 5; i++) {
      const norm = row(batched.data, 128, i).reduce((s, v) => s + v * v, 0);
      assert.ok(Math.abs(norm - 1) < 1e-5, `row ${i} norm² ${norm}`);
      const alone = await embedder.embed([texts[i]]);
      row(alone.data, 128, 0).forEach((v, k) => assert.ok(Math.abs(v - batched.data[i * 128 + k]) < 1e-5, `text ${i} component ${k}`));
    }
    assert.notDeepEqual(row(batched.data, 128, 0), row(batched.data, 128, 1));
  });

  it("reports progress per batch and counts texts cut at the model's 128 tokens", async () => {
    const progress: number[] = [];
    const long = "river ".repeat(20_000);
    const result = await embedder.embed(["short one", long, "x".repeat(100_000), "two words"], (p) => progress.push(p.done));
    assert.deepEqual(progress, [4]);
    assert.equal(result.truncated, 1, "the 20,000-word text is truncated; 100,000 x's are one [UNK] word");
    assert.equal(embedder.maxLength, 128);
  });

  it("refuses to work after dispose()", async () => {
    const other = await textEmbedder({});
    await other.dispose();
    await assert.rejects(other.embed(["a"]), (error: Error) => error instanceof UsageError && /disposed/.test(error.message));
  });

  it("rejects a bad batch size", async () => {
    await assert.rejects(textEmbedder({ batchSize: 0 }), /batchSize/);
  });
});

describe("imageEmbedder (bundled CNN and the pretrained PaddleOCR MobileNetV3)", () => {
  const dir = mkdtempSync(join(tmpdir(), "driftlens-images-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("embeds PNG and JPEG files and raw pixels; a PNG and its pixels give the same vector", async () => {
    const glyphs = syntheticGlyphs({ count: 3, seed: 4 });
    await writeImage(join(dir, "a.png"), glyphs[0]);
    await writeImage(join(dir, "b.jpg"), glyphs[1]);
    const embedder = await imageEmbedder({ model: "image-tiny-cnn" });
    try {
      const result = await embedder.embed([join(dir, "a.png"), join(dir, "b.jpg"), glyphs[0], glyphs[2]]);
      assert.equal(result.rows, 4);
      assert.equal(result.dimension, 64);
      row(result.data, 64, 0).forEach((v, k) => assert.ok(Math.abs(v - result.data[2 * 64 + k]) < 1e-5, `component ${k}`));
      assert.deepEqual(result.sizes, ["32×32"]);
    } finally {
      await embedder.dispose();
    }
  });

  it("resizes mixed sizes with the model's preprocessor and lists them", async () => {
    const embedder = await imageEmbedder({});
    try {
      const [small] = syntheticGlyphs({ count: 1, seed: 1, size: 16 });
      const [large] = syntheticGlyphs({ count: 1, seed: 1, size: 64 });
      const rgb: ImagePixels = { data: new Uint8Array(20 * 10 * 3).fill(90), width: 20, height: 10, channels: 3 };
      const result = await embedder.embed([small, large, rgb]);
      assert.deepEqual(result.sizes, ["16×16", "64×64", "20×10"]);
      assert.equal(result.inputSize, "32×32");
    } finally {
      await embedder.dispose();
    }
  });

  it("names an unreadable, missing or non-image file", async () => {
    writeFileSync(join(dir, "notes.png"), "not an image at all");
    const embedder = await imageEmbedder({});
    try {
      await assert.rejects(embedder.embed([join(dir, "notes.png")]), (e: Error) => e instanceof DataError && e.message.includes("notes.png") && /not an image file/.test(e.message));
      await assert.rejects(embedder.embed([join(dir, "missing.jpg")]), (e: Error) => e instanceof DataError && e.message.includes("missing.jpg") && /no such file/.test(e.message));
      const bad = { data: new Uint8Array(10), width: 4, height: 4, channels: 3 } as ImagePixels;
      await assert.rejects(embedder.embed([bad], undefined, "current"), (e: Error) => e instanceof DataError && /current image 0: data has 10 bytes, but 4 × 4 × 3 = 48/.test(e.message));
    } finally {
      await embedder.dispose();
    }
  });

  it("loads the pretrained PaddleOCR classifier as a 200-dimensional encoder whose features follow the image", async () => {
    const embedder = await imageEmbedder({ model: "ppocr-mobilenetv3-cls", threads: 1 });
    try {
      const dark = syntheticGlyphs({ count: 2, seed: 8 });
      const inverted = dark.map((g) => ({ ...g, data: g.data.map((v) => 255 - v) }));
      const result = await embedder.embed([...dark, ...inverted]);
      assert.equal(result.dimension, 200);
      assert.equal(result.inputSize, "192×48");
      const distance = (a: number, b: number) => Math.hypot(...row(result.data, 200, a).map((v, k) => v - result.data[b * 200 + k]));
      assert.ok(distance(0, 2) > 0, "inverting the image changes its features");
    } finally {
      await embedder.dispose();
    }
  });
});
