import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CheckReport } from "../check/checkReport";
import { listReports } from "../store/listReports";
import { verdictLine } from "../report/verdictLine";
import { workspaceLayout } from "../store/workspaceLayout";
import { UsageError } from "../errors";
import { listFolderFlag, wholeNumberFlag } from "./cliOptions";
import { EXIT_OK } from "./exitCodes";

const usage = `Usage: driftlens reports list [--dir DIR] [--name NAME] [--limit N]

Lists the saved check reports under DIR (default .driftlens/reports), newest first, with each
one's verdict; only those of baseline NAME with --name; at most N (default 20). A DIR that does
not exist yet has no reports; a DIR that is a file is an error (exit 2).`;

/** `driftlens reports list`: the saved check reports, newest first. */
export const reportsCommand = {
  name: "reports",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { dir: { type: "string", default: workspaceLayout().reports }, name: { type: "string" }, limit: { type: "string", default: "20" } },
    });
    if (positionals.length !== 1 || positionals[0] !== "list") {
      throw new UsageError(`reports expects the subcommand 'list'${positionals.length > 0 ? `, got '${positionals.join(" ")}'` : ""}. Example: driftlens reports list --name credit`);
    }
    const limit = wholeNumberFlag("limit", values.limit, 1) as number;
    const defaultDir = workspaceLayout().reports;
    if (!listFolderFlag("dir", values.dir, defaultDir)) {
      process.stdout.write(`No reports yet: ${resolve(values.dir)} does not exist. driftlens check CURRENT --baseline DIR${values.dir === defaultDir ? "" : ` --report-dir ${values.dir}`} saves them there.\n`);
      return EXIT_OK;
    }
    const listings = await listReports(values.dir, values.name);
    if (listings.length === 0) {
      process.stdout.write(`No reports in ${resolve(values.dir)}${values.name ? ` for '${values.name}'` : ""}. Run: driftlens check CURRENT --baseline DIR\n`);
      return EXIT_OK;
    }
    for (const listing of listings.slice(0, limit)) {
      const text = await readFile(listing.path, "utf8").catch(() => undefined);
      let verdict = "cannot be read";
      try {
        if (text !== undefined) verdict = verdictLine(JSON.parse(text) as CheckReport);
      } catch {
        verdict = "not a check report (invalid JSON or another shape)";
      }
      process.stdout.write(`${listing.createdAt}  ${verdict}\n    ${listing.path}\n`);
    }
    if (listings.length > limit) process.stdout.write(`… and ${listings.length - limit} older reports (--limit ${listings.length} shows them all)\n`);
    return EXIT_OK;
  },
};
