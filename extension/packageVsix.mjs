// Packages the VS Code extension as dist/driftlens-<version>.vsix with @vscode/vsce.
// The repository's package.json is also the npm library's, so the .vsix is made from a staging
// folder holding only what the extension runs: the compiled extension and engine (dist/), the
// browser bundles (media/), and the runtime packages it loads (DuckDB, Arrow, Plotly, TypeScript
// for notebook cells) with their dependencies — not the dev tools, not the models' runtimes.
// Run `npm run build` first. Usage: node extension/packageVsix.mjs [--out FILE]
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outArg = process.argv.indexOf("--out");
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, "dist", `driftlens-${manifest.version}.vsix`);
const stage = join(root, "dist", "vsix-stage");

/** Packages the extension host loads at run time: the engine's readers, Plotly (inlined in HTML reports), TypeScript (notebook cells). */
const RUNTIME = ["@duckdb/node-api", "apache-arrow", "plotly.js-cartesian-dist-min", "typescript"];

for (const required of ["dist/extension/extension.js", "dist/kernel-helpers/index.js", "media/out/renderer.js", "media/out/panel.js"]) {
  if (!existsSync(join(root, required))) throw new Error(`${required} is missing: run \`npm run build\` first.`);
}
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

const copy = (from, to = from, filter = () => true) => cpSync(join(root, from), join(stage, to), { recursive: true, filter: (source) => !source.endsWith(".map") && filter(source) });
copy("dist/extension", "dist/extension", (source) => !source.includes(`${join("dist", "extension", "test")}`));
copy("dist/kernel-helpers");
copy("media/out");
copy("media/icons");
copy("media/report.css");
copy("README.md");

// The runtime packages and everything they depend on, found the way Node resolves them.
const packages = new Map();
function locate(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}
function add(name, fromDir, optional) {
  const dir = locate(name, fromDir);
  if (!dir) {
    if (optional) return;
    throw new Error(`${name} (needed from ${relative(root, fromDir) || "."}) is not installed: run npm ci.`);
  }
  if (packages.has(dir)) return;
  const info = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  packages.set(dir, info.version);
  for (const dep of Object.keys(info.dependencies ?? {})) add(dep, dir, false);
  for (const dep of Object.keys(info.optionalDependencies ?? {})) add(dep, dir, true);
}
for (const name of RUNTIME) add(name, root, false);
for (const dir of packages.keys()) {
  const rel = relative(root, dir);
  cpSync(dir, join(stage, rel), { recursive: true, filter: (source) => !relative(dir, source).split(/[\\/]/).includes("node_modules") });
}

const dependencies = Object.fromEntries(RUNTIME.map((name) => [name, packages.get(locate(name, root))]));
const vsixManifest = {
  name: manifest.name,
  displayName: manifest.displayName,
  description: manifest.description,
  version: manifest.version,
  publisher: manifest.publisher,
  license: manifest.license,
  categories: manifest.categories,
  engines: manifest.engines,
  main: manifest.main,
  exports: manifest.exports,
  activationEvents: manifest.activationEvents,
  capabilities: manifest.capabilities,
  contributes: manifest.contributes,
  dependencies,
};
writeFileSync(join(stage, "package.json"), `${JSON.stringify(vsixManifest, null, 2)}\n`);
writeFileSync(join(stage, "LICENSE"), `MIT License — see the driftlens repository.\n`);
writeFileSync(join(stage, ".vscodeignore"), ["**/*.map", "**/*.d.ts", "**/*.md", "!README.md", "node_modules/typescript/lib/*.d.ts", "node_modules/**/test/**", "node_modules/**/docs/**", ""].join("\n"));

mkdirSync(dirname(out), { recursive: true });
const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
execFileSync(process.execPath, [vsce, "package", "--out", out, "--allow-missing-repository", "--no-rewrite-relative-links", "--skip-license"], { cwd: stage, stdio: ["ignore", "inherit", "inherit"] });
console.log(`packaged ${relative(process.cwd(), out)} (${packages.size} runtime packages)`);
