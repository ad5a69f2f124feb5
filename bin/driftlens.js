#!/usr/bin/env node
"use strict";
require("../dist/kernel-helpers/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
