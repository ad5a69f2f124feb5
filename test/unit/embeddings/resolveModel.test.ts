import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { bundledModelsDir } from "../../../kernel-helpers/embeddings/bundledModels";
import { resolveModel } from "../../../kernel-helpers/embeddings/resolveModel";
import { textEmbedder } from "../../../kernel-helpers/embeddings/textEmbedder";
import { UsageError } from "../../../kernel-helpers/errors";

const bundledText = join(bundledModelsDir(), "text-tiny-bert");

describe("resolveModel: offline model resolution", () => {
  const dir = mkdtempSync(join(tmpdir(), "driftlens-models-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the bundled models by name and defaults per kind", () => {
    assert.deepEqual(resolveModel({}, "text"), { id: "text-tiny-bert", location: bundledText, source: "bundled", kind: "text" });
    assert.equal(resolveModel({}, "image").id, "image-tiny-cnn");
    assert.equal(resolveModel({ model: "ppocr-mobilenetv3-cls" }, "image").source, "bundled");
    assert.throws(() => resolveModel({ model: "image-tiny-cnn" }, "text"), /embeds images, not texts/);
  });

  it("takes a folder in the Hugging Face layout, and names the files a folder is missing", () => {
    const copy = join(dir, "my-bert");
    cpSync(bundledText, copy, { recursive: true });
    assert.equal(resolveModel({ model: copy }, "text").source, "directory");
    rmSync(join(copy, "onnx"), { recursive: true });
    rmSync(join(copy, "tokenizer.json"));
    assert.throws(
      () => resolveModel({ model: copy }, "text"),
      (e: Error) => e instanceof UsageError && e.message.includes(copy) && /missing tokenizer\.json, onnx\/model\.onnx/.test(e.message),
    );
    assert.throws(() => resolveModel({ model: join(dir, "nowhere") }, "text"), /does not exist/);
  });

  it("finds a hub id in a transformers.js cache folder and in the Python hub cache layout", () => {
    const cache = join(dir, "cache");
    cpSync(bundledText, join(cache, "Xenova", "all-MiniLM-L6-v2"), { recursive: true });
    const found = resolveModel({ model: "Xenova/all-MiniLM-L6-v2", cacheDir: cache }, "text");
    assert.deepEqual(found, { id: "Xenova/all-MiniLM-L6-v2", location: join(cache, "Xenova", "all-MiniLM-L6-v2"), source: "cache", kind: "text" });
    const hub = join(dir, "hub");
    const snapshot = join(hub, "models--acme--tiny", "snapshots", "0123abc");
    mkdirSync(snapshot, { recursive: true });
    cpSync(bundledText, snapshot, { recursive: true });
    assert.equal(resolveModel({ model: "acme/tiny", cacheDir: hub }, "text").location, snapshot);
  });

  it("fails fast offline for a hub id in no cache, saying how to point at a local copy", async () => {
    const started = performance.now();
    await assert.rejects(textEmbedder({ model: "Xenova/all-MiniLM-L6-v2", cacheDir: join(dir, "empty") }), (e: Error) => {
      assert.ok(e instanceof UsageError);
      assert.match(e.message, /'Xenova\/all-MiniLM-L6-v2' is not in the local cache/);
      assert.match(e.message, /--model \/path\/to\/all-MiniLM-L6-v2/);
      assert.match(e.message, /allowRemote: true/);
      return true;
    });
    assert.ok(performance.now() - started < 2000, "no network attempt");
  });

  it("loads a hub id from the cache with the real runtime", async () => {
    const cache = join(dir, "cache2");
    cpSync(bundledText, join(cache, "Xenova", "all-MiniLM-L6-v2"), { recursive: true });
    const embedder = await textEmbedder({ model: "Xenova/all-MiniLM-L6-v2", cacheDir: cache });
    try {
      assert.equal(embedder.model.source, "cache");
      assert.equal((await embedder.embed(["cached model works"])).dimension, 128);
    } finally {
      await embedder.dispose();
    }
  });
});
