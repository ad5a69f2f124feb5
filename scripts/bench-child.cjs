// Runs one `driftlens` command in this process and reports its peak RSS and CPU time (every
// thread: DuckDB's and the workers' too) on stderr as JSON, so the benchmark measures the whole
// command: start-up, reading, statistics and output.
"use strict";
const { main } = require("../dist/kernel-helpers/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.stderr.write(`\nBENCH ${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6 })}\n`);
  process.exitCode = code;
});
