import { join } from "node:path";
import { parseArgs } from "node:util";
import { tableToCsv } from "../data/tableToCsv";
import { makeFolder } from "../fs/makeFolder";
import { UsageError } from "../errors";
import { DRIFT_SCENARIOS, SCENARIO_NAMES } from "../synth/driftScenarios";
import { DEFAULT_SIMULATION_SEED, simulateScenario } from "../synth/simulateScenario";
import { numberFlag, outputPathFlag, seedFlag } from "./cliOptions";
import { EXIT_OK } from "./exitCodes";
import { shownPath } from "./shownPath";
import { countNoun } from "../report/countNoun";

const usage = `Usage: driftlens simulate --scenario NAME --severity S --out DIR [options]

Writes a seeded credit-risk model's data for one drift scenario, for anyone to try the checks on:
  DIR/reference.csv           a week of the undrifted world (features, label, prediction, probability, timestamp)
  DIR/current.csv             the rows that follow, drifted from --onset on (with labels)
  DIR/current-unlabelled.csv  the same rows without the label column (performance is then estimated)
Files of the same names in DIR are replaced.

Scenarios:
${SCENARIO_NAMES.map((name) => `  ${name.padEnd(24)}${DRIFT_SCENARIOS[name].description}`).join("\n")}

Options:
  --scenario NAME           one of the scenarios above (required)
  --severity S              0 (no drift) to 1 (the scenario's strongest) (required)
  --out DIR                 folder to write to (required; created when missing)
  --reference-rows N        reference rows (default 20000)
  --rows N                  current rows (default 10000)
  --onset SHARE             share of the current rows before the drift starts (default 0.3)
  --seed N                  seed (default ${DEFAULT_SIMULATION_SEED})

Exit codes: 0 written, 2 bad usage.`;

/** `driftlens simulate`: write reference and current data of a drift scenario. */
export const simulateCommand = {
  name: "simulate",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        scenario: { type: "string" },
        severity: { type: "string" },
        out: { type: "string" },
        "reference-rows": { type: "string" },
        rows: { type: "string" },
        onset: { type: "string" },
        seed: { type: "string" },
      },
    });
    if (positionals.length > 0) throw new UsageError(`simulate takes no positional arguments (got '${positionals[0]}'). Example: driftlens simulate --scenario covariate-shift --severity 0.5 --out sim`);
    if (values.scenario === undefined) throw new UsageError(`simulate needs --scenario NAME, one of ${SCENARIO_NAMES.join(", ")}.`);
    const severity = numberFlag("severity", values.severity);
    if (severity === undefined) throw new UsageError("simulate needs --severity S, from 0 (no drift) to 1 (the scenario's strongest), e.g. --severity 0.5.");
    if (values.out === undefined) throw new UsageError("simulate needs --out DIR, the folder to write reference.csv and current.csv to.");
    outputPathFlag("out", values.out, "folder");
    const onset = numberFlag("onset", values.onset);
    if (onset !== undefined && !(onset >= 0 && onset <= 1)) throw new UsageError(`--onset expects a share in [0, 1] of the current rows before the drift starts; got ${onset}.`);
    const { scenario, reference, current } = simulateScenario({
      scenario: values.scenario,
      severity,
      ...(values["reference-rows"] === undefined ? {} : { referenceRows: numberFlag("reference-rows", values["reference-rows"]) }),
      ...(values.rows === undefined ? {} : { currentRows: numberFlag("rows", values.rows) }),
      ...(onset === undefined ? {} : { onset }),
      ...(values.seed === undefined ? {} : { seed: seedFlag(values.seed) }),
    });
    await makeFolder(values.out);
    const paths = { reference: join(values.out, "reference.csv"), current: join(values.out, "current.csv"), unlabelled: join(values.out, "current-unlabelled.csv") };
    await tableToCsv(reference, paths.reference);
    await tableToCsv(current, paths.current);
    await tableToCsv({ ...current, columns: current.columns.filter((column) => column.name !== "default") }, paths.unlabelled);
    const baselines = join(values.out, "baselines");
    process.stdout.write(
      [
        `Scenario ${scenario.name}, severity ${severity}: ${scenario.description}.`,
        `What to expect: ${scenario.expect}.`,
        ``,
        `Wrote ${shownPath(paths.reference)} (${countNoun(reference.rowCount, "row")}), ${shownPath(paths.current)} and ${shownPath(paths.unlabelled)} (${countNoun(current.rowCount, "row")}).`,
        `Try:`,
        `  driftlens baseline ${shownPath(paths.reference)} --out ${shownPath(baselines)} --name credit --target default --prediction predicted --prediction-proba probability --timestamp timestamp`,
        `  driftlens check ${shownPath(paths.current)} --baseline ${shownPath(join(baselines, "credit", "v1"))} --window 1000 --fail-on none`,
        `  driftlens check ${shownPath(paths.unlabelled)} --baseline ${shownPath(join(baselines, "credit", "v1"))} --window 1000 --fail-on none`,
        ``,
      ].join("\n"),
    );
    return EXIT_OK;
  },
};
