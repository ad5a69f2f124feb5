import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { latestReports } from "../store/latestReports";
import { listBaselines } from "../baseline/listBaselines";
import { verdictLine } from "../report/verdictLine";
import { WORKSPACE_DIR, workspaceLayout } from "../store/workspaceLayout";
import { UsageError } from "../errors";
import { listFolderFlag } from "./cliOptions";
import { EXIT_OK } from "./exitCodes";

const usage = `Usage: driftlens status [--dir WORKSPACE]

The latest verdict per baseline, at a glance: one line per baseline name from its latest check
report (WORKSPACE/reports/NAME/latest.json, default workspace .driftlens), and the baselines that
were never checked. A WORKSPACE that does not exist yet has neither; one that is a file is an
error (exit 2).`;

/** `driftlens status`: the latest verdict of every baseline. */
export const statusCommand = {
  name: "status",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { dir: { type: "string", default: WORKSPACE_DIR } } });
    if (positionals.length > 0) throw new UsageError(`status takes no arguments, got '${positionals.join(" ")}'. Example: driftlens status --dir .driftlens`);
    const layout = workspaceLayout(values.dir);
    if (!listFolderFlag("dir", values.dir, WORKSPACE_DIR)) {
      process.stdout.write(`No baselines or reports yet: ${resolve(values.dir)} does not exist. Start with: driftlens baseline REFERENCE --name NAME${values.dir === WORKSPACE_DIR ? "" : ` --out ${layout.baselines}`}\n`);
      return EXIT_OK;
    }
    const [latest, baselines] = await Promise.all([latestReports(layout.reports), listBaselines(layout.baselines)]);
    if (latest.length === 0 && baselines.length === 0) {
      process.stdout.write(`No baselines or reports in ${resolve(values.dir)}. Start with: driftlens baseline REFERENCE --name NAME\n`);
      return EXIT_OK;
    }
    for (const entry of latest) {
      if (entry.report) {
        process.stdout.write(`${verdictLine(entry.report)} · checked ${entry.report.createdAt.replace("T", " ").replace(/\.\d+Z$/, "Z")}\n`);
      } else {
        process.stdout.write(`${entry.name}: ${entry.problem}\n`);
      }
    }
    const checked = new Set(latest.map((entry) => entry.name));
    const unchecked = baselines.filter((listing) => !checked.has(listing.name));
    for (const listing of unchecked) process.stdout.write(`Model ${listing.name} ${listing.version} · not checked yet\n`);
    return EXIT_OK;
  },
};
