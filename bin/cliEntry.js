"use strict";
// Loads the driftlens CLI for bin/driftlens.js: the CLI as one bundled file
// (dist/kernel-helpers/cli/main.bundle.js, made by scripts/bundle-cli.mjs) when it is at least as
// new as the compiled modules it was made from, compiled with V8's code cache of a trained run
// (main.bundle.cache, made with it) when that cache is as new as the bundle; otherwise (tsc run
// alone since) the compiled modules themselves. V8 checks the cache against its own version and
// flags and compiles afresh when they differ (another Node, `--cpu-prof` …): the cache only saves
// time (a 1k-row comparison starts to exit about 20 ms sooner), never changes what runs.
const { readFileSync, statSync } = require("node:fs");
const Module = require("node:module");
const { join } = require("node:path");
const vm = require("node:vm");

const CLI = join(__dirname, "..", "dist", "kernel-helpers", "cli");
const BUNDLE = join(CLI, "main.bundle.js");
const CACHE = join(CLI, "main.bundle.cache");

const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** The CLI's `main`, and the compiled bundle's script when the bundle was loaded (to make its code cache from). */
function loadCli() {
  const bundled = modified(BUNDLE);
  if (bundled < 0 || bundled < modified(join(CLI, "main.js"))) return { main: require(join(CLI, "main.js")).main };
  return loadBundle(modified(CACHE) >= bundled ? readFileSync(CACHE) : undefined);
}

/** Runs the bundle as Node runs a CommonJS module (its own `require`, `module`, `__dirname`), with `cachedData` when given. */
function loadBundle(cachedData) {
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = Module._nodeModulePaths(CLI);
  require.cache[BUNDLE] = bundle;
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, CLI);
  bundle.loaded = true;
  return { main: bundle.exports.main, script };
}

module.exports = { loadCli, loadBundle, BUNDLE, CACHE };
