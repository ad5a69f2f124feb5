import { parseArgs } from "node:util";
import { compareDatasets } from "../drift/compareDatasets";
import type { DriftReport } from "../drift/driftReport";
import { UsageError } from "../errors";
import { writeFileAtomic } from "../fs/writeFileAtomic";
import { consoleSummary } from "../report/consoleSummary";
import { correctionFlag, listFlag, numberFlag, typeFlags, useColor } from "./cliOptions";
import { EXIT_DRIFT, EXIT_OK } from "./exitCodes";

const usage = `Usage: driftlens compare REFERENCE CURRENT [options]

Compares two datasets (CSV, TSV, JSONL, Parquet, Arrow, a glob or a hive-partitioned folder)
column by column with Evidently's tests and default test selection.

Options:
  --json FILE            write the DriftReport as JSON (use - for stdout)
  --columns a,b          compare only these columns
  --method NAME          one stat test for every column (ks, wasserstein, psi, chisquare, ...)
  --num-method NAME      stat test for numerical columns
  --cat-method NAME      stat test for categorical columns
  --threshold X          threshold for every column (default: the test's own)
  --drift-share X        share of drifted columns at which the dataset drifts (default 0.5)
  --correction KIND      multiple-testing correction: none, bonferroni, fdr (default none)
  --type COL=TYPE        force a column type (numerical, categorical, text, datetime); repeatable
  --seed N               seed for permutation tests (default 0)
  --fail-on LEVEL        exit 1 on: drift (dataset drift, default), column (any drifted column), none
  --no-color             plain output

Exit codes: 0 no drift at the --fail-on level, 1 drift at that level, 2 bad usage or bad input.`;

const FAIL_ON = ["drift", "column", "none"] as const;

/** `driftlens compare REFERENCE CURRENT`: drift between two files, summary on stdout. */
export const compareCommand = {
  name: "compare",
  summary: "compare a reference and a current dataset for data drift",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "string" },
        columns: { type: "string" },
        method: { type: "string" },
        "num-method": { type: "string" },
        "cat-method": { type: "string" },
        threshold: { type: "string" },
        "drift-share": { type: "string" },
        correction: { type: "string" },
        type: { type: "string", multiple: true },
        seed: { type: "string" },
        "fail-on": { type: "string", default: "drift" },
        "no-color": { type: "boolean", default: false },
      },
    });
    if (positionals.length !== 2) {
      throw new UsageError(`compare needs a REFERENCE and a CURRENT dataset, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}. Example: driftlens compare train.csv today.csv`);
    }
    const failOn = values["fail-on"] as (typeof FAIL_ON)[number];
    if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on expects one of ${FAIL_ON.join(", ")}; got '${values["fail-on"]}'.`);
    const [reference, current] = positionals;
    const report = await compareDatasets(reference, current, {
      columns: listFlag(values.columns),
      method: values.method,
      numericalMethod: values["num-method"],
      categoricalMethod: values["cat-method"],
      threshold: numberFlag("threshold", values.threshold),
      driftShare: numberFlag("drift-share", values["drift-share"]),
      correction: correctionFlag(values.correction),
      types: typeFlags(values.type),
      seed: numberFlag("seed", values.seed),
    });
    if (values.json !== undefined) {
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (values.json === "-") process.stdout.write(json);
      else await writeFileAtomic(values.json, json);
    }
    if (values.json !== "-") {
      const color = useColor(values["no-color"]);
      process.stdout.write(`${consoleSummary(report, { color })}\n`);
      if (values.json !== undefined) process.stdout.write(`Report written to ${values.json}\n`);
    }
    return exitCodeFor(report, failOn);
  },
};

function exitCodeFor(report: DriftReport, failOn: (typeof FAIL_ON)[number]): number {
  if (failOn === "drift") return report.dataset.drifted ? EXIT_DRIFT : EXIT_OK;
  if (failOn === "column") return report.columns.some((column) => column.drifted) ? EXIT_DRIFT : EXIT_OK;
  return EXIT_OK;
}
