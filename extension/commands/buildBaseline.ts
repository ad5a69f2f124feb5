import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import type { ColumnSummary } from "../engineWorker/engineProtocol";
import { engineProgress, withEngineWorker } from "../engineWorker/withEngineWork";
import { messages } from "../messages";
import { pathArgument, pickColumn, pickColumns, pickDataFile, stepTitle } from "../pickers";
import { UserError } from "../userError";
import { displayPath, driftDirectories } from "../workspacePaths";
import { suggestedRoles } from "../wizard/suggestedRoles";
import { checkDataFile, requireNumericColumn } from "./dataFiles";
import type { DriftCommand } from "./driftCommand";

/** Answers given in advance (tests, other commands): every question asked is skipped. */
export interface BuildBaselineArgs {
  readonly name?: string;
  readonly version?: string;
  readonly target?: string | null;
  readonly prediction?: string | null;
  readonly predictionProba?: readonly string[];
  readonly timestamp?: string | null;
  readonly text?: readonly string[];
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/** The wizard's questions: target, prediction, probability, timestamp, text, name, version. */
const STEPS = 7;

/**
 * Drift: Build Baseline from File… — reads a data file, asks (step 1 of 7 …) for the target,
 * prediction, probability, timestamp and text columns — each with the column its name suggests
 * pre-selected — and a name and version, then builds and saves the baseline (`driftlens baseline
 * FILE`). The reading, profiling and saving run in an engine process: the editor never pauses,
 * the notification shows a percentage, and Cancel stops it at once with nothing written.
 * Resolves to the saved version folder.
 */
export const buildBaselineCommand: DriftCommand = {
  id: "driftlens.buildBaseline",
  title: "Build baseline",
  async run(container: Container, fileArg?: unknown, argsArg?: unknown): Promise<string | undefined> {
    const given = (argsArg ?? {}) as BuildBaselineArgs;
    const path = pathArgument(fileArg) ?? (await pickDataFile(messages.pickData));
    if (path === undefined) return undefined;
    await checkDataFile(path);
    const { baselines } = driftDirectories();
    const worker = container.startEngineWorker();
    try {
      const table = await withEngineWorker(container, worker, `Reading ${basename(path)}`, (step) => worker.run("read", { path }, engineProgress(step)));
      requireNumericColumn(table.columns, path);

      const roles = await askRoles(table.columns, given);
      if (roles === undefined) throw new vscode.CancellationError();
      const name = given.name ?? (await askSegment(stepTitle(messages.baselineName, { step: 6, of: STEPS }), defaultName(path)));
      if (name === undefined) throw new vscode.CancellationError();
      const version = given.version ?? (await askSegment(stepTitle(messages.baselineVersion, { step: 7, of: STEPS }), nextVersion(baselines, name), (value) => (existsSync(join(baselines, name, value)) ? messages.versionExists(name, value) : undefined)));
      if (version === undefined) throw new vscode.CancellationError();
      if (existsSync(join(baselines, name, version))) throw new UserError(messages.versionExists(name, version));

      worker.stagesIn(join(baselines, name), existsSync(join(baselines, name)));
      const saved = await withEngineWorker(container, worker, `Building baseline ${name} ${version}`, (step) =>
        worker.run("build", { path, name, version, roles, baselinesDirectory: baselines }, engineProgress(step)),
      );
      container.log.info(`Baseline ${name} ${version} saved to ${displayPath(saved.path)}`);
      container.tree.refresh();
      void vscode.window.showInformationMessage(messages.baselineSaved(name, version, saved.rows, saved.columns), messages.checkNow).then((answer) => {
        if (answer === messages.checkNow) void vscode.commands.executeCommand("driftlens.checkDrift", undefined, saved.path);
      });
      return saved.path;
    } finally {
      container.endEngineWorker(worker);
    }
  },
};

type Roles = { target?: string; prediction?: string; predictionProba?: string[]; timestamp?: string; text?: string[] };

/**
 * The column roles, asked one quick pick at a time unless given, the suggested column of each
 * (see `suggestedRoles`) first; `undefined` when the person pressed Escape.
 */
async function askRoles(columns: readonly ColumnSummary[], given: BuildBaselineArgs): Promise<Roles | undefined> {
  const suggested = suggestedRoles(columns);
  const used = new Set<string>();
  const roles: Roles = {};
  const single = async (role: "target" | "prediction" | "timestamp", step: number): Promise<boolean> => {
    const answer = given[role] !== undefined ? given[role] : await pickColumn(columns, role, used, { step, of: STEPS }, suggested[role]);
    if (answer === undefined) return false;
    if (answer !== null) {
      roles[role] = answer;
      used.add(answer);
    }
    return true;
  };
  if (!(await single("target", 1)) || !(await single("prediction", 2))) return undefined;
  // A call that gives the target and prediction (a script, a test) and leaves out the probability columns means none.
  const rolesGiven = given.target !== undefined && given.prediction !== undefined;
  const proba = given.predictionProba ?? (rolesGiven ? [] : await pickColumns(columns, messages.pickProbaColumns, used, { step: 3, of: STEPS }, suggested.predictionProba, (column) => column.type === "numerical"));
  if (proba === undefined) return undefined;
  if (proba.length > 0) roles.predictionProba = [...proba];
  proba.forEach((column) => used.add(column));
  if (!(await single("timestamp", 4))) return undefined;
  const text = given.text ?? (await pickColumns(columns, messages.pickTextColumns, used, { step: 5, of: STEPS }, suggested.text));
  if (text === undefined) return undefined;
  if (text.length > 0) roles.text = [...text];
  return roles;
}

async function askSegment(prompt: string, value: string, extra?: (value: string) => string | undefined): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    prompt,
    value,
    validateInput: (text) => (SEGMENT.test(text) ? extra?.(text) : messages.badSegment(prompt.split(" ")[1] ?? "name")),
    title: prompt,
  });
  return answer?.trim();
}

/** The file name without extensions, made a valid baseline name ("train.csv.gz" → "train"). */
function defaultName(path: string): string {
  const base = basename(path).replace(/\..*$/, "").replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[.]+/, "");
  return base.length > 0 ? base : "baseline";
}

/** The first free "vN" under the name. */
function nextVersion(baselines: string, name: string): string {
  for (let n = 1; ; n++) if (!existsSync(join(baselines, name, `v${n}`))) return `v${n}`;
}
