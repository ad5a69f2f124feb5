#!/usr/bin/env node
"use strict";
// A closed pipe (`driftlens compare … | head`) is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
require("./cliEntry.js").loadCli().main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
