import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";

const dir = mkdtempSync(join(tmpdir(), "driftlens-startup-"));

// Preloaded into the child: when it exits, writes every module file it required and whether the
// onnxruntime shared library is mapped into the process.
const recorder = join(dir, "record-loads.cjs");
writeFileSync(
  recorder,
  `process.on("exit", () => {
  const fs = require("node:fs");
  const maps = fs.existsSync("/proc/self/maps") ? fs.readFileSync("/proc/self/maps", "utf8") : "";
  fs.writeFileSync(process.env.DRIFTLENS_LOADS_OUT, JSON.stringify({ modules: Object.keys(require.cache), onnxMapped: /onnxruntime/.test(maps) }));
});
`,
);

interface Loads {
  readonly modules: readonly string[];
  readonly onnxMapped: boolean;
  readonly stdout: string;
  readonly code: number | null;
}

/** Runs node with `args` (from the repository root) and returns what the process loaded. */
function loadsOf(name: string, args: readonly string[]): Loads {
  const out = join(dir, `${name}.json`);
  const child = spawnSync(process.execPath, ["--require", recorder, ...args], { cwd: repoPath(), encoding: "utf8", env: { ...process.env, DRIFTLENS_LOADS_OUT: out, NO_COLOR: "1" } });
  assert.ok(child.status === 0 || child.status === 1, `${name} exited ${child.status}: ${child.stderr}`);
  return { ...(JSON.parse(readFileSync(out, "utf8")) as { modules: string[]; onnxMapped: boolean }), stdout: child.stdout, code: child.status };
}

const HEAVY = [
  ["onnxruntime-node", /node_modules\/onnxruntime-node\//],
  ["onnxruntime-common", /node_modules\/onnxruntime-common\//],
  ["@huggingface/transformers", /node_modules\/@huggingface\/transformers\//],
  ["fastify", /node_modules\/fastify\//],
  ["sharp", /node_modules\/sharp\//],
  ["plotly", /node_modules\/plotly/],
] as const;

function assertNotLoaded(loads: Loads, what: string): void {
  for (const [name, pattern] of HEAVY) {
    const found = loads.modules.filter((path) => pattern.test(path));
    assert.deepEqual(found, [], `${what} loaded ${name}`);
  }
  assert.equal(loads.onnxMapped, false, `${what} mapped the onnxruntime library`);
}

describe("start-up loads only what is needed", () => {
  it('import { compareDatasets } from "driftlens" loads neither onnxruntime, transformers.js nor Fastify', () => {
    const loads = loadsOf("barrel", ["-e", 'const { compareDatasets } = require("driftlens"); if (typeof compareDatasets !== "function") process.exit(3);']);
    assert.ok(loads.modules.some((path) => path.endsWith(join("dist", "kernel-helpers", "index.js"))), "the built barrel was loaded");
    assertNotLoaded(loads, "the barrel");
  });

  it('require("driftlens/internals") loads neither onnxruntime, transformers.js nor Fastify', () => {
    const loads = loadsOf("internals", ["-e", 'const { KllSketch } = require("driftlens/internals"); if (typeof KllSketch !== "function") process.exit(3);']);
    assert.ok(loads.modules.some((path) => path.endsWith(join("dist", "kernel-helpers", "internals.js"))), "the built internals entry was loaded");
    assertNotLoaded(loads, "driftlens/internals");
  });

  it("the recorder sees onnxruntime and transformers.js once an embedder is made (the check above can fail)", () => {
    const loads = loadsOf("embedder", ["-e", 'require("driftlens").textEmbedder().then((e) => e.dispose());']);
    assert.ok(loads.modules.some((path) => /node_modules\/@huggingface\/transformers\//.test(path)), "transformers.js recorded");
    assert.ok(loads.modules.some((path) => /node_modules\/onnxruntime-node\//.test(path)) || loads.onnxMapped, "onnxruntime recorded");
  });

  const COMPARE = ["compare", "test/fixtures/drift/stable-reference.csv", "test/fixtures/drift/stable-current.csv", "--json", "-"];

  it("driftlens compare a.csv b.csv --json - runs the CLI bundle and loads no embeddings runtime, Fastify, Plotly, database driver or apache-arrow", () => {
    const loads = loadsOf("compare", ["bin/driftlens.js", ...COMPARE]);
    assert.equal(JSON.parse(loads.stdout).kind, "compare", "the report came out on stdout");
    // `npm run build` made the bundle after tsc: the binary takes it (see scripts/bundle-cli.mjs).
    assert.ok(loads.modules.some((path) => path.endsWith(join("dist", "kernel-helpers", "cli", "main.bundle.js"))), "the binary ran the CLI bundle");
    assertNotLoaded(loads, "compare --json");
    // Files compare without the database drivers and without apache-arrow (Arrow input only).
    for (const [name, pattern] of [["pg", /node_modules\/pg\//], ["@clickhouse/client", /node_modules\/@clickhouse\/client\//], ["apache-arrow", /node_modules\/apache-arrow\//]] as const) {
      assert.deepEqual(loads.modules.filter((path) => pattern.test(path)), [], `compare --json loaded ${name}`);
    }
  });

  it("the compiled modules of compare --json (what the bundle runs, module by module) include no embeddings, service, HTML report, baseline, watch or logger code", () => {
    const loads = loadsOf("compare-modules", ["-e", `require("./dist/kernel-helpers/cli/main.js").main(${JSON.stringify(COMPARE)}).then((code) => { process.exitCode = code; })`]);
    assert.equal(JSON.parse(loads.stdout).kind, "compare", "the report came out on stdout");
    const ownFiles = loads.modules.filter((path) => path.includes(join("dist", "kernel-helpers")));
    assert.ok(ownFiles.some((path) => path.includes(join("kernel-helpers", "drift", "compareSources"))), "the recorder sees the engine's own modules");
    for (const part of ["embeddings", "service", "report/reportHtml", "report/reportFigures", "baseline", "watch", "logger"]) {
      assert.deepEqual(ownFiles.filter((path) => path.includes(join("kernel-helpers", part))), [], `compare --json loaded ${part}`);
    }
  });
});
