// Executes the example notebooks in notebooks/ headless — tslab (npm) as the kernel, Debian's
// jupyter nbconvert as the runner — in a scratch copy where `import * as dl from "driftlens"`
// resolves to this repository (built), as it does for a user who installed the package.
// The executed copies go to --out (default: the scratch folder in the system temp dir, kept);
// never into notebooks/.
//
//   npm run build && node scripts/run-notebooks.mjs [--out DIR] [NAME.ipynb ...]
//
// Needs: apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel
// Exit code 0 when every notebook ran without error, 1 when one failed, 2 when a tool is missing.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";

const repo = resolve(import.meta.dirname, "..");
const JUPYTER = "/usr/bin/jupyter";
const PYTHON = "/usr/bin/python3";
const TSLAB = join(repo, "node_modules", ".bin", "tslab");

const { values, positionals } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: true });
const names = positionals.length > 0 ? positionals.map((name) => basename(name)) : readdirSync(join(repo, "notebooks")).filter((name) => name.endsWith(".ipynb")).sort();

const missing = [];
if (!existsSync(JUPYTER) || spawnSync(JUPYTER, ["nbconvert", "--version"]).status !== 0) missing.push("jupyter nbconvert (apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel)");
else if (spawnSync(PYTHON, ["-c", "import nbclient, ipykernel"]).status !== 0) missing.push("nbclient / ipykernel for /usr/bin/python3 (apt-get install -y python3-nbclient python3-ipykernel)");
if (!existsSync(TSLAB)) missing.push("tslab (npm install)");
if (!existsSync(join(repo, "dist", "kernel-helpers", "index.js"))) missing.push("the compiled library (npm run build)");
if (missing.length > 0) {
  process.stderr.write(`run-notebooks: missing ${missing.join("; ")}.\n`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "driftlens-notebooks-"));
const out = resolve(values.out ?? join(work, "executed"));
mkdirSync(join(work, "node_modules"), { recursive: true });
symlinkSync(repo, join(work, "node_modules", "driftlens"), "dir");
mkdirSync(join(work, "notebooks"));
for (const name of names) cpSync(join(repo, "notebooks", name), join(work, "notebooks", name));
mkdirSync(out, { recursive: true });

const install = spawnSync(TSLAB, ["install", `--python=${PYTHON}`, `--binary=${TSLAB}`, `--prefix=${join(work, "jupyter")}`], { encoding: "utf8" });
if (install.status !== 0) {
  process.stderr.write(`run-notebooks: tslab install failed:\n${install.stdout}${install.stderr}\n`);
  process.exit(2);
}
const env = { ...process.env, JUPYTER_PATH: join(work, "jupyter", "share", "jupyter"), JUPYTER_CONFIG_DIR: join(work, "jupyter-config"), JUPYTER_DATA_DIR: join(work, "jupyter-data"), IPYTHONDIR: join(work, "ipython") };

/** Runs one notebook; resolves to { name, ok, seconds, log }. */
function execute(name) {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(JUPYTER, ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=tslab", "--ExecutePreprocessor.timeout=180", "--output-dir", out, name], { cwd: join(work, "notebooks"), env });
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk));
    child.stderr.on("data", (chunk) => (log += chunk));
    child.on("close", (code) => done({ name, ok: code === 0, seconds: (performance.now() - started) / 1000, log }));
  });
}

// Two at a time: each kernel compiles TypeScript on one core.
const results = [];
const queue = [...names];
await Promise.all([0, 1].map(async () => {
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) results.push(await execute(name));
}));
for (const result of results.sort((a, b) => a.name.localeCompare(b.name))) {
  process.stdout.write(`${result.ok ? "ok    " : "FAILED"} ${result.name} (${result.seconds.toFixed(1)} s)\n`);
  if (!result.ok) process.stdout.write(`${result.log}\n`);
}
process.stdout.write(`Executed notebooks: ${out}\n`);
// The scratch copy goes; it stays only when it holds the executed notebooks (no --out).
if (values.out !== undefined) rmSync(work, { recursive: true, force: true });
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
