"use strict";
// Loads the driftlens CLI for bin/driftlens.js: the CLI as one bundled file
// (dist/kernel-helpers/cli/main.bundle.js, made by scripts/bundle-cli.mjs) when it is at least as
// new as the compiled modules it was made from; otherwise (tsc run alone since) the compiled
// modules themselves.
const { statSync } = require("node:fs");
const { join } = require("node:path");

const CLI = join(__dirname, "..", "dist", "kernel-helpers", "cli");
const BUNDLE = join(CLI, "main.bundle.js");

const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** The CLI's `main`, from the bundle or from the compiled modules. */
function loadCli() {
  const bundled = modified(BUNDLE);
  return require(bundled >= 0 && bundled >= modified(join(CLI, "main.js")) ? BUNDLE : join(CLI, "main.js"));
}

module.exports = { loadCli, BUNDLE };
