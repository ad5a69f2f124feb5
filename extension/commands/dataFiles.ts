import { stat } from "node:fs/promises";
import type { ColumnSummary } from "../engineWorker/engineProtocol";
import { messages } from "../messages";
import { pathArgument, pickDataFile } from "../pickers";
import { UserError } from "../userError";
import { displayPath } from "../workspacePaths";

const DATA_FILE = /\.(csv|tsv|jsonl|ndjson|json|parquet|arrow|feather|ipc)(\.gz)?$/i;
const EXTENSIONS = [".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".arrow", ".feather"];

/** Refuses a missing path or a file that is not a data format before anything is read (a folder of logs or a glob is fine). */
export async function checkDataFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info && !/[*?[{]/.test(path)) throw new UserError(`${displayPath(path)} does not exist. Pick an existing data file or folder.`);
  if (info?.isDirectory()) return;
  if (!DATA_FILE.test(path)) throw new UserError(messages.notDataFile(displayPath(path), EXTENSIONS));
}

/** A baseline needs a numeric feature; a file read with the wrong delimiter has none either. */
export function requireNumericColumn(columns: readonly ColumnSummary[], path: string): void {
  if (columns.some((column) => column.type === "numerical")) return;
  const described = columns.slice(0, 6).map((column) => `${column.name}: ${column.type}`).join(", ");
  throw new UserError(messages.noNumericColumns(displayPath(path), described + (columns.length > 6 ? ", …" : "")));
}

/**
 * The reference and the current data of a two-file command: the paths given as arguments, else
 * picked; each checked (`checkDataFile`) before the next question. Undefined when a pick is
 * dismissed.
 */
export async function pickReferenceAndCurrent(referenceArg: unknown, currentArg: unknown): Promise<{ referencePath: string; currentPath: string } | undefined> {
  const referencePath = pathArgument(referenceArg) ?? (await pickDataFile(messages.pickReference));
  if (referencePath === undefined) return undefined;
  await checkDataFile(referencePath);
  const currentPath = pathArgument(currentArg) ?? (await pickDataFile(messages.pickCurrent));
  if (currentPath === undefined) return undefined;
  await checkDataFile(currentPath);
  return { referencePath, currentPath };
}
