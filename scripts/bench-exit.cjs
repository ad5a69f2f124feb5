// Preloaded (`node --require`) by the benchmark into a command run as users run it
// (`node bin/driftlens.js …`): reports its exit code, peak RSS and CPU time (every thread) on
// stderr as JSON at exit.
"use strict";
process.on("exit", (code) => {
  process.stderr.write(`\nBENCH ${JSON.stringify({ code: process.exitCode ?? code, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6 })}\n`);
});
