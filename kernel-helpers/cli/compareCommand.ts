import { parseArgs } from "node:util";
import { compareDatasets } from "../summary/compareDatasets";
import type { DriftReport } from "../drift/driftReport";
import { UsageError } from "../errors";
import { consoleSummary } from "../report/consoleSummary";
import { choiceFlag, outputPathFlag, useColor } from "./cliOptions";
import { COMPARISON_FLAGS, COMPARISON_FLAGS_USAGE, comparisonFlags } from "./comparisonFlags";
import { EXIT_DRIFT, EXIT_NOT_CHECKED, EXIT_OK } from "./exitCodes";
import { writeReportOutput } from "./writeReportOutput";
import { reportVerdict } from "../report/reportVerdict";
import { TABLE_SOURCE_FLAGS, TABLE_SOURCE_FLAGS_USAGE, checkTableFlagsUsed, sourceArgument, summaryFlags } from "./tableSourceFlags";

const usage = `Usage: driftlens compare REFERENCE CURRENT [options]

Compares two datasets (CSV, TSV, JSONL, Parquet, Arrow, a glob or a hive-partitioned folder)
column by column with Evidently's tests and default test selection. Either side may be a
database table, clickhouse://USER@HOST:8123/DB/TABLE or postgres://USER@HOST:5432/DB/SCHEMA.TABLE:
only summaries cross the wire (each column says whether its test is exact, approximate or sampled).

Options:
  --json FILE               write the DriftReport as JSON (use - for stdout)
${COMPARISON_FLAGS_USAGE}
${TABLE_SOURCE_FLAGS_USAGE}
  --since SPAN|TIME         only table rows at or after this time (24h, 7d, 2026-12-01); needs --timestamp
  --timestamp COL           the table's time column, for --since
  --fail-on LEVEL           exit 1 on: drift (dataset drift, default), column (any drifted column), none
  --no-color                plain output

Exit codes: 0 no drift at the --fail-on level, 1 drift at that level, 2 bad usage or bad input,
4 NOT CHECKED: too few columns could be tested (unless --fail-on none).`;

const FAIL_ON = ["drift", "column", "none"] as const;

/** `driftlens compare REFERENCE CURRENT`: drift between two files, summary on stdout. */
export const compareCommand = {
  name: "compare",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "string" },
        ...COMPARISON_FLAGS,
        ...TABLE_SOURCE_FLAGS,
        since: { type: "string" },
        timestamp: { type: "string" },
        "fail-on": { type: "string", default: "drift" },
        "no-color": { type: "boolean", default: false },
      },
    });
    if (positionals.length !== 2) {
      throw new UsageError(`compare needs a REFERENCE and a CURRENT dataset, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}. Example: driftlens compare train.csv today.csv`);
    }
    const failOn = choiceFlag("fail-on", values["fail-on"], FAIL_ON);
    outputPathFlag("json", values.json, "file");
    const time = { ...(values.since === undefined ? {} : { since: values.since }), ...(values.timestamp === undefined ? {} : { timestamp: values.timestamp }) };
    const [reference, current] = positionals.map((argument) => sourceArgument(argument, values, time));
    checkTableFlagsUsed(values, [reference, current]);
    const report = await compareDatasets(reference, current, { ...comparisonFlags(values), ...summaryFlags(values) });
    await writeReportOutput(report, values.json, () => [consoleSummary(report, { color: useColor(values["no-color"]) })]);
    return exitCodeFor(report, failOn);
  },
};

function exitCodeFor(report: DriftReport, failOn: (typeof FAIL_ON)[number]): number {
  if (failOn !== "none" && reportVerdict(report).state === "not-checked") return EXIT_NOT_CHECKED;
  if (failOn === "drift") return report.dataset.drifted ? EXIT_DRIFT : EXIT_OK;
  if (failOn === "column") return report.columns.some((column) => column.drifted) ? EXIT_DRIFT : EXIT_OK;
  return EXIT_OK;
}
