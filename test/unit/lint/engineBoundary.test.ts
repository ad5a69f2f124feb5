import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";

/** Lints `code` as if it were the file `path` of the repository, with the project's own config. */
function lint(path: string, code: string): { code: number | null; output: string } {
  const child = spawnSync(process.execPath, [repoPath("node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", path, "--format", "stylish"], {
    cwd: repoPath(),
    input: code,
    encoding: "utf8",
  });
  return { code: child.status, output: child.stdout + child.stderr };
}

describe("the lint keeps the engine free of editor and browser code", () => {
  it("rejects an import of vscode in kernel-helpers/", () => {
    const result = lint("kernel-helpers/drift/probe.ts", 'import * as vscode from "vscode";\nexport const x = vscode;\n');
    assert.equal(result.code, 1);
    assert.match(result.output, /must not import vscode/);
  });
  it("rejects DOM globals in kernel-helpers/", () => {
    const result = lint("kernel-helpers/report/probe.ts", "export const title = document.title;\n");
    assert.equal(result.code, 1);
    assert.match(result.output, /no DOM globals/);
  });
  it("accepts plain engine code", () => {
    const result = lint("kernel-helpers/drift/probe.ts", "export const answer = 42;\n");
    assert.equal(result.code, 0, result.output);
  });
});

describe("the lint keeps the engine's layers pointing one way", () => {
  it("rejects check/ imported from a folder below it (drift/)", () => {
    const result = lint("kernel-helpers/drift/probe.ts", 'import type { CheckReport } from "../check/checkReport";\nexport type Probe = CheckReport;\n');
    assert.equal(result.code, 1);
    assert.match(result.output, /below check\/ .* may not import check\//);
  });
  it("rejects check/ imported from summary/ (checkDrift runs checks on summaries; summaries do not run checks)", () => {
    const result = lint("kernel-helpers/summary/probe.ts", 'import { checkSettings } from "../check/checkSettings";\nexport const probe = checkSettings;\n');
    assert.equal(result.code, 1);
    assert.match(result.output, /below check\/ .* may not import check\//);
  });
  it("rejects summary/ imported from drift/ (summaries run the column tests; compareDatasets, which picks between them, lives in summary/)", () => {
    const result = lint("kernel-helpers/drift/probe.ts", 'import { compareSides } from "../summary/compareSides";\nexport const probe = compareSides;\n');
    assert.equal(result.code, 1);
    assert.match(result.output, /below summary\/ .* may not import summary\//);
  });
  it("rejects check/ and baseline/ imported from performance/", () => {
    const check = lint("kernel-helpers/performance/probe.ts", 'import { checkDrift } from "../check/checkDrift";\nexport const probe = checkDrift;\n');
    assert.equal(check.code, 1);
    assert.match(check.output, /may not import check\//);
    const baseline = lint("kernel-helpers/performance/probe.ts", 'import { loadBaseline } from "../baseline/loadBaseline";\nexport const probe = loadBaseline;\n');
    assert.equal(baseline.code, 1);
    assert.match(baseline.output, /may not import baseline\//);
  });
  it("rejects cli/ imported from anywhere else in the engine", () => {
    for (const folder of ["report", "synth", "service"]) {
      const result = lint(`kernel-helpers/${folder}/probe.ts`, 'import { EXIT_OK } from "../cli/exitCodes";\nexport const probe = EXIT_OK;\n');
      assert.equal(result.code, 1, folder);
      assert.match(result.output, /must not import cli\//);
    }
  });
  it("accepts the arrows that point down (report/ → check/, cli/ → cli/)", () => {
    assert.equal(lint("kernel-helpers/report/probe.ts", 'import type { CheckReport } from "../check/checkReport";\nexport type Probe = CheckReport;\n').code, 0);
    assert.equal(lint("kernel-helpers/cli/probe.ts", 'import { EXIT_OK } from "./exitCodes";\nexport const probe = EXIT_OK;\n').code, 0);
  });
  it("lets the extension import only the engine's shared leaf modules directly", () => {
    assert.equal(lint("extension/probe.ts", 'import { escapeHtml } from "../kernel-helpers/report/escapeHtml";\nexport const probe = escapeHtml;\n').code, 0);
    const result = lint("extension/probe.ts", 'import { checkDrift } from "../kernel-helpers/check/checkDrift";\nexport const probe = checkDrift;\n');
    assert.equal(result.code, 1);
    assert.match(result.output, /Use the engine through its package/);
  });
});
