import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compareDatasets } from "../drift/compareDatasets";
import { writeFileAtomic } from "../fs/writeFileAtomic";
import { consoleSummary } from "../report/consoleSummary";
import { EXIT_OK } from "./exitCodes";

/** The bundled, seeded example data (made by scripts/make-example-data.mjs). */
export const EXAMPLE_DATA_DIR = resolve(__dirname, "../../../examples/data");

const usage = `Usage: driftlens demo [--out DIR]

Compares the bundled example data (a credit model's training sample against a drifted week of
inference data), prints the summary and writes the JSON report to DIR (default ./drift-report).`;

/** `driftlens demo`: the main job on bundled data, so a new user sees drift in seconds. */
export const demoCommand = {
  name: "demo",
  summary: "compare the bundled example data and print the drift summary",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({ args: argv, options: { out: { type: "string", default: "drift-report" }, "no-color": { type: "boolean", default: false } } });
    const reference = relative(process.cwd(), resolve(EXAMPLE_DATA_DIR, "reference.csv"));
    const current = relative(process.cwd(), resolve(EXAMPLE_DATA_DIR, "current.csv"));
    const report = await compareDatasets(reference, current);
    const color = !values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const jsonPath = resolve(values.out, "report.json");
    await writeFileAtomic(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`driftlens demo — reference: a credit model's training sample; current: a drifted week of inference data\n\n`);
    process.stdout.write(`${consoleSummary(report, { color })}\n\n`);
    process.stdout.write(`Report written to ${relative(process.cwd(), jsonPath)}\n`);
    process.stdout.write(`Try it on your own data: npx driftlens compare REFERENCE.csv CURRENT.csv --json report.json\n`);
    return EXIT_OK;
  },
};
