/**
 * User-facing messages of the drift layer and the command line, in one place so that their
 * wording stays consistent: each names the file or column involved and says what to do.
 */
import type { ColumnType } from "./data/table";
import { formatCount, plural } from "./formatCount";


export const messages = {
  columnsMissing: (names: readonly string[], presentIn: string, absentFrom: string) =>
    `${names.length === 1 ? "column" : "columns"} ${names.map((n) => `'${n}'`).join(", ")} ${names.length === 1 ? "is" : "are"} in ${presentIn} but not in ${absentFrom}. ` +
    `Compare only the shared columns with --columns (API: options.columns), or fix the export so both datasets have the same columns.`,
  columnTypeMismatch: (column: string, referenceType: ColumnType, referenceSource: string, currentType: ColumnType, currentSource: string) =>
    `column '${column}' is ${referenceType} in the reference (${referenceSource}) but ${currentType} in the current data (${currentSource}). ` +
    (referenceType === "numerical" || currentType === "numerical"
      ? `Some cells on the ${currentType === "numerical" ? "reference" : "current"} side are not numbers. `
      : "") +
    `Fix those values, force one type with --type ${column}=categorical (API: options.types), or leave the column out with --columns.`,
  columnEmpty: (column: string, side: "reference" | "current", source: string, rows: number) =>
    `column '${column}' has no values in the ${side} data (${source}): all ${plural(rows, "row")} are missing or non-finite. ` +
    `Leave it out with --columns, or check how the file was produced.`,
  methodUnknown: (name: string, valid: readonly string[]) =>
    `unknown drift method '${name}'. Valid methods: ${valid.join(", ")}.`,
  methodDoesNotFit: (method: string, accepted: readonly string[], column: string, type: ColumnType, fitting: readonly string[]) =>
    `method '${method}' works on ${accepted.join(" and ")} columns, but column '${column}' is ${type}. ` +
    `Use one that fits (${fitting.join(", ")}), set methods per type with --num-method / --cat-method, or leave the column out with --columns.`,
  nonFiniteDropped: (column: string, side: "reference" | "current", count: number) =>
    `column '${column}': ${plural(count, "infinite value")} in the ${side} data dropped before testing (counted as non-finite).`,
  minTestedShareInvalid: (value: unknown) => `the minimum tested share ${String(value)} must be a share between 0 and 1 (default 0.5; 0 accepts a report that tested any column).`,
  insufficientData: (method: string, minSamples: number, reference: number, current: number) =>
    `insufficient data: ${method} needs at least ${minSamples} values on each side, and the column has ${formatCount(reference)} in the reference and ${formatCount(current)} in the current data`,
  noFiniteScore: (method: string, score: number) =>
    `${method} gave no finite score (${Number.isNaN(score) ? "NaN" : String(score)}): the values are too large or too alike for it. Try another test (--method ks or wasserstein), or rescale the column`,
  columnNotTested: (column: string, reason: string) => `column '${column}' was not tested: ${reason}.`,
  notChecked: (tested: number, meant: number, minShare: number, notTested: readonly { readonly column: string; readonly reason: string }[]) =>
    (meant === 0
      ? "no column could be tested: the data has no numerical or categorical column to test"
      : tested === 0
        ? meant === 1 ? "the one column to test could not be tested" : `none of the ${meant} columns could be tested`
        : `only ${tested} of ${meant} columns could be tested (fewer than ${Math.round(minShare * 100)}%)`) +
    (notTested.length > 0 ? ` — ${notTested.slice(0, 3).map((entry) => `${entry.column}: ${entry.reason}`).join("; ")}${notTested.length > 3 ? `; and ${notTested.length - 3} more` : ""}` : ""),
  columnSkipped: (type: ColumnType) =>
    type === "text"
      ? "text column: checked by text drift (embeddings or TF-IDF), not by a column test"
      : type === "datetime"
        ? "datetime column: used for time windows, not tested for drift"
        : `${type} column: not tested`,
  identifierExcluded: (column: string, why: string) =>
    `looks like an identifier: ${why}. It has the identifier role (Evidently's column mapping 'id') and is left out of the drift score, since new rows bring new ids. ` +
    `Test it anyway with --include-column ${column} (API: options.includeColumns).`,
  includeColumnUnknown: (names: readonly string[], available: readonly string[]) =>
    `--include-column names ${names.length === 1 ? "a column" : "columns"} the data does not have: ${names.map((n) => `'${n}'`).join(", ")}. Its columns are: ${available.map((n) => `'${n}'`).join(", ")}.`,
  thresholdInvalid: (value: number) => `threshold ${value} is not a finite number. Give a p-value in (0, 1) or a distance ≥ 0.`,
  outputIsFolder: (flag: string, path: string, example: string) =>
    `--${flag} expects a file to write, but '${path}' is a folder. Give a file name, e.g. --${flag} ${example}.`,
  outputIsFile: (flag: string, path: string) =>
    `--${flag} expects a folder to write into, but '${path}' is a file. Give a folder (it is created when missing), or move the file away.`,
  listFolderIsFile: (flag: string, path: string, example: string) =>
    `--${flag} expects the folder to list, but '${path}' is a file. Give the folder, e.g. --${flag} ${example}.`,
  outputBelowFile: (flag: string, path: string, file: string) =>
    `--${flag} '${path}' cannot be created: '${file}' is a file, not a folder. Give a path whose parent folders are folders.`,
  memoryBudgetInvalid: (value: number) => `memory budget ${value} is not a positive number of bytes. Give one such as 512 MB (--memory-budget 512MB, API: memoryBudget: 512 * 2 ** 20).`,
  workersInvalid: (value: number) => `workers ${value} is not a whole number ≥ 0. Give 0 to test on one thread, or the number of worker threads to use.`,
  driftShareInvalid: (value: number) => `drift share ${value} must be in [0, 1] (the share of drifted columns at which the dataset counts as drifted).`,
};
