import { formatCount, plural } from "../formatCount";
/**
 * User-facing messages of building, saving, loading and validating baselines, in one place so that
 * their wording stays consistent: each names the file, folder or column involved and says what to do.
 */

export const baselineMessages = {
  segmentInvalid: (what: "name" | "version", value: unknown) =>
    `baseline ${what} ${JSON.stringify(value)} cannot be a folder name: use 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. ${what === "name" ? "credit-model" : "v2"}).`,
  sampleCapInvalid: (cap: unknown) => `sample cap ${String(cap)} must be a whole number of rows ≥ 1 (default 1,000,000).`,
  referenceWithoutColumns: (source: string) => `the reference (${source}) has no columns, so there is nothing to build a baseline of. Check the file or the --columns you read it with.`,
  roleColumnMissing: (role: string, column: string, source: string, available: readonly string[]) =>
    `the ${role} column '${column}' is not in the reference (${source}). Columns there: ${available.slice(0, 30).join(", ")}${available.length > 30 ? ", …" : ""}. Check the spelling of --${role === "predictionProba" ? "prediction-proba" : role}.`,
  roleTwice: (column: string, first: string, second: string) =>
    `column '${column}' is given two roles, ${first} and ${second}. Give each column one role.`,
  categoricalOverrideOnDatetime: (column: string) =>
    `column '${column}' is a datetime column and cannot be treated as categorical. Leave it out of --categorical, or use it as --timestamp.`,
  timestampNumerical: (column: string, where: string) =>
    `the timestamp column '${column}' in ${where} holds numbers, not times. Export it as ISO 8601 text (2026-11-23T08:00:00Z) or as a datetime column, or pick another --timestamp column.`,
  timestampsDoNotParse: (column: string, where: string, count: number, examples: readonly { row: number; value: string }[]) =>
    `${plural(count, "value")} of the timestamp column '${column}' in ${where} ${count === 1 ? "does" : "do"} not parse as ISO 8601: ` +
    `${examples.map((example) => `row ${example.row + 1} '${example.value}'`).join(", ")}${count > examples.length ? ", …" : ""}. ` +
    `Write times like 2026-11-23T08:00:00Z (a zone-less time is read as UTC), or fix those rows.`,
  saveWithoutSample: (name: string, version: string) =>
    `baseline ${name}/${version} was loaded without its reference sample, so it cannot be saved elsewhere. Load it with { sample: true } first.`,
  versionExists: (name: string, version: string, path: string) =>
    `baseline ${name}/${version} already exists at ${path}. Save it under a new version (--version), or replace it with --force (API: { force: true }).`,
  versionSavedConcurrently: (name: string, version: string, path: string) =>
    `another process saved baseline ${name}/${version} at ${path} while this one was writing it; that one was kept and this one was not written. ` +
    `Save under another --version, or use --force to replace it.`,
  baselineMissing: (path: string, siblings: readonly string[]) =>
    `baseline folder ${path} does not exist. ` +
    (siblings.length > 0 ? `Versions next to it: ${siblings.join(", ")}. ` : "") +
    `Build one with 'driftlens baseline REFERENCE --out DIR --name NAME --version VERSION', or check the path.`,
  baselineNotFolder: (path: string) => `${path} is a file, not a baseline folder. Pass the folder <baselines>/<name>/<version> that holds baseline.json.`,
  baselineNameFolder: (path: string, versions: readonly string[]) =>
    `${path} holds the versions ${versions.join(", ")} of a baseline, not one version. Pass one of them, e.g. ${path}/${versions[versions.length - 1]}.`,
  baselineJsonMissing: (path: string, entries: readonly string[]) =>
    `${path} has no baseline.json${entries.length > 0 ? ` (it holds ${entries.slice(0, 5).join(", ")}${entries.length > 5 ? ", …" : ""})` : " (it is empty)"}: ` +
    `it is not a baseline, or it was written by hand or by an interrupted copy. Rebuild it with 'driftlens baseline … --force'.`,
  baselineJsonInvalid: (file: string, problem: string) =>
    `${file} is not valid JSON (${problem}); it was probably edited by hand. Undo the edit, or rebuild the baseline with 'driftlens baseline … --force'.`,
  baselineJsonLinked: (file: string, target: string, what: string) =>
    `${file} is a symbolic link to ${target}, which ${what} (the linked file's content is not shown). ` +
    `Point the link at the baseline.json of a baseline made by 'driftlens baseline', or rebuild the baseline with 'driftlens baseline … --force'.`,
  baselineJsonNotFile: (file: string) =>
    `${file} is not a regular file (a folder, a device or a pipe), so this is not a baseline. Rebuild the baseline with 'driftlens baseline … --force'.`,
  fileUnreadable: (file: string, reason: string) => `${file} cannot be read: ${reason}.`,
  notABaseline: (file: string, schema: unknown) =>
    `${file} is not a driftlens baseline: its "schema" is ${JSON.stringify(schema) ?? "missing"}, not "driftlens.baseline". Pass the folder of a baseline made by 'driftlens baseline'.`,
  newerSchema: (file: string, version: number, supported: number) =>
    `${file} was written by a newer driftlens (baseline schema version ${version}; this driftlens reads up to ${supported}). Upgrade driftlens (npm install driftlens@latest), or rebuild the baseline with this version.`,
  fieldInvalid: (file: string, field: string, expected: string, got: unknown) =>
    `${file}: field '${field}' must be ${expected}, but it is ${got === undefined ? "missing" : (JSON.stringify(got) ?? String(got)).slice(0, 80)}. ` +
    `The file was probably edited by hand: undo the edit, or rebuild the baseline with 'driftlens baseline … --force'.`,
  folderDiffers: (file: string, said: { name: string; version: string }, folder: { name: string; version: string }, baselines: string) => {
    const differs = [
      ...(said.name === folder.name ? [] : [`the name is '${said.name}' there and '${folder.name}' in the path`]),
      ...(said.version === folder.version ? [] : [`the version is '${said.version}' there and '${folder.version}' in the path`]),
    ];
    return (
      `${file} belongs to baseline ${said.name}/${said.version}, but it is in the folder ${folder.name}/${folder.version}: ${differs.join(", and ")} ` +
      `(the folder was probably copied or renamed by hand). Reports and listings go by baseline.json, so the two must agree. ` +
      `Move the folder to ${baselines}/${said.name}/${said.version}, or build the baseline again under this name: ` +
      `'driftlens baseline REFERENCE --out ${baselines} --name ${folder.name} --version ${folder.version}'.`
    );
  },
  sampleMissing: (file: string) =>
    `${file} is missing, so the baseline is incomplete (baseline.json describes a reference sample there). Rebuild the baseline with 'driftlens baseline … --force'.`,
  sampleUnreadable: (file: string, reason: string) =>
    `${file} cannot be read as Parquet (${reason.split("\n")[0]}). The file is damaged: rebuild the baseline with 'driftlens baseline … --force'.`,
  sampleColumnsDiffer: (file: string, got: number, expected: number) =>
    `${file} has ${plural(got, "column")}, but baseline.json describes ${plural(expected, "column")}: the two files do not belong together. Rebuild the baseline with 'driftlens baseline … --force'.`,
  sampleColumnName: (file: string, index: number, got: string, expected: string) =>
    `${file}: column ${index + 1} is named '${got}', but baseline.json calls it '${expected}': the two files do not belong together. Rebuild the baseline with 'driftlens baseline … --force'.`,
  sampleColumnType: (file: string, index: number, column: string, got: string, expected: string) =>
    `${file}: column ${index + 1} ('${column}') is ${got}, but baseline.json says it is ${expected}: the two files do not belong together. Rebuild the baseline with 'driftlens baseline … --force'.`,
  sampleRowsDiffer: (file: string, got: number, expected: number) =>
    `${file} has ${plural(got, "row")}, but baseline.json says ${formatCount(expected)}: the two files do not belong together. Rebuild the baseline with 'driftlens baseline … --force'.`,
};
