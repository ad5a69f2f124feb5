import { statSync } from "node:fs";
import type { Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ColumnType } from "../data/table";
import { UsageError } from "../errors";
import { COLUMN_TYPES } from "../data/tableOptions";
import { CORRECTIONS } from "../drift/multipleTesting";
import type { Correction } from "../drift/multipleTesting";
import { messages } from "../messages";

/** Parses a number flag, or throws a `UsageError` naming the flag. */
export function numberFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed)) throw new UsageError(`--${flag} expects a number, got '${value}'.`);
  return parsed;
}

const SIZE_UNITS: Readonly<Record<string, number>> = { "": 2 ** 20, b: 1, kb: 2 ** 10, k: 2 ** 10, mb: 2 ** 20, m: 2 ** 20, gb: 2 ** 30, g: 2 ** 30 };

/**
 * Parses a memory size flag into bytes: a number with an optional unit (B, KB, MB, GB; binary
 * multiples), megabytes without one.
 *
 * @example sizeFlag("memory-budget", "2GB") // 2147483648
 * @example sizeFlag("memory-budget", "300") // 314572800
 */
export function sizeFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?|[kmg])\s*$/i.exec(value);
  const bytes = match ? Number(match[1]) * (SIZE_UNITS[match[2].toLowerCase()] ?? NaN) : NaN;
  if (!(bytes >= 1)) throw new UsageError(`--${flag} expects a size such as 512MB or 2GB, got '${value}'.`);
  return Math.floor(bytes);
}

/**
 * Parses a whole-number flag in `[min, max]`, or throws a `UsageError` naming the flag and the value.
 *
 * @example wholeNumberFlag("seed", "1.5", 0) // throws: --seed expects a whole number ≥ 0, got '1.5'.
 */
export function wholeNumberFlag(flag: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new UsageError(`--${flag} expects a whole number ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`}, got '${value}'.`);
  }
  return parsed;
}

/** Parses `--seed`: a whole number ≥ 0. */
export function seedFlag(value: string | undefined): number | undefined {
  return wholeNumberFlag("seed", value, 0);
}

/** Parses `a,b,c` into names (trimmed, empty parts dropped). */
export function listFlag(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(",").map((name) => name.trim()).filter((name) => name.length > 0);
  if (names.length === 0) throw new UsageError("--columns expects a comma-separated list of column names, e.g. --columns age,income.");
  return names;
}

/** Parses repeated `--type column=categorical` flags. */
export function typeFlags(values: readonly string[] | undefined): Record<string, ColumnType> | undefined {
  if (!values || values.length === 0) return undefined;
  const types: Record<string, ColumnType> = Object.create(null);
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const column = value.slice(0, at);
    const type = value.slice(at + 1) as ColumnType;
    if (at <= 0 || !COLUMN_TYPES.includes(type)) {
      throw new UsageError(`--type expects COLUMN=TYPE with TYPE one of ${COLUMN_TYPES.join(", ")}; got '${value}'.`);
    }
    types[column] = type;
  }
  return types;
}

/** Parses a flag that takes one of `choices`, or throws a `UsageError` listing them. */
export function choiceFlag<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${flag} expects one of ${choices.join(", ")}; got '${value}'.`);
  return value as T;
}

/** Parses `--correction`. */
export function correctionFlag(value: string | undefined): Correction | undefined {
  return value === undefined ? undefined : choiceFlag("correction", value, CORRECTIONS);
}

/** ANSI colours only on a terminal, unless `--no-color` or `NO_COLOR` says otherwise. */
export function useColor(noColorFlag: boolean | undefined): boolean {
  return !noColorFlag && process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/**
 * Checks, before any work, that the output path of `--flag` can be written: a file that is not a
 * folder, or a folder that is not a file, below parent folders that are not files. `-` (stdout)
 * and an absent flag pass; so do missing paths, which are created.
 *
 * @example outputPathFlag("json", "reports", "file") // throws: --json expects a file to write, but 'reports' is a folder. …
 * @throws {UsageError} naming the flag, the path in the way and what to give instead
 */
export function outputPathFlag(flag: string, path: string | undefined, kind: "file" | "folder"): void {
  if (path === undefined || (kind === "file" && path === "-")) return;
  const found = statIfAny(path);
  if (found) {
    if (kind === "file" && found.isDirectory()) throw new UsageError(messages.outputIsFolder(flag, path, join(path, "report.json")));
    if (kind === "folder" && !found.isDirectory()) throw new UsageError(messages.outputIsFile(flag, path));
    return;
  }
  for (let parent = dirname(resolve(path)); ; parent = dirname(parent)) {
    const above = statIfAny(parent);
    if (above) {
      if (!above.isDirectory()) throw new UsageError(messages.outputBelowFile(flag, path, parent));
      return;
    }
    if (dirname(parent) === parent) return;
  }
}

/**
 * Checks the folder that a `list` subcommand reads: true when it exists, false when it does not
 * exist yet (nothing has been saved there).
 *
 * @example listFolderFlag("dir", ".driftlens/baselines", ".driftlens/baselines") // false in a new workspace
 * @throws {UsageError} when `path` is a file, naming the flag and `example`, a folder to give instead
 */
export function listFolderFlag(flag: string, path: string, example: string): boolean {
  const found = statIfAny(path);
  if (found && !found.isDirectory()) throw new UsageError(messages.listFolderIsFile(flag, path, example));
  return found !== undefined;
}

/** What is at `path`, or undefined when nothing is (or a parent is a file). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Column names from repeated and comma-separated flag values (`--text a,b --text c`). */
export function namesFlag(flag: string, values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const names = values.flatMap((value) => value.split(",")).map((name) => name.trim()).filter((name) => name.length > 0);
  if (names.length === 0) throw new UsageError(`--${flag} expects column names, e.g. --${flag} a,b.`);
  return names;
}
