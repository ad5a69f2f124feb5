// The extension-host lag probe of the e2e suite: a second extension, in the same extension host
// as driftlens, that samples the host's event loop every RESOLUTION_MS with Node's
// perf_hooks.monitorEventLoopDelay. `driftlensLagProbe.reset` starts a measurement;
// `driftlensLagProbe.read` returns the longest pause since (the longest gap between two samples
// minus the sampling interval), the 99th percentile and the number of samples, in milliseconds,
// and the five longest pauses a 5 ms timer saw with when each ended (ms after the reset), and the
// three longest garbage collections of the host's heap in that time (a pause of the host's own
// making, whatever the work), with when each ended.
// Plain JavaScript, no build step: the suite passes this folder as an extension development path.
"use strict";
const vscode = require("vscode");
const { PerformanceObserver, constants, monitorEventLoopDelay } = require("node:perf_hooks");
const { setInterval, clearInterval } = require("node:timers");
const { writeFileSync } = require("node:fs");
const inspector = require("node:inspector");

const RESOLUTION_MS = 5;

/**
 * With DRIFTLENS_E2E_PROFILE=FOLDER, a CPU profile of the extension host (all extensions: they
 * share its thread) from each reset to the next read, written as FOLDER/lag-N.cpuprofile (open it
 * in Chrome's DevTools): what ran during a long pause.
 */
function profiler() {
  const folder = process.env.DRIFTLENS_E2E_PROFILE;
  if (!folder) return { start: () => false, stop() {} };
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  let count = 0;
  let running = false;
  return {
    start() {
      if (running) session.post("Profiler.stop", () => undefined);
      session.post("Profiler.start");
      running = true;
      return true;
    },
    stop() {
      if (!running) return;
      running = false;
      const file = `${folder}/lag-${++count}.cpuprofile`;
      session.post("Profiler.stop", (error, result) => {
        if (!error) writeFileSync(file, JSON.stringify(result.profile));
      });
    },
  };
}

function activate(context) {
  const profile = profiler();
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  let since = Date.now();
  const pause = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  // The longest pauses since the reset, with when they ended (ms since the reset): where to look.
  let longest = [];
  let last = performance.now();
  // The host's longest garbage collections since the reset (all extensions share its heap).
  let collections = [];
  const GC_KINDS = { [constants.NODE_PERFORMANCE_GC_MAJOR]: "major", [constants.NODE_PERFORMANCE_GC_MINOR]: "minor", [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental", [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks" };
  // Why V8 collected (a collection forced by external memory — ArrayBuffers, Buffers — is a full, atomic one).
  const GC_FLAGS = [
    [constants.NODE_PERFORMANCE_GC_FLAGS_FORCED, "forced"],
    [constants.NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY, "all external memory"],
    [constants.NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE, "all available garbage"],
    [constants.NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING, "synchronous phantom processing"],
    [constants.NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED, "construct retained"],
    [constants.NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE, "schedule idle"],
  ];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration < 5) continue;
      const endedAt = performance.timeOrigin + entry.startTime + entry.duration;
      const flags = GC_FLAGS.filter(([flag]) => flag && ((entry.detail?.flags ?? 0) & flag) !== 0).map(([, name]) => name);
      const memory = process.memoryUsage();
      collections.push({
        gcMs: Math.round(entry.duration),
        kind: GC_KINDS[entry.detail?.kind] ?? "other",
        endedAtMs: Math.round(endedAt - since),
        flags,
        heapMb: Math.round(memory.heapUsed / 2 ** 20),
        externalMb: Math.round(memory.external / 2 ** 20),
      });
    }
    collections.sort((a, b) => b.gcMs - a.gcMs);
    collections = collections.slice(0, 3);
  });
  gcObserver.observe({ entryTypes: ["gc"] });
  const ticker = setInterval(() => {
    const now = performance.now();
    const gap = now - last - RESOLUTION_MS;
    last = now;
    if (gap < 20) return;
    longest.push({ pauseMs: Math.round(gap), endedAtMs: Date.now() - since });
    longest.sort((a, b) => b.pauseMs - a.pauseMs);
    longest = longest.slice(0, 5);
  }, RESOLUTION_MS);
  context.subscriptions.push(
    { dispose: () => histogram.disable() },
    { dispose: () => clearInterval(ticker) },
    { dispose: () => gcObserver.disconnect() },
    vscode.commands.registerCommand("driftlensLagProbe.reset", async () => {
      // Starting the profiler pauses the host itself (tens of ms): the measurement begins after it.
      if (profile.start()) await new Promise((resolve) => setTimeout(resolve, 300));
      histogram.reset();
      since = Date.now();
      longest = [];
      collections = [];
      last = performance.now();
    }),
    vscode.commands.registerCommand("driftlensLagProbe.read", () => {
      profile.stop();
      return {
        maxPauseMs: pause(histogram.max),
        p99PauseMs: pause(histogram.percentile(99)),
        meanPauseMs: pause(histogram.mean),
        samples: histogram.count,
        resolutionMs: RESOLUTION_MS,
        windowMs: Date.now() - since,
        longest,
        collections,
        at: Date.now(),
      };
    }),
  );
}

module.exports = { activate, deactivate() {} };
