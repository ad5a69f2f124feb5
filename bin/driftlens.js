#!/usr/bin/env node
"use strict";
// A closed pipe (`driftlens compare … | head`) is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
// The CLI as one file (scripts/bundle-cli.mjs) when it is at least as new as the compiled modules
// it was made from; otherwise (tsc run alone since) those modules themselves.
const { statSync } = require("node:fs");
const { join } = require("node:path");
const cli = join(__dirname, "..", "dist", "kernel-helpers", "cli");
const modified = (file) => statSync(join(cli, file), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = modified("main.bundle.js") >= modified("main.js") ? "main.bundle.js" : "main.js";
require(join(cli, entry)).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
