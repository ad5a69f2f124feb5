// Runs one `driftlens` command in this process and reports its peak RSS on stderr as JSON,
// so the benchmark measures the whole command: start-up, reading, statistics and output.
"use strict";
const { main } = require("../dist/kernel-helpers/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.stderr.write(`\nBENCH ${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  process.exitCode = code;
});
