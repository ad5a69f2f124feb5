import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { ImagePixels } from "../../../kernel-helpers/data/imagePixels";
import { injectImageDrift } from "../../../kernel-helpers/synth/injectImageDrift";
import { injectTextDrift } from "../../../kernel-helpers/synth/injectTextDrift";
import { syntheticGlyphs } from "../../../kernel-helpers/synth/syntheticGlyphs";
import { syntheticSentences } from "../../../kernel-helpers/synth/syntheticSentences";
import { runCli } from "../../helpers/runCli";

async function writeImages(folder: string, images: readonly ImagePixels[], extension: string): Promise<void> {
  const { RawImage } = await import("@huggingface/transformers");
  mkdirSync(folder, { recursive: true });
  for (const [i, image] of images.entries()) await new RawImage(new Uint8ClampedArray(image.data), image.width, image.height, image.channels).save(join(folder, `${String(i).padStart(3, "0")}.${extension}`));
}

describe("driftlens text-drift and image-drift", () => {
  const dir = mkdtempSync(join(tmpdir(), "driftlens-embedding-cli-"));
  before(async () => {
    writeFileSync(join(dir, "reference.txt"), `${syntheticSentences({ count: 120, seed: 1 }).join("\n")}\n`);
    writeFileSync(join(dir, "same.txt"), `${syntheticSentences({ count: 120, seed: 2 }).join("\n")}\n`);
    const drifted = injectTextDrift(syntheticSentences({ count: 120, seed: 3 }), { kind: "typos", severity: 0.5, seed: 4 });
    writeFileSync(join(dir, "current.csv"), `id,review\n${drifted.map((text, i) => `${i},"${text}"`).join("\n")}\n`);
    await writeImages(join(dir, "reference-images"), syntheticGlyphs({ count: 40, seed: 1 }), "png");
    await writeImages(join(dir, "current-images"), injectImageDrift(syntheticGlyphs({ count: 40, seed: 2 }), { kind: "noise", severity: 0.8, seed: 3 }), "jpg");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("text-drift exits 1 on drifted texts, 0 on same-distribution texts, and writes the JSON report", () => {
    const drift = runCli(["text-drift", join(dir, "reference.txt"), join(dir, "current.csv"), "--column", "review", "--json", join(dir, "report.json")]);
    assert.equal(drift.code, 1, drift.stderr);
    assert.match(drift.stdout, /Text drift: DRIFT · mmd p = /);
    assert.match(drift.stdout, /words of the current data:/);
    const quiet = runCli(["text-drift", join(dir, "reference.txt"), join(dir, "same.txt"), "--seed", "3"]);
    assert.equal(quiet.code, 0, quiet.stdout + quiet.stderr);
    const json = runCli(["text-drift", join(dir, "reference.txt"), join(dir, "same.txt"), "--no-model", "--json", "-"]);
    assert.equal(JSON.parse(json.stdout).columns[0].method, "domain_classifier");
  });

  it("image-drift compares two folders of PNG and JPEG files", () => {
    const run = runCli(["image-drift", join(dir, "reference-images"), join(dir, "current-images"), "--json", "-"]);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.embeddings.model.id, "image-tiny-cnn");
    assert.equal(report.columns[0].reference.count, 40);
  });

  it("bad usage and bad input give exit 2 and one paragraph naming the problem", () => {
    const cases: [string[], RegExp][] = [
      [["text-drift", join(dir, "reference.txt")], /text-drift needs a REFERENCE and a CURRENT/],
      [["text-drift", join(dir, "reference.txt"), join(dir, "same.txt"), "--method", "psi"], /--method expects one of mmd, model, distance, ratio, ks; got 'psi'/],
      [["text-drift", join(dir, "reference.txt"), join(dir, "same.txt"), "--model", join(dir, "no-model-here")], /model directory '.*no-model-here' does not exist/],
      [["text-drift", join(dir, "reference.txt"), join(dir, "same.txt"), "--model", "Xenova/all-MiniLM-L6-v2", "--cache-dir", dir], /not in the local cache .* --model \/path\/to\/all-MiniLM-L6-v2/],
      [["text-drift", join(dir, "reference.txt"), join(dir, "current.csv"), "--column", "nope"], /nope/],
      [["image-drift", join(dir, "reference-images"), join(dir, "reference.txt")], /cannot read '.*reference\.txt'/],
      [["image-drift", dir, join(dir, "current-images"), "--model", "text-tiny-bert"], /bundled model 'text-tiny-bert' embeds texts, not images/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args);
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    }
  });

  it("names a non-image file inside an image folder", async () => {
    const folder = join(dir, "broken-images");
    await writeImages(folder, syntheticGlyphs({ count: 3, seed: 1 }), "png");
    writeFileSync(join(folder, "zz-notes.png"), "these are notes, not pixels");
    const run = runCli(["image-drift", join(dir, "reference-images"), folder]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /image '.*zz-notes\.png' cannot be read \(not an image file\)/);
  });
});
