import assert from "node:assert/strict";
import { createContext, runInContext } from "node:vm";
import { describe, it } from "node:test";
import * as ts from "typescript";
import { generatedToSourceLines } from "../../../extension/notebook/sourceMapLines";
import { CELL_DEFAULT, CELL_REQUIRE, transpileCell } from "../../../extension/notebook/transpileCell";

/** A kernel-like global scope: cells run one after the other in it. */
function kernel(modules: Record<string, unknown> = {}) {
  const context = createContext({
    [CELL_REQUIRE]: (name: string) => {
      if (!(name in modules)) throw new Error(`no module ${name}`);
      return modules[name];
    },
    [CELL_DEFAULT]: (module: { __esModule?: boolean; default?: unknown }) => (module.__esModule ? module.default : module),
  });
  let count = 0;
  return (source: string) => {
    const cell = transpileCell(ts, source, `Cell ${++count}`);
    assert.deepEqual(cell.errors, []);
    return { value: runInContext(cell.code, context, { filename: `Cell ${count}` }) as Promise<unknown>, cell };
  };
}

describe("transpileCell", () => {
  it("keeps top-level declarations of every kind for the next cell", async () => {
    const run = kernel();
    await run("const a: number = 1;\nlet { b, c: [d] } = { b: 2, c: [3] };\nfunction f(): number { return a + b + d + new K().k; }\nclass K { k = 4; }").value;
    assert.equal(await run("f()").value, 10);
  });

  it("lets a cell run again (a const is redeclared, not an error)", async () => {
    const run = kernel();
    await run("const x = 1;").value;
    await run("const x = 2;").value;
    assert.equal(await run("x").value, 2);
  });

  it("awaits at top level and gives the last expression's value", async () => {
    const run = kernel();
    assert.equal(await run("const v = await Promise.resolve(20);\nv * 2 + 2 // answer").value, 42);
    assert.equal(await run("const nothing = 1;").value, undefined);
  });

  it("turns namespace, named and default imports into requires", async () => {
    const run = kernel({ lib: { __esModule: true, default: "D", twice: (n: number) => n * 2 }, plain: { size: 3 } });
    await run('import * as lib from "lib";\nimport def, { twice as t } from "lib";\nimport plain from "plain";\nimport type { Nothing } from "types";').value;
    assert.deepEqual(Array.from((await run("[def, t(4), lib.twice(1), plain.size]").value) as unknown[]), ["D", 8, 2, 3]);
  });

  it("maps a line of the script back to the cell's line, across erased types", async () => {
    const run = kernel();
    const source = "interface Shape {\n  side: number;\n}\nconst s: Shape = { side: 2 };\n\nthrow new Error(`side ${s.side}`);";
    const { value, cell } = run(source);
    const error = (await value.then(() => undefined, (e: Error) => e)) as Error;
    assert.equal(error.message, "side 2");
    const line = Number(/Cell 1:(\d+):\d+/.exec(error.stack ?? "")?.[1]);
    assert.equal(cell.cellLine(line), 6);
  });

  it("reports a syntax error with the cell's line", () => {
    const cell = transpileCell(ts, "const ok = 1;\nconst broken = (;", "Cell 1");
    assert.equal(cell.errors.length > 0, true);
    assert.equal(cell.errors[0].line, 2);
  });
});

describe("generatedToSourceLines", () => {
  it("follows the source line of each generated line's first mapping", () => {
    assert.deepEqual(generatedToSourceLines("AAAA;AACA;;AACA,AAAA"), [0, 1, 1, 2]);
  });

  it("decodes negative and multi-digit deltas", () => {
    // line 0 → source line 20 ("AAoBA": +20), line 1 → back to 3 ("AAiBA": −17)
    assert.deepEqual(generatedToSourceLines("AAoBA;AAjBA"), [20, 3]);
  });

  it("answers an empty map with one line at 0", () => {
    assert.deepEqual(generatedToSourceLines(""), [0]);
  });
});
