import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { decodeEmbeddingReference } from "../../../kernel-helpers/baseline/embeddingReference";
import { embedReferenceColumns } from "../../../kernel-helpers/baseline/embedReferenceColumns";
import { loadBaseline } from "../../../kernel-helpers/baseline/loadBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { DataError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { injectImageDrift } from "../../../kernel-helpers/synth/injectImageDrift";
import { injectTextDrift } from "../../../kernel-helpers/synth/injectTextDrift";
import { syntheticGlyphs } from "../../../kernel-helpers/synth/syntheticGlyphs";
import { syntheticSentences } from "../../../kernel-helpers/synth/syntheticSentences";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";

function reviews(texts: string[], seed: number) {
  const random = createRandom(seed);
  return tableFromColumns({ amount: Float64Array.from(texts, () => 50 + 10 * random.normal()), review: texts }, { types: { review: "text" } });
}

const config = { configFile: false as const, env: {} };

describe("baselines keep reference embeddings of text and image columns, and checks test them", () => {
  const dir = mkdtempSync(join(tmpdir(), "driftlens-baseline-embeddings-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const reference = reviews(syntheticSentences({ count: 150, seed: 1 }), 1);

  it("embeds repeated cells once, for the baseline and the check, with the result of every row embedded", async () => {
    const phrases = syntheticSentences({ count: 8, seed: 5 });
    const repeatedReference = reviews(Array.from({ length: 300 }, (_, i) => phrases[(i * 7) % 8]), 6);
    const baseline = await embedReferenceColumns(buildBaseline(repeatedReference, { name: "memos", version: "v1", text: ["review"] }));
    const stored = decodeEmbeddingReference(baseline.info.embeddings![0], "memos/v1");
    assert.equal(stored.rows, 300, "stored row by row, as before");
    const currentTexts = Array.from({ length: 120 }, (_, i) => phrases[i % 3 === 0 ? 0 : (i * 5) % 6]);
    const current = reviews(currentTexts, 7);
    const report = await checkDrift(baseline, current, config);
    const [section] = report.embeddings!;
    assert.deepEqual(section.inputs, {
      reference: { rows: 300, distinct: 8, embedded: 8, rowsTested: 300 },
      current: { rows: 120, distinct: new Set(currentTexts).size, embedded: new Set(currentTexts).size, rowsTested: 120 },
    });
    assert.equal(section.referenceRows, 300);
    assert.equal(section.currentRows, 120);
  });

  it("stores the embeddings in baseline.json, round-trips them, and checkDrift counts the column in the dataset", async () => {
    const baseline = await embedReferenceColumns(buildBaseline(reference, { name: "reviews", version: "v1", text: ["review"] }));
    const [stored] = baseline.info.embeddings!;
    assert.equal(stored.column, "review");
    assert.equal(stored.rows, 150);
    assert.equal(stored.dimension, 128);
    assert.equal(stored.model.id, "text-tiny-bert");
    const path = await saveBaseline(baseline, dir);
    const loaded = await loadBaseline(path);
    assert.deepEqual(decodeEmbeddingReference(loaded.info.embeddings![0], "reviews/v1"), decodeEmbeddingReference(stored, "reviews/v1"));

    const drifted = reviews(injectTextDrift(syntheticSentences({ count: 150, seed: 2 }), { kind: "vocabulary", severity: 0.5, seed: 3 }), 2);
    const report = await checkDrift(loaded, drifted, config);
    assert.equal(report.embeddings?.length, 1);
    assert.equal(report.embeddings![0].method, "mmd");
    assert.ok(report.embeddings![0].drifted);
    assert.equal(report.dataset.columns, 2, "amount and review");
    assert.equal(report.dataset.driftedColumns, 1);

    const quiet = await checkDrift(loaded, reviews(syntheticSentences({ count: 150, seed: 4 }), 4), config);
    assert.equal(quiet.embeddings![0].drifted, false);
  });

  it("refuses current embeddings of another dimension, naming both models", async () => {
    const other = join(dir, "bert-32");
    const made = spawnSync(process.execPath, [repoPath("scripts/make-models.mjs"), other, "--text-only", "--hidden", "32", "--layers", "1", "--heads", "2", "--inter", "64"], { encoding: "utf8" });
    assert.equal(made.status, 0, made.stderr);
    const baseline = await embedReferenceColumns(buildBaseline(reference, { name: "reviews", version: "v2", text: ["review"] }));
    await assert.rejects(checkDrift(baseline, reference, { ...config, embeddings: { textModel: other } }), (e: Error) => {
      assert.ok(e instanceof DataError);
      assert.match(e.message, /reference has 128 dimensions, the current data 32 \(column 'review': baseline 'reviews\/v2' was embedded with model 'text-tiny-bert'/);
      return true;
    });
  });

  it("embeds an image column of relative paths (relative to each data file) and checks it", async () => {
    const { RawImage } = await import("@huggingface/transformers");
    const write = async (folder: string, images: ReturnType<typeof syntheticGlyphs>) => {
      mkdirSync(join(dir, folder), { recursive: true });
      for (const [i, image] of images.entries()) await new RawImage(new Uint8ClampedArray(image.data), image.width, image.height, 1).save(join(dir, folder, `${i}.png`));
      return images.map((_, i) => `${folder}/${i}.png`);
    };
    const referencePaths = await write("ref-images", syntheticGlyphs({ count: 40, seed: 1 }));
    const currentPaths = await write("cur-images", injectImageDrift(syntheticGlyphs({ count: 40, seed: 2 }), { kind: "brightness", severity: 0.8, seed: 3 }));
    const table = (paths: string[], name: string) => tableFromColumns({ photo: paths }, { source: join(dir, name), types: { photo: "text" } });
    const baseline = await embedReferenceColumns(buildBaseline(table(referencePaths, "reference.csv"), { name: "photos", version: "v1", image: ["photo"] }));
    assert.equal(baseline.info.embeddings![0].kind, "image");
    assert.equal(baseline.info.embeddings![0].dimension, 64);
    const report = await checkDrift(baseline, table(currentPaths, "current.csv"), config);
    assert.equal(report.embeddings![0].column, "photo");
    assert.ok(report.embeddings![0].drifted);
    assert.ok(report.dataset.drifted);
  });

  it("driftlens baseline --text embeds the column and driftlens check reports it", () => {
    const csv = (texts: string[]) => `amount,review\n${texts.map((t, i) => `${40 + (i % 20)},"${t}"`).join("\n")}\n`;
    writeFileSync(join(dir, "reference.csv"), csv(syntheticSentences({ count: 120, seed: 5 })));
    writeFileSync(join(dir, "current.csv"), csv(injectTextDrift(syntheticSentences({ count: 120, seed: 6 }), { kind: "topic", severity: 1, seed: 7 })));
    const built = runCli(["baseline", join(dir, "reference.csv"), "--out", join(dir, "baselines"), "--name", "shop", "--text", "review"], { cwd: dir });
    assert.equal(built.code, 0, built.stderr);
    const checked = runCli(["check", join(dir, "current.csv"), "--baseline", join(dir, "baselines", "shop", "v1"), "--report-dir", join(dir, "reports"), "--json", "-", "--fail-on", "none"], { cwd: dir });
    assert.equal(checked.code, 0, checked.stderr);
    const report = JSON.parse(checked.stdout.slice(checked.stdout.indexOf("{")));
    assert.equal(report.embeddings[0].column, "review");
    assert.ok(report.embeddings[0].drifted);
  });
});
