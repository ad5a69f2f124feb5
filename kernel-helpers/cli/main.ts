import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DriftlensError, UsageError } from "../errors";
import { cleanUpOnInterrupt } from "./cleanUpOnInterrupt";
import { EXIT_INTERNAL, EXIT_USAGE } from "./exitCodes";
import { parseArgsMessage } from "./parseArgsMessage";
import { systemErrorMessage } from "./systemErrorMessage";

interface Command {
  readonly name: string;
  readonly usage: string;
  /** The command stops gracefully on SIGINT/SIGTERM itself; otherwise `cleanUpOnInterrupt` handles them. */
  readonly handlesSignals?: boolean;
  run(argv: string[]): Promise<number>;
}

/** A command as `--help` lists it; `load` imports its file (and what that needs) only when it runs. */
interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

/**
 * Every command of the `driftlens` CLI, one file each, registered here. A command's file is
 * imported when it runs, so `compare` loads neither the embeddings runtime, Fastify nor Plotly.
 */
const COMMANDS: readonly CommandEntry[] = [
  { name: "compare", summary: "compare a reference and a current dataset for data drift", load: async () => (await import("./compareCommand")).compareCommand },
  { name: "baseline", summary: "build a baseline (profile + reference sample) from a reference dataset", load: async () => (await import("./baselineCommand")).baselineCommand },
  { name: "check", summary: "check a dataset against a baseline (drift, prediction drift, windows, alerts)", load: async () => (await import("./checkCommand")).checkCommand },
  { name: "baselines", summary: "list the saved baselines (baselines list)", load: async () => (await import("./baselinesCommand")).baselinesCommand },
  { name: "reports", summary: "list the saved check reports (reports list)", load: async () => (await import("./reportsCommand")).reportsCommand },
  { name: "status", summary: "the latest check verdict of every baseline", load: async () => (await import("./statusCommand")).statusCommand },
  { name: "watch", summary: "follow a log folder: check it on an interval and on new partitions, one line per check", load: async () => (await import("./watchCommand")).watchCommand },
  { name: "serve", summary: "run the HTTP service: checks, inference logging, reports, Prometheus metrics", load: async () => (await import("./serveCommand")).serveCommand },
  { name: "simulate", summary: "write seeded reference/current data of a drift scenario (covariate shift, label flips, …)", load: async () => (await import("./simulateCommand")).simulateCommand },
  { name: "text-drift", summary: "compare two sets of texts through embeddings (offline, bundled model)", load: async () => (await import("./textDriftCommand")).textDriftCommand },
  { name: "image-drift", summary: "compare two sets of images through CNN embeddings (offline, bundled model)", load: async () => (await import("./imageDriftCommand")).imageDriftCommand },
  { name: "demo", summary: "build a baseline on bundled data, check a drifting week, write the HTML report", load: async () => (await import("./demoCommand")).demoCommand },
];

const version = (): string => (JSON.parse(readFileSync(resolve(__dirname, "../../../package.json"), "utf8")) as { version: string }).version;

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "driftlens — model-drift monitoring (Evidently-compatible drift tests)",
    "",
    "Usage: driftlens <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `driftlens <command> --help` for a command's options.",
    "Exit codes: 0 ran, no drift at the --fail-on level; 1 drift at that level; 2 bad usage or bad input; 4 NOT CHECKED (too few columns tested).",
  ].join("\n");
}

/**
 * Runs the command line and resolves to the exit code. User mistakes (bad flags, bad files)
 * print one paragraph on stderr and give 2; nothing is written half-way.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  let command: Command | undefined;
  try {
    if (!entry) throw new UsageError(`unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(", ")}. Run 'driftlens --help'.`);
    const loaded = await entry.load();
    command = loaded;
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(`${loaded.usage}\n`);
      return 0;
    }
    return await (loaded.handlesSignals ? loaded.run(rest) : cleanUpOnInterrupt(() => loaded.run(rest)));
  } catch (error) {
    if (error instanceof DriftlensError) {
      process.stderr.write(`driftlens: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (command && isParseArgsError(error)) {
      process.stderr.write(`driftlens: ${parseArgsMessage(error as Error, command.name, command.usage, rest)}\n`);
      return EXIT_USAGE;
    }
    const system = systemErrorMessage(error);
    if (system !== undefined) {
      process.stderr.write(`driftlens: ${system}\n`);
      return EXIT_USAGE;
    }
    const detail = process.env.DRIFTLENS_DEBUG ? String((error as Error)?.stack ?? error) : String((error as Error)?.message ?? error);
    process.stderr.write(`driftlens: internal error: ${detail}\nThis is a bug in driftlens; set DRIFTLENS_DEBUG=1 for the stack trace and please report it.\n`);
    return EXIT_INTERNAL;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
