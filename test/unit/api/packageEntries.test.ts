import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { describe, it } from "node:test";
import * as dl from "../../../kernel-helpers/index";
import * as internals from "../../../kernel-helpers/internals";
import { repoPath } from "../../helpers/paths";

/** The documents that teach the API: the README, the extension's page and the example notebooks (their cells' source). */
function documents(): { name: string; text: string }[] {
  const notebooks = readdirSync(repoPath("notebooks")).filter((file) => file.endsWith(".ipynb"));
  return [
    { name: "README.md", text: readFileSync(repoPath("README.md"), "utf8") },
    { name: "extension/README.md", text: readFileSync(repoPath("extension", "README.md"), "utf8") },
    ...notebooks.map((file) => {
      const cells = (JSON.parse(readFileSync(repoPath("notebooks", file), "utf8")) as { cells: { source: string | string[] }[] }).cells;
      return { name: `notebooks/${file}`, text: cells.map((cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source)).join("\n") };
    }),
  ];
}

/** The values a text takes from "driftlens": named imports (`import { a, type B } from "driftlens"`) and `dl.name` uses. Types are left out (they do not exist at run time). */
function valuesUsed(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"driftlens"/g)) {
    for (const part of match[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  for (const match of text.matchAll(/\bdl\.([A-Za-z_]\w*)/g)) names.add(match[1]);
  // A value starts lowercase, is a CONSTANT or an error class; PascalCase names used as `dl.Table` are types.
  return new Set([...names].filter((name) => /^[a-z]/.test(name) || /^[A-Z][A-Z0-9_]+$/.test(name) || /Error$/.test(name)));
}

const INTERNAL_VALUES = [
  "KllSketch",
  "FrequencySketch",
  "fitPca",
  "projectPca",
  "fitIsotonic",
  "predictIsotonic",
  "fitStandardScaler",
  "scaleRows",
  "fitReconstruction",
  "reconstructionErrors",
  "fitGradientBoosting",
  "predictGradientBoosting",
  "embeddingMatrix",
  "HEATMAP_MAX_COLUMNS",
  "TREND_MAX_COLUMNS",
  "MAX_DISTRIBUTION_FIGURES",
  "SUMMARY_PAGE_SIZE",
  "SPARKLINE_BARS",
  "DISTRIBUTION_MAX_BINS",
  "DISTRIBUTION_MAX_CATEGORIES",
  "driftRatio",
  "identifierReason",
  "removePendingWrites",
];

describe("the package's entries: driftlens and driftlens/internals", () => {
  it("every value the README, the extension's page and the notebooks use is exported from driftlens", () => {
    const exported = new Set(Object.keys(dl));
    let checked = 0;
    for (const { name, text } of documents()) {
      for (const value of valuesUsed(text)) {
        checked += 1;
        assert.ok(exported.has(value), `${name} uses ${value}, which "driftlens" does not export`);
      }
    }
    assert.ok(checked >= 20, `only ${checked} uses were found: the documents' import forms changed`);
  });

  it("internals are exported from driftlens/internals, not from driftlens", () => {
    for (const name of INTERNAL_VALUES) {
      assert.ok(name in internals, `driftlens/internals lacks ${name}`);
      assert.ok(!(name in dl), `"driftlens" still exports the internal ${name}`);
    }
    assert.deepEqual(Object.keys(internals).sort(), [...INTERNAL_VALUES].sort(), "driftlens/internals exports exactly the listed internals");
  });

  it("package.json maps driftlens/internals to the built internals with its types", () => {
    const manifest = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { exports: Record<string, { types: string; default: string }> };
    assert.deepEqual(manifest.exports["./internals"], { types: "./dist/kernel-helpers/internals.d.ts", default: "./dist/kernel-helpers/internals.js" });
    assert.equal(require.resolve("driftlens/internals"), repoPath("dist", "kernel-helpers", "internals.js"));
    assert.equal(require.resolve("driftlens"), repoPath("dist", "kernel-helpers", "index.js"));
  });
});
