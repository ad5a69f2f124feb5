// Writes the bundled example data used by `npm run demo`: a seeded reference sample of a credit
// model's inputs and a drifted current sample. Run after `npm run build`; the output is committed.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { creditSample } = require("../dist/kernel-helpers/synth/creditSample.js");
const { tableToCsv } = require("../dist/kernel-helpers/data/tableToCsv.js");

mkdirSync("examples/data", { recursive: true });
await tableToCsv(creditSample({ rows: 5000, seed: 1, drift: 0 }), "examples/data/reference.csv");
await tableToCsv(creditSample({ rows: 2000, seed: 2, drift: 1 }), "examples/data/current.csv");
console.log("wrote examples/data/reference.csv and examples/data/current.csv");
