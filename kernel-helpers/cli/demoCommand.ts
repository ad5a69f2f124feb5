import { parseArgs } from "node:util";
import { buildBaseline } from "../baseline/buildBaseline";
import { embedReferenceColumns } from "../baseline/embedReferenceColumns";
import { checkDrift } from "../check/checkDrift";
import { checkSummary } from "../report/checkSummary";
import { writeReportFiles } from "../report/writeReportFiles";
import { demoData } from "../synth/demoData";
import { EXIT_OK } from "./exitCodes";
import { outputPathFlag, useColor } from "./cliOptions";
import { shownPath } from "./shownPath";

const usage = `Usage: driftlens demo [--out DIR] [--no-color]

The main job on bundled, seeded data: builds a baseline from a credit model's training sample
(examples/data/reference.csv, with the model's risk score, the default label and applicants'
notes, embedded by the bundled text model), checks a week of inference data that starts
drifting on day 4 (daily windows; features, prediction, target, model performance and text),
prints the summary and writes the report to DIR (default ./drift-report): report.html (open it
in a browser; it works offline), report.json, report.md and drift_summary.csv.`;

/** `driftlens demo`: baseline → check → report on bundled data, so a new user sees drift in seconds. */
export const demoCommand = {
  name: "demo",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({ args: argv, options: { out: { type: "string", default: "drift-report" }, "no-color": { type: "boolean", default: false } } });
    outputPathFlag("out", values.out, "folder");
    const started = performance.now();
    const { reference, current } = await demoData();
    const roles = { name: "credit", version: "v1", target: "defaulted", prediction: "risk_score", timestamp: "event_time", text: ["application_note"] };
    const baseline = await embedReferenceColumns(buildBaseline(reference, roles));
    const report = await checkDrift(baseline, current, { window: "1d", configFile: false, env: {} });
    const files = await writeReportFiles(values.out, report, { title: "driftlens demo — credit model, a week of inference data" });
    const color = useColor(values["no-color"]);
    process.stdout.write("driftlens demo — baseline: a credit model's training sample; current: a week of inference data that drifts from day 4\n\n");
    process.stdout.write(`${checkSummary(report, { color })}\n\n`);
    process.stdout.write(`Report written to ${shownPath(values.out)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s:\n`);
    process.stdout.write(`  ${shownPath(files.html)}  open it in a browser (works offline)\n`);
    process.stdout.write(`  ${shownPath(files.json)}, ${shownPath(files.markdown)}, ${shownPath(files.csv)}\n`);
    process.stdout.write("Try it on your own data: npx driftlens baseline train.csv --name my-model --version v1, then npx driftlens check today.csv --baseline .driftlens/baselines/my-model/v1\n");
    return EXIT_OK;
  },
};
