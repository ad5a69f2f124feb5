// Packages the VS Code extension as dist/driftlens-<target>-<version>.vsix with @vscode/vsce, for
// the platform it runs on (`vsce package --target linux-x64`, darwin-arm64, win32-x64, …): the
// .vsix holds native binaries (DuckDB, onnxruntime, sharp) of this platform only.
// The repository's package.json is also the npm library's, so the .vsix is made from a staging
// folder holding only what the extension runs: the compiled extension and engine (dist/), the
// browser bundles (media/), the bundled models (models/, found from dist/kernel-helpers/embeddings
// at ../../../models), the example data the notebooks and the demo read (examples/data), and the
// runtime packages it loads (DuckDB, Arrow, Plotly, TypeScript for notebook cells,
// transformers.js with onnxruntime-node and sharp for text and image drift) with their
// dependencies — not the dev tools, not other platforms' binaries, not the web builds, not
// TypeScript's compiler and language server (cells need only its transpiler), not Arrow's
// browser and ES-module builds. On Linux, DuckDB's library is stripped of its debugging symbols
// (70 → 60 MB). Its page is extension/README.md, its icon media/icons/driftlens.png
// (scripts/make-icon.mjs).
// Run `npm run build` first.
// Usage: node scripts/packageVsix.mjs [--out FILE] [--stage-only DIR]
//   --stage-only DIR  stage into DIR (emptied first) and stop: what the .vsix would hold, unzipped.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const argument = (flag) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const stageOnly = argument("--stage-only");
const stage = stageOnly ?? join(root, "dist", "vsix-stage");

/** Packages the extension loads at run time: the engine's readers (DuckDB, Arrow; the ClickHouse and PostgreSQL clients its index loads), Plotly (inlined in HTML reports), TypeScript (notebook cells), the model runtime (text and image drift). */
const RUNTIME = ["@duckdb/node-api", "apache-arrow", "plotly.js-cartesian-dist-min", "typescript", "@huggingface/transformers", "@clickhouse/client", "pg"];

/**
 * The dependencies a package loads at run time, where they are fewer than it declares:
 * transformers.js' node build (dist/transformers.node.cjs / .mjs) has onnxruntime-web, the
 * tokenizers and jinja bundled in and requires only onnxruntime-common, onnxruntime-node and
 * sharp; onnxruntime-node's adm-zip and global-agent serve its install script.
 */
const LOADED_DEPENDENCIES = {
  "@huggingface/transformers": ["onnxruntime-common", "onnxruntime-node", "sharp"],
  "onnxruntime-node": ["onnxruntime-common"],
};

/** The folder of onnxruntime-node's native binaries for this platform (the package holds five platforms', 290 MB). */
const ONNX_BINARIES = ["bin", "napi-v6", process.platform, process.arch];

/**
 * Whether a file of a runtime package stays out of the .vsix (`path` relative to the package
 * folder): the builds and sources transformers.js has besides its node build, and the binaries,
 * sources and install script of onnxruntime-node besides this platform's binaries.
 */
function leftOut(name, path) {
  const parts = path.split(/[\\/]/);
  // Notebook cells are transpiled (lib/typescript.js); the compiler, the language server and the translations stay out.
  if (name === "typescript") return parts[0] === "bin" || (parts[0] === "lib" && parts.length > 1 && parts[1] !== "typescript.js");
  // The engine requires Arrow's CommonJS build (Arrow.node.js and the Arrow.dom.js it loads); the minified browser bundles, ES modules and TypeScript sources stay out.
  if (name === "apache-arrow") return parts[0] === "src" || parts[0] === "bin" || /\.mjs$/.test(path) || /^Arrow\.(es2015|esnext|externs)/.test(parts[0]);
  if (name === "@huggingface/transformers") return parts[0] === "src" || parts[0] === "types" || (parts[0] === "dist" && parts.length > 1 && !/^transformers\.node\.(cjs|mjs)$/.test(parts[1]));
  if (name === "onnxruntime-node") return parts[0] === "lib" || parts[0] === "script" || (parts[0] === "bin" && !parts.every((part, i) => i >= ONNX_BINARIES.length || part === ONNX_BINARIES[i]));
  return false;
}

/**
 * The VS Code target of this machine: linux-x64, darwin-arm64, win32-x64, … — the platforms for
 * which onnxruntime-node has binaries (musl Linux has none: its binaries need glibc).
 */
function vsceTarget() {
  const onnx = locate("onnxruntime-node", root);
  if (!onnx || !existsSync(join(onnx, ...ONNX_BINARIES))) throw new Error(`onnxruntime-node has no binaries for ${process.platform}/${process.arch}: the extension's text and image drift cannot run there.`);
  if (process.platform === "linux" && !process.report.getReport().header.glibcVersionRuntime) throw new Error("This Linux uses musl (alpine): onnxruntime-node's Linux binaries need glibc.");
  return `${process.platform}-${process.arch}`;
}

for (const required of ["dist/extension/extension.js", "dist/kernel-helpers/index.js", "media/out/renderer.js", "media/out/panel.js"]) {
  if (!existsSync(join(root, required))) throw new Error(`${required} is missing: run \`npm run build\` first.`);
}
const target = vsceTarget();
const out = argument("--out") ?? join(root, "dist", `driftlens-${target}-${manifest.version}.vsix`);
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

const copy = (from, to = from, filter = () => true) => cpSync(join(root, from), join(stage, to), { recursive: true, filter: (source) => !source.endsWith(".map") && filter(source) });
copy("dist/extension", "dist/extension", (source) => !source.includes(`${join("dist", "extension", "test")}`));
// The engine module by module; the CLI bundle (scripts/bundle-cli.mjs) is for the `driftlens` binary only.
copy("dist/kernel-helpers", "dist/kernel-helpers", (source) => !source.endsWith("main.bundle.js"));
copy("media/out");
copy("media/icons");
copy("media/report.css");
copy("models");
copy("examples/data");
copy("media/screenshots");
copy("extension/README.md", "README.md");

// The runtime packages and everything they load, found the way Node resolves them.
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
  packages.set(dir, info);
  const loaded = LOADED_DEPENDENCIES[info.name];
  for (const dep of loaded ?? Object.keys(info.dependencies ?? {})) add(dep, dir, false);
  if (!loaded) for (const dep of Object.keys(info.optionalDependencies ?? {})) add(dep, dir, true);
}
for (const name of RUNTIME) add(name, root, false);
for (const [dir, info] of packages) {
  const rel = relative(root, dir);
  cpSync(dir, join(stage, rel), { recursive: true, filter: (source) => !relative(dir, source).split(/[\\/]/).includes("node_modules") && !leftOut(info.name, relative(dir, source)) });
  const loaded = LOADED_DEPENDENCIES[info.name];
  if (loaded) {
    // The staged copy declares what it was staged with, so that `npm list` (run by vsce) finds every dependency.
    const scripts = { ...info.scripts };
    delete scripts.postinstall;
    const dependencies = Object.fromEntries(Object.entries({ ...info.dependencies, ...info.optionalDependencies }).filter(([dep]) => loaded.includes(dep) && locate(dep, dir)));
    writeFileSync(join(stage, rel, "package.json"), `${JSON.stringify({ ...info, scripts, dependencies, optionalDependencies: {} }, null, 2)}\n`);
  }
}

for (const [dir, info] of packages) if (/^@duckdb\/node-bindings-linux-/.test(info.name)) stripDebugSymbols(join(stage, relative(root, dir), "libduckdb.so"));

/**
 * Strips the debugging symbols of a native library when `strip` is there (the dynamic symbols
 * Node loads stay): DuckDB's Linux library installs about 10 MB smaller. Without `strip` it stays
 * as npm installed it.
 */
function stripDebugSymbols(library) {
  if (!existsSync(library)) return;
  try {
    execFileSync("strip", ["--strip-unneeded", library], { stdio: "ignore" });
  } catch {
    // No strip on this machine: the library stays as it is.
  }
}

const dependencies = Object.fromEntries(RUNTIME.map((name) => [name, packages.get(locate(name, root)).version]));
const vsixManifest = {
  name: manifest.name,
  displayName: manifest.displayName,
  description: manifest.description,
  version: manifest.version,
  publisher: manifest.publisher,
  license: manifest.license,
  categories: manifest.categories,
  icon: manifest.icon,
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
if (stageOnly) {
  console.log(`staged ${relative(process.cwd(), stage) || "."} for ${target} (${packages.size} runtime packages)`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
  execFileSync(process.execPath, [vsce, "package", "--target", target, "--out", out, "--allow-missing-repository", "--no-rewrite-relative-links", "--skip-license"], { cwd: stage, stdio: ["ignore", "inherit", "inherit"] });
  console.log(`packaged ${relative(process.cwd(), out)} for ${target} (${packages.size} runtime packages)`);
}
