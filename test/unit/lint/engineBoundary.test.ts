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
