import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { listBaselines } from "../baseline/listBaselines";
import { workspaceLayout } from "../store/workspaceLayout";
import { UsageError } from "../errors";
import { listFolderFlag } from "./cliOptions";
import { EXIT_OK } from "./exitCodes";
import {  } from "../formatCount";
import { formatCount } from "../formatCount";

const usage = `Usage: driftlens baselines list [--dir DIR]

Lists the baselines saved under DIR (default .driftlens/baselines), one version per line: name,
version, rows, columns, when it was built, and whether checks against it are exact. Folders that
cannot be loaded are listed with what is wrong. A DIR that does not exist yet has no baselines;
a DIR that is a file is an error (exit 2).`;

/** `driftlens baselines list`: the saved baselines at a glance. */
export const baselinesCommand = {
  name: "baselines",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { dir: { type: "string", default: workspaceLayout().baselines } } });
    if (positionals.length !== 1 || positionals[0] !== "list") {
      throw new UsageError(`baselines expects the subcommand 'list'${positionals.length > 0 ? `, got '${positionals.join(" ")}'` : ""}. Example: driftlens baselines list --dir .driftlens/baselines`);
    }
    const defaultDir = workspaceLayout().baselines;
    if (!listFolderFlag("dir", values.dir, defaultDir)) {
      process.stdout.write(`No baselines yet: ${resolve(values.dir)} does not exist. driftlens baseline REFERENCE --name NAME${values.dir === defaultDir ? "" : ` --out ${values.dir}`} saves them there.\n`);
      return EXIT_OK;
    }
    const listings = await listBaselines(values.dir);
    if (listings.length === 0) {
      process.stdout.write(`No baselines in ${resolve(values.dir)}. Build one with: driftlens baseline REFERENCE --name NAME --version v1\n`);
      return EXIT_OK;
    }
    const nameWidth = Math.max(4, ...listings.map((listing) => listing.name.length));
    const versionWidth = Math.max(7, ...listings.map((listing) => listing.version.length));
    process.stdout.write(`${"NAME".padEnd(nameWidth)}  ${"VERSION".padEnd(versionWidth)}  ${"ROWS".padStart(12)}  COLUMNS  BUILT                 CHECKS\n`);
    for (const listing of listings) {
      const head = `${listing.name.padEnd(nameWidth)}  ${listing.version.padEnd(versionWidth)}`;
      if (listing.problem !== undefined) {
        process.stdout.write(`${head}  cannot be loaded: ${listing.problem}\n`);
        continue;
      }
      const built = (listing.created ?? "").replace("T", " ").replace(/\.\d+Z$/, "Z");
      process.stdout.write(`${head}  ${formatCount(listing.rows ?? 0).padStart(12)}  ${String(listing.columns).padStart(7)}  ${built.padEnd(20)}  ${listing.exact ? "exact" : "approximate (sketches)"}\n`);
    }
    return EXIT_OK;
  },
};
