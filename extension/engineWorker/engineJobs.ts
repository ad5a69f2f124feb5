import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import * as engine from "driftlens";
import type { CheckReport, Column, Table, TableSource } from "driftlens";
import type { ColumnSummary, EngineJobs, ImageSource, JobName } from "./engineProtocol";
import { formatCount } from "../../kernel-helpers/formatCount";
import { readLatestReport } from "../readLatestReport";
import { countNoun } from "../../kernel-helpers/report/countNoun";
import { reportParts } from "../panels/reportParts";

/** Reports a job's progress: the share done (0..1) and what it is doing. */
export type Progress = (fraction: number, message: string) => void;

type Handler<K extends JobName> = (request: EngineJobs[K]["request"], progress: Progress) => Promise<EngineJobs[K]["result"]>;

const IMAGE = new Set([".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"]);

/** Tables read by one job and used by the next (the wizard's questions come in between). */
const tables = new Map<string, Table>();
/** Rows of the What-if reference at most: a larger sample is thinned to evenly spaced rows, so a re-run stays interactive. */
export const WHAT_IF_ROWS = 50_000;
let whatIfReference: { table: Table; features: string[] } | undefined;

async function table(path: string, progress: Progress, from: number): Promise<Table> {
  const kept = tables.get(path);
  if (kept) return kept;
  progress(from, `reading ${path}`);
  const read = await engine.readTable(path);
  tables.set(path, read);
  return read;
}

/**
 * The engine work the extension runs in its engine process (never on the extension host): each
 * job with its phases reported as a share of the whole.
 */
export const engineJobs: { [K in JobName]: Handler<K> } = {
  async read({ path }, progress) {
    const read = await table(path, progress, 0);
    return { rows: read.rowCount, columns: read.columns.map(summary) };
  },

  async build({ path, name, version, roles, baselinesDirectory }, progress) {
    const read = await table(path, progress, 0);
    progress(0.3, `profiling ${countNoun(read.rowCount, "row")}`);
    const baseline = engine.buildBaseline(read, { name, version, ...roles });
    progress(0.75, `saving ${name} ${version}`);
    const saved = await engine.saveBaseline(baseline, baselinesDirectory);
    progress(1, "saved");
    return { path: saved, rows: baseline.info.rows, columns: baseline.info.columns.length };
  },

  async check({ baselinePath, dataPath, options, cwd, reportsDirectory }, progress) {
    progress(0, `loading baseline ${baselinePath}`);
    const baseline = await engine.loadBaseline(baselinePath);
    progress(0.1, `reading ${dataPath}`);
    const current = await engine.readTable(dataPath);
    progress(0.45, `checking ${countNoun(current.rowCount, "row")} against ${baseline.info.name} ${baseline.info.version}`);
    const isFolder = (await stat(dataPath).catch(() => undefined))?.isDirectory() === true || /[*?[{]/.test(dataPath);
    const report = await engine.checkDrift(baseline, current, { ...options, cwd, recentOnly: baseline.info.roles.timestamp !== undefined && isFolder });
    progress(0.9, "saving the report");
    return saveCheck(report, reportsDirectory, progress);
  },

  async listTables({ connection, password }, progress) {
    progress(0, `listing the tables of ${connection.database}`);
    return { tables: await engine.listTables(connection, withPassword(connection.engine, password)) };
  },

  async checkTable({ baselinePath, source, password, options, cwd, reportsDirectory }, progress) {
    progress(0, `loading baseline ${baselinePath}`);
    const baseline = await engine.loadBaseline(baselinePath);
    progress(0.1, `counting ${source.table} where it lives against ${baseline.info.name} ${baseline.info.version}`);
    const report = await engine.checkDrift(baseline, source, { ...options, cwd, env: withPassword(source.engine, password) });
    progress(0.9, "saving the report");
    return saveCheck(report, reportsDirectory, progress);
  },

  async compare({ referencePath, currentPath, options }, progress) {
    // As `driftlens compare`: each file parsed once, columns read and tested in batches within the
    // memory budget on a worker pool, files over the sample cap summarised; progress per column.
    progress(0, `reading ${basename(referencePath)} and ${basename(currentPath)}`);
    const report = await engine.compareDatasets(referencePath, currentPath, {
      ...options,
      onProgress: ({ done, total }) => progress(0.1 + 0.85 * (done / Math.max(1, total)), `columns ${formatCount(done)} / ${formatCount(total)} tested`),
    });
    progress(0.95, "drawing the report");
    return { report, parts: reportParts(engine, report) };
  },

  async textColumns({ path }, progress) {
    const read = await table(path, progress, 0);
    return { columns: read.columns.filter((column) => column.type === "text" || column.type === "categorical").map((column) => column.name) };
  },

  async textDrift({ referencePath, currentPath, column, model, allowRemote }, progress) {
    const reference = await table(referencePath, progress, 0);
    const current = await table(currentPath, progress, 0.02);
    const texts = (read: Table, side: string) => {
      const found = read.columns.find((c) => c.name === column);
      if (!found) throw new engine.DataError(`Column '${column}' is missing from the ${side} data (${read.source}).`);
      return textsOf(found);
    };
    progress(0.05, `embedding '${column}' with ${model ?? "the bundled text model"}`);
    const report = await engine.checkTextDrift(texts(reference, "reference"), texts(current, "current"), {
      ...(model ? { model } : {}),
      allowRemote,
      column,
      referenceSource: referencePath,
      currentSource: currentPath,
      onProgress: ({ done, total }) => progress(0.05 + 0.8 * (done / Math.max(1, total)), done < total ? `embedded ${formatCount(done)} of ${formatCount(total)} distinct texts` : "testing the embeddings, words and descriptors"),
    });
    return { report, parts: reportParts(engine, report) };
  },

  async whatIfPrepare({ baselinePath, referencePath }, progress) {
    let table: Table;
    let features: string[];
    if (baselinePath !== undefined) {
      progress(0, `loading baseline ${baselinePath}`);
      const baseline = await engine.loadBaseline(baselinePath, { sample: true });
      if (!baseline.sample) throw new engine.DataError(`Baseline ${baseline.info.name} ${baseline.info.version} has no reference sample to shift.`);
      table = baseline.sample;
      features = baseline.info.columns.filter((column) => column.role === "feature").map((column) => column.name);
    } else if (referencePath !== undefined) {
      table = await engine.readTable(referencePath);
      features = table.columns.map((column) => column.name);
    } else {
      throw new engine.UsageError("What if needs a baseline or a reference file.");
    }
    // The columns a check tests (features) that can be shifted; a comparison's every column.
    const shiftable = table.columns.filter((column) => (column.type === "numerical" || column.type === "categorical") && features.includes(column.name));
    const of = table.rowCount;
    if (of > WHAT_IF_ROWS) table = engine.takeRows(table, Int32Array.from({ length: WHAT_IF_ROWS }, (_, i) => Math.floor((i * of) / WHAT_IF_ROWS)));
    table = { ...table, columns: shiftable };
    whatIfReference = { table, features: shiftable.map((column) => column.name) };
    return { columns: shiftable.map(summary), features: whatIfReference.features, rows: table.rowCount, of };
  },

  async whatIf({ shift, options }) {
    if (!whatIfReference) throw new engine.UsageError("What if has no reference yet: open its tab again.");
    const started = performance.now();
    const { table, features } = whatIfReference;
    const columns = shift.columns ?? features;
    const current = engine.shiftTable(table, { ...shift, columns });
    const report = engine.compareTables({ ...table, source: `${table.source} (reference)` }, { ...current, source: `${table.source} (shifted)` }, options);
    return { report, parts: reportParts(engine, report), ms: performance.now() - started };
  },

  async imageDrift({ reference, current, model, allowRemote }, progress) {
    progress(0, "listing the images");
    const referenceImages = await images(reference, progress);
    const currentImages = await images(current, progress);
    const total = referenceImages.length + currentImages.length;
    progress(0.05, `embedding ${total} images with ${model ?? "the bundled image model"}`);
    const column = reference.column ?? current.column ?? "image";
    const report = await engine.checkImageDrift(referenceImages, currentImages, {
      ...(model ? { model } : {}),
      allowRemote,
      column,
      referenceSource: reference.path,
      currentSource: current.path,
      onProgress: ({ done }) => progress(0.05 + 0.85 * (done / Math.max(1, total)), done < total ? `embedded ${done} of ${total} images` : "testing the embeddings"),
    });
    return { report, column, parts: reportParts(engine, report) };
  },
};

/** Saves a check's report as its baseline's latest, with the latest before it (to tell a new alert from an old one). */
async function saveCheck(report: CheckReport, reportsDirectory: string, progress: Progress): Promise<EngineJobs["check"]["result"]> {
  const previous = (await readLatestReport(reportsDirectory, report.baseline.name))?.report;
  const saved = await engine.saveReport(report, reportsDirectory);
  progress(1, engine.verdictLine(report));
  return { report, reportPath: saved.path, latestPath: saved.latest, ...(previous ? { previous } : {}), parts: reportParts(engine, report) };
}

/** This process's environment with the database password in the variable the engine reads first (never in the process's own environment). */
function withPassword(kind: TableSource["engine"], password: string): NodeJS.ProcessEnv {
  return { ...process.env, [engine.PASSWORD_VARIABLES[kind][0]]: password };
}

function summary(column: Column): ColumnSummary {
  if (column.type === "categorical") return { name: column.name, type: column.type, distinct: column.dictionary.length };
  return { name: column.name, type: column.type };
}

/** A column's values as texts (missing values as empty texts, which the check drops and counts). */
function textsOf(column: Column): string[] {
  switch (column.type) {
    case "text":
      return column.values.map((value) => value ?? "");
    case "categorical":
      return Array.from(column.codes, (code) => (code >= 0 ? column.dictionary[code] : ""));
    default:
      return Array.from(column.values, (value) => (Number.isNaN(value) ? "" : String(value)));
  }
}

/** The image files of a folder (sorted), or the paths in a data file's column. */
async function images(source: ImageSource, progress: Progress): Promise<string[]> {
  if ((await stat(source.path)).isDirectory()) {
    const files = (await readdir(source.path)).filter((name) => IMAGE.has(extname(name).toLowerCase())).sort();
    if (files.length === 0) throw new engine.DataError(`${source.path} holds no image (${[...IMAGE].join(", ")}).`);
    return files.map((name) => join(source.path, name));
  }
  const read = await table(source.path, progress, 0);
  const found = read.columns.find((c) => c.name === source.column);
  if (!found || (found.type !== "text" && found.type !== "categorical")) throw new engine.DataError(`${source.path} has no column '${source.column ?? ""}' of image paths.`);
  return found.type === "text" ? found.values.filter((v): v is string => v !== null) : Array.from(found.codes).filter((code) => code >= 0).map((code) => found.dictionary[code]);
}
