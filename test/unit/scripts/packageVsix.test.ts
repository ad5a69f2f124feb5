import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { BUNDLED_MODELS } from "../../../kernel-helpers/embeddings/bundledModels";
import { repoPath } from "../../helpers/paths";

// scripts/packageVsix.mjs --stage-only: what the .vsix would hold, in a folder outside the
// repository, so that nothing in it resolves to the repository's node_modules.
describe("packageVsix staging", () => {
  const dir = mkdtempSync(join(tmpdir(), "driftlens-vsix-stage-"));
  const stage = join(dir, "extension");
  const staged = (...parts: string[]) => join(stage, "node_modules", ...parts);
  let output = "";
  before(() => {
    output = execFileSync(process.execPath, [repoPath("scripts/packageVsix.mjs"), "--stage-only", stage], { encoding: "utf8" });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("stages for this machine's VS Code target", () => {
    assert.match(output, new RegExp(`for ${process.platform}-${process.arch} `));
  });

  it("stages onnxruntime-node with this platform's binaries only", () => {
    const bin = staged("onnxruntime-node", "bin", "napi-v6");
    assert.deepEqual(readdirSync(bin), [process.platform]);
    assert.deepEqual(readdirSync(join(bin, process.platform)), [process.arch]);
    assert.ok(readdirSync(join(bin, process.platform, process.arch)).includes("onnxruntime_binding.node"));
    assert.equal(existsSync(staged("onnxruntime-node", "script")), false, "the install script is left out");
  });

  it("stages transformers.js' node build and what it loads, not the web builds nor onnxruntime-web", () => {
    assert.deepEqual(readdirSync(staged("@huggingface", "transformers", "dist")).sort(), ["transformers.node.cjs", "transformers.node.mjs"]);
    for (const unused of ["onnxruntime-web", "@huggingface/jinja", "@huggingface/tokenizers", "adm-zip", "global-agent"]) {
      assert.equal(existsSync(staged(unused)), false, `${unused} is staged`);
    }
    for (const loaded of ["onnxruntime-common", "onnxruntime-node", "sharp"]) assert.ok(existsSync(staged(loaded, "package.json")), `${loaded} is missing`);
    const manifest = JSON.parse(readFileSync(staged("@huggingface", "transformers", "package.json"), "utf8")) as { dependencies: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.dependencies).sort(), ["onnxruntime-node", "sharp"], "the staged manifest declares what is staged (vsce runs npm list)");
  });

  it("stages sharp's installed platform packages", () => {
    const installed = readdirSync(repoPath("node_modules", "@img")).filter((name) => name.startsWith("sharp-"));
    assert.ok(installed.length > 0);
    assert.deepEqual(readdirSync(staged("@img")).filter((name) => name.startsWith("sharp-")).sort(), installed.sort());
  });

  it("stages the bundled models where the engine looks for them", () => {
    const models = resolve(stage, "dist", "kernel-helpers", "embeddings", "../../../models");
    for (const model of BUNDLED_MODELS) assert.ok(existsSync(join(models, model.name, "onnx", "model.onnx")), `${model.name} is missing`);
    const manifest = JSON.parse(readFileSync(join(stage, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    assert.ok("@huggingface/transformers" in manifest.dependencies);
  });

  it("runs text and image drift from the staged files alone", () => {
    const script = [
      `const dl = require(${JSON.stringify(join(stage, "dist", "kernel-helpers", "index.js"))});`,
      "(async () => {",
      "  const text = await dl.checkTextDrift(dl.syntheticSentences({ count: 20, seed: 1 }), dl.syntheticSentences({ count: 20, seed: 2 }));",
      "  const image = await dl.checkImageDrift(dl.syntheticGlyphs({ count: 6, seed: 1 }), dl.syntheticGlyphs({ count: 6, seed: 2 }));",
      `  console.log(JSON.stringify([text.embeddings.model.id, image.embeddings.model.id, require.resolve('@huggingface/transformers', { paths: [${JSON.stringify(join(stage, "dist", "kernel-helpers", "embeddings"))}] })]));`,
      "})();",
    ].join("\n");
    const run = execFileSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8" });
    const [text, image, runtime] = JSON.parse(run) as string[];
    assert.equal(text, "text-tiny-bert");
    assert.equal(image, "image-tiny-cnn");
    assert.ok(runtime.startsWith(stage), `transformers.js resolved to ${runtime}`);
  });

  it("stages the extension's own page and icon, the example data, and TypeScript's transpiler alone", () => {
    const readme = readFileSync(join(stage, "README.md"), "utf8");
    assert.match(readme, /^# driftlens — Model Drift/);
    for (const section of ["## Commands", "## Settings", "## Workspace trust", "ONNXRUNTIME_NODE_INSTALL_CUDA=skip"]) assert.ok(readme.includes(section), `the README lacks ${section}`);
    assert.ok(!readme.includes("npm test"), "the developer README was staged");
    for (const image of readme.matchAll(/\]\(([^)]+\.png)\)/g)) assert.ok(existsSync(join(stage, image[1])), `${image[1]} (shown in the README) is not staged`);
    const manifest = JSON.parse(readFileSync(join(stage, "package.json"), "utf8")) as { icon: string };
    assert.equal(manifest.icon, "media/icons/driftlens.png");
    assert.deepEqual([...readFileSync(join(stage, manifest.icon)).subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join(""), "PNG");
    assert.deepEqual(readdirSync(join(stage, "examples", "data")).sort(), ["current.csv", "reference.csv"]);
    assert.deepEqual(readdirSync(staged("typescript", "lib")), ["typescript.js"]);
  });

  it("reads the example data, Arrow IPC and transpiles a cell from the staged files alone", () => {
    const arrowFile = join(dir, "table.arrow");
    const script = [
      `const dl = require(${JSON.stringify(join(stage, "dist", "kernel-helpers", "index.js"))});`,
      `const arrow = require(${JSON.stringify(staged("apache-arrow"))});`,
      `const ts = require(${JSON.stringify(staged("typescript"))});`,
      `require("node:fs").writeFileSync(${JSON.stringify(arrowFile)}, arrow.tableToIPC(arrow.tableFromArrays({ score: Float64Array.from([1, 2, 3]) }), "file"));`,
      "(async () => {",
      "  const demo = await dl.demoData();",
      `  const fromArrow = await dl.readTable(${JSON.stringify(arrowFile)});`,
      "  console.log(JSON.stringify([demo.reference.rowCount, fromArrow.rowCount, ts.transpileModule('const a: number = 1', {}).outputText.trim()]));",
      "})();",
    ].join("\n");
    assert.deepEqual(JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8" })), [5000, 3, "var a = 1;"]);
  });
});
