// Writes the frozen reports that the figure snapshot tests and the browser test render
// (test/fixtures/report/*.json), so that those tests follow the renderers, not the statistics.
// Run after `npm run build`; review the diff and commit the output.
//
//   npm run build && node scripts/make-report-fixtures.mjs
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dl = require("../dist/kernel-helpers/index.js");

/** Fixed so that the fixtures do not change from one run to the next. */
const frozen = (report) => ({ ...report, createdAt: "2026-11-23T08:00:00.000Z", durationMs: 100 });
const write = (name, report) => {
  writeFileSync(`test/fixtures/report/${name}.json`, `${JSON.stringify(frozen(report), null, 1)}\n`);
  console.log(`wrote test/fixtures/report/${name}.json`);
};

// A comparison of two seeded credit samples (no windows, no roles).
write("compare-report", dl.compareTables(dl.creditSample({ rows: 3000, seed: 1 }), dl.creditSample({ rows: 1500, seed: 2, drift: 0.8 })));

// The demo's check (`driftlens demo`): baseline with target, prediction, timestamp and a text
// column embedded by the bundled model; daily windows; alerts; model performance; embeddings.
const { reference, current } = await dl.demoData();
const roles = { name: "credit", version: "v1", target: "defaulted", prediction: "risk_score", timestamp: "event_time", text: ["application_note"] };
const baseline = await dl.embedReferenceColumns(dl.buildBaseline(reference, roles));
const check = await dl.checkDrift(baseline, current, { window: "1d", configFile: false, env: {} });
write("check-report", { ...check, baseline: { ...check.baseline, created: "2026-11-23T07:00:00.000Z" } });
