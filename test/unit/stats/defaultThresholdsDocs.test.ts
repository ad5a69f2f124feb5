import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { DEFAULT_MONITORING_SETTINGS } from "../../../kernel-helpers/config/monitoringSettings";
import { getStatTest } from "../../../kernel-helpers/stats/registry";
import { defaultThresholdsText } from "../../../kernel-helpers/stats/defaultThresholdsText";
import { repoPath } from "../../helpers/paths";

/** `text` with its comment markers and line breaks folded into single spaces. */
const folded = (text: string) => text.replace(/\n\s*\*\s*/g, " ").replace(/\s+/g, " ");

describe("the default thresholds the docs state are the stat-test registry's", () => {
  const expected = defaultThresholdsText();
  it("lists every test under its registered default threshold", () => {
    assert.match(expected, /^0\.05 for ks, chisquare, z, .*; 0\.1 for wasserstein, .*anderson, cramer_von_mises, .*fisher_exact, g_test, .*empirical_mmd$/);
  });
  for (const [doc, file] of [
    ["the CompareOptions.threshold comment", "kernel-helpers/drift/compareOptions.ts"],
    ["the driftlens.threshold setting", "package.json"],
    ["the README", "README.md"],
  ] as const) {
    it(`${doc} (${file}) says: ${expected.slice(0, 40)}…`, () => {
      assert.ok(folded(readFileSync(repoPath(file), "utf8")).includes(expected), `${file} is stale: its default thresholds must read "${expected}" (from defaultThresholdsText()).`);
    });
  }
  it("the PSI setting's default is psi's own default threshold", () => {
    assert.equal(DEFAULT_MONITORING_SETTINGS.psiThreshold, getStatTest("psi").defaultThreshold);
  });
});
