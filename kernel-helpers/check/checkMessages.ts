import { formatScore } from "../formatScore";
import { formatCount, plural } from "../formatCount";

/**
 * User-facing messages of a check against a baseline (columns that cannot be tested, the analysis
 * window, alerts), in one place so that their wording stays consistent.
 */
const quoted = (names: readonly string[]) => names.map((name) => `'${name}'`).join(", ");

export const checkMessages = {
  columnsNotInBaseline: (names: readonly string[], baseline: string, available: readonly string[]) =>
    `${names.length === 1 ? "column" : "columns"} ${quoted(names)} ${names.length === 1 ? "is" : "are"} not in baseline '${baseline}'. Its columns: ${available.slice(0, 30).join(", ")}${available.length > 30 ? ", …" : ""}.`,
  problemReason: (kind: "missing" | "typeChanged" | "empty") =>
    kind === "missing" ? "missing from the current data" : kind === "typeChanged" ? "another type in the current data" : "no values",
  targetNotLabelled: () => "target column not in the current data (labels often arrive later): target drift not checked",
  roleNotTested: (role: "text" | "image") =>
    role === "text" ? "text column: checked by text drift (embeddings or TF-IDF), not by a column test" : "image column: checked by embedding drift, not by a column test",
  columnMissing: (column: string, where: string, baseline: string) =>
    `column '${column}' is missing from ${where} (present in baseline '${baseline}'). Fix the export that produces the data, or build a new baseline version without it.`,
  columnTypeChanged: (column: string, baselineType: string, currentType: string, where: string, baseline: string) =>
    `column '${column}' is ${currentType} in ${where} but ${baselineType} in baseline '${baseline}'` +
    (baselineType === "numerical" ? ": some of its cells are not numbers there. Fix those values" : `. Fix the export`) +
    (currentType === "numerical" && baselineType === "categorical" ? `, or rebuild the baseline with --categorical ${column}` : "") +
    ". It was not tested.",
  columnEmptyInCurrent: (column: string, where: string, rows: number) =>
    `column '${column}' has no values in ${where}: all ${plural(rows, "row")} are missing or non-finite. Check the pipeline that fills it. It was not tested.`,
  columnEmptyInBaseline: (column: string, baseline: string) =>
    `column '${column}' has no values in baseline '${baseline}', so it cannot be tested. Rebuild the baseline from data where it is filled, or leave it out with --columns.`,
  sampleNotLoaded: (baseline: string) =>
    `baseline '${baseline}' has no reference sample in memory. Load it with loadBaseline(dir), which reads the sample of a complete baseline.`,
  referenceFromSample: (sampleRows: number, rows: number, selection: string) =>
    `The reference side is the baseline's ${selection === "seeded" ? "seeded" : "uniform"} sample of ${formatCount(sampleRows)} of its ${formatCount(rows)} rows: the current data is summarised where it lives, and its counts are tested against that sample.`,
  approximateReason: (rows: number, cap: number) =>
    `the reference has ${formatCount(rows)} rows, beyond the sample cap of ${formatCount(cap)}: its side of each test comes from sketches of every row (KLL quantiles, Misra–Gries counts)`,
  noTimestampRole: (baseline: string, purpose: "window" | "recent") =>
    `baseline '${baseline}' has no timestamp column, so ${purpose === "window" ? "time windows" : "the analysis window"} cannot be used. ` +
    `Rebuild it with --timestamp COLUMN${purpose === "window" ? ", or use windows of rows (--window 5000)" : ""}.`,
  timestampNotInCurrent: (column: string, source: string, purpose: "window" | "recent") =>
    `the current data (${source}) has no timestamp column '${column}', so ${purpose === "window" ? "time windows" : "the analysis window"} cannot be used. ` +
    `Include the column in the export${purpose === "window" ? ", or use windows of rows (--window 5000)" : ""}.`,
  noTimestampValues: (column: string, source: string) =>
    `the timestamp column '${column}' of the current data (${source}) has no values, so the last hours cannot be picked. Fill it, or check all rows (leave out the analysis window).`,
  notCheckedAlert: (dataset: { columns: number; notTested: number; notChecked?: string }) =>
    `NOT CHECKED: ${dataset.columns} of ${dataset.columns + dataset.notTested} columns tested, so there is no drift verdict (${dataset.notChecked ?? "too few columns could be tested"})`,
  datasetAlert: (dataset: { driftScore: number; driftedColumns: number; columns: number; driftShare: number }, level: "WARNING" | "CRITICAL", critical: number) =>
    `dataset drift score ${Math.round(dataset.driftScore * 100)}% (${dataset.driftedColumns}/${dataset.columns} columns drifted) ` +
    (level === "CRITICAL" ? `≥ the critical threshold ${Math.round(critical * 100)}%` : `≥ the drift share ${Math.round(dataset.driftShare * 100)}%, below the critical threshold ${Math.round(critical * 100)}%`),
  columnAlert: (column: { column: string; method: string; score: number; threshold: number; severity: string }) =>
    `column '${column.column}' drifted (${column.method} ${formatScore(column.score)} against threshold ${column.threshold}; severity ${column.severity})`,
  predictionAlert: (column: { column: string; method: string; score: number; threshold: number; severity: string }) =>
    `prediction column '${column.column}' drifted (${column.method} ${formatScore(column.score)} against threshold ${column.threshold}; severity ${column.severity}): the model's output distribution changed`,
  targetAlert: (column: { column: string; method: string; score: number; threshold: number; severity: string }) =>
    `target column '${column.column}' drifted (${column.method} ${formatScore(column.score)} against threshold ${column.threshold}; severity ${column.severity})`,
};
