import * as assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { EXTENSION_ID, driftlens, failureSince, workspaceFolder } from "./support";

// The files come from makeEmbeddingFiles (test/e2e/harness/workspaceFixture.ts): 150 seeded
// sentences a side (the drifted side with typos injected) and 40 seeded glyph PNGs a side (the
// drifted side with noise injected). The bundled models separate them with p = 1/2001 against
// p ≈ 0.94 (texts) and 1.0 (images), so the verdicts below are not coin flips.
const path = (file: string) => join(workspaceFolder(), file);

/** Runs a drift command and returns its result, or fails with the message the extension showed. */
async function run(command: string, ...args: unknown[]): Promise<{ drifted: boolean }> {
  const api = await driftlens();
  const before = api.container.failures.length;
  const result = await vscode.commands.executeCommand<{ drifted: boolean } | undefined>(command, ...args);
  assert.ok(result, `${command} returned nothing: ${failureSince(api, before)?.message ?? "no message shown"}`);
  return result;
}

describe("driftlens in VS Code: text and image drift from the installed .vsix", () => {
  it("carries the model runtime with this platform's binaries only, and the bundled models", () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const root = extension.extensionPath;
    assert.ok(existsSync(join(root, "node_modules", "@huggingface", "transformers", "dist", "transformers.node.cjs")));
    assert.deepEqual(readdirSync(join(root, "node_modules", "onnxruntime-node", "bin", "napi-v6")), [process.platform]);
    assert.equal(existsSync(join(root, "node_modules", "onnxruntime-web")), false, "onnxruntime-web is packaged");
    for (const model of ["text-tiny-bert", "image-tiny-cnn"]) assert.ok(existsSync(join(root, "models", model, "onnx", "model.onnx")), `${model} is not packaged`);
  });

  it("Check Text Drift says drifted for texts with typos and opens the report panel", async () => {
    const api = await driftlens();
    const result = await run("driftlens.checkTextDrift", vscode.Uri.file(path("data/texts-reference.csv")), vscode.Uri.file(path("data/texts-drifted.csv")), "review");
    assert.equal(result.drifted, true);
    assert.ok(api.container.panels.openKeys.includes(`text:${path("data/texts-drifted.csv")}`), `open panels: ${api.container.panels.openKeys.join(", ")}`);
  });

  it("Check Text Drift says not drifted for texts of the same distribution, in a panel of its own", async () => {
    const api = await driftlens();
    const result = await run("driftlens.checkTextDrift", path("data/texts-reference.csv"), path("data/texts-quiet.csv"), "review");
    assert.equal(result.drifted, false);
    assert.ok(api.container.panels.openKeys.includes(`text:${path("data/texts-quiet.csv")}`), `open panels: ${api.container.panels.openKeys.join(", ")}`);
  });

  it("Check Image Drift says drifted for two folders of PNGs, the current one noisy, and opens the report panel", async () => {
    const api = await driftlens();
    const result = await run("driftlens.checkImageDrift", vscode.Uri.file(path("images/reference")), vscode.Uri.file(path("images/drifted")));
    assert.equal(result.drifted, true);
    assert.ok(api.container.panels.openKeys.includes(`image:${path("images/drifted")}`), `open panels: ${api.container.panels.openKeys.join(", ")}`);
  });

  it("Check Image Drift says not drifted for glyphs of the same distribution", async () => {
    const api = await driftlens();
    const result = await run("driftlens.checkImageDrift", path("images/reference"), path("images/quiet"));
    assert.equal(result.drifted, false);
    assert.ok(api.container.panels.openKeys.includes(`image:${path("images/quiet")}`), `open panels: ${api.container.panels.openKeys.join(", ")}`);
  });
});
