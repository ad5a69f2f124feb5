import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { baselineMessages } from "../baseline/baselineMessages";
import { buildBaseline } from "../baseline/buildBaseline";
import { checkedPathSegment } from "../baseline/checkedPathSegment";
import { embedReferenceColumns } from "../baseline/embedReferenceColumns";
import { saveBaseline } from "../baseline/saveBaseline";
import { workspaceLayout } from "../store/workspaceLayout";
import { readTable } from "../data/readTable";
import { buildBaselineFromTable } from "../summary/baselineFromTable";
import type { TableSource } from "../summary/tableSource";
import { checkTableFlagsUsed, sourceArgument } from "./tableSourceFlags";
import type { Table } from "../data/table";
import { DataError, UsageError } from "../errors";
import { defaultRules } from "../performance/degradationRules";
import type { Label } from "../performance/encodeLabels";
import type { MetricName } from "../performance/metricNames";
import { METRICS } from "../performance/metricNames";
import { PERFORMANCE_TASKS } from "../performance/performanceData";
import type { PerformanceSnapshot, PerformanceUnavailable } from "../performance/performanceSnapshot";
import { choiceFlag, namesFlag, numberFlag, outputPathFlag, seedFlag, typeFlags } from "./cliOptions";
import { EXIT_OK } from "./exitCodes";
import { shownPath } from "./shownPath";
import { DEFAULT_SEED } from "../stats/random";
import { countNoun } from "../report/countNoun";

const usage = `Usage: driftlens baseline REFERENCE [options]

Builds a baseline from a reference dataset (CSV, TSV, JSONL, Parquet, Arrow, a glob or a folder):
the column schema and roles, a profile per column (count, missing, mean, std, min, max, quantiles,
histogram, top categories) and the exact reference sample, saved atomically as
DIR/NAME/VERSION/baseline.json + reference.parquet. Beyond --sample-cap rows a seeded sample is
kept and checks run on sketches of every row (flagged approximate). With --target and
--prediction, the model's metrics on the reference are stored too (checks compare with them).
REFERENCE may be a database table (clickhouse://USER@HOST:8123/DB/TABLE or
postgres://USER@HOST:5432/DB/SCHEMA.TABLE): the profile then counts every row where the table
lives, and a seeded sample of --sample-cap rows drawn by the database is kept as the reference.

Options:
  --out DIR                 baselines folder (default .driftlens/baselines)
  --name NAME               model name (default: the file name without its extension)
  --version VERSION         baseline version (default v1); an existing one is never overwritten
  --force                   replace an existing version
  --target COL              label column (tested, shown apart)
  --prediction COL          prediction column (tested, shown apart as prediction drift)
  --prediction-proba a,b    predicted probability columns
  --task KIND               classification or regression, for the model's performance (default:
                            classification for a categorical target or one with at most 5 values)
  --positive-label VALUE    positive class of a binary model, a value of --target (default: the
                            greater of the two, e.g. 1 of 0/1, yes of no/yes); one
                            --prediction-proba column is the probability of this class
  --timestamp COL           event time (ISO 8601 or datetime), for --window and log folders
  --text a,b                free-text columns: profiled, and embedded for text drift (not column tests)
  --image a,b               image path columns: embedded for image drift (paths relative to REFERENCE's folder)
  --text-model NAME|DIR     encoder of --text columns (default: the bundled text-tiny-bert)
  --image-model NAME|DIR    encoder of --image columns (default: the bundled image-tiny-cnn)
  --categorical a,b         treat these columns as categorical (e.g. numeric codes); repeatable
  --include-column NAME     keep an identifier-like column (named id/*_id, or values all distinct)
                            as a tested feature; by default it gets the identifier role; repeatable
  --type COL=TYPE           force a column type when reading (numerical, categorical, text, datetime); repeatable
  --sample-cap N            rows kept exactly (default 1000000)
  --seed N                  seed of the sample and the sketches (default ${DEFAULT_SEED})
  --where "COL OP VALUE"    only rows of a database table where COL OP VALUE (typed, not SQL); repeatable
  --since SPAN|TIME         only table rows at or after this time (24h, 7d, 2026-12-01); needs --timestamp
  --password-file FILE      the database password (first line); else DRIFTLENS_CLICKHOUSE_PASSWORD,
                            DRIFTLENS_POSTGRES_PASSWORD or PGPASSWORD

Exit codes: 0 saved, 2 bad usage or bad input (nothing written).`;

/** `driftlens baseline REFERENCE`: build and save a baseline. */
export const baselineCommand = {
  name: "baseline",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: workspaceLayout().baselines },
        name: { type: "string" },
        version: { type: "string", default: "v1" },
        force: { type: "boolean", default: false },
        target: { type: "string" },
        prediction: { type: "string" },
        "prediction-proba": { type: "string", multiple: true },
        task: { type: "string" },
        "positive-label": { type: "string" },
        timestamp: { type: "string" },
        text: { type: "string", multiple: true },
        image: { type: "string", multiple: true },
        "text-model": { type: "string" },
        "image-model": { type: "string" },
        categorical: { type: "string", multiple: true },
        "include-column": { type: "string", multiple: true },
        type: { type: "string", multiple: true },
        "sample-cap": { type: "string" },
        seed: { type: "string" },
        where: { type: "string", multiple: true },
        since: { type: "string" },
        "password-file": { type: "string" },
      },
    });
    if (positionals.length !== 1) {
      throw new UsageError(`baseline needs one REFERENCE dataset, got ${positionals.length} arguments. Example: driftlens baseline train.parquet --name credit --version v1`);
    }
    const [reference] = positionals;
    outputPathFlag("out", values.out, "folder");
    const task = values.task === undefined ? undefined : choiceFlag("task", values.task, PERFORMANCE_TASKS);
    if ((task !== undefined || values["positive-label"] !== undefined) && (values.target === undefined || values.prediction === undefined)) {
      throw new UsageError(`--${task !== undefined ? "task" : "positive-label"} describes the model, whose performance is measured only with --target and --prediction; give both, e.g. --target default --prediction predicted.`);
    }
    if (task === "regression" && values["positive-label"] !== undefined) throw new UsageError("--positive-label names the positive class of a classifier; leave it out with --task regression.");
    const name = checkedPathSegment(values.name ?? defaultName(reference), "name");
    const version = checkedPathSegment(values.version, "version");
    const target = join(values.out, name, version);
    if (!values.force && existsSync(target)) throw new DataError(baselineMessages.versionExists(name, version, resolve(target)));
    const source = sourceArgument(reference, values, { ...(values.since === undefined ? {} : { since: values.since }), ...(values.timestamp === undefined ? {} : { timestamp: values.timestamp }) });
    checkTableFlagsUsed(values, [source]);
    if (values.since !== undefined && typeof source === "string") throw new UsageError("--since applies to a database table (clickhouse://… or postgres://…); filter a file before building its baseline.");
    const table = typeof source === "string" ? await readTable(reference, { ...(values.type ? { types: typeFlags(values.type) } : {}) }) : undefined;
    const buildOptions = {
      name,
      version,
      target: values.target,
      prediction: values.prediction,
      predictionProba: namesFlag("prediction-proba", values["prediction-proba"]),
      timestamp: values.timestamp,
      text: namesFlag("text", values.text),
      image: namesFlag("image", values.image),
      categorical: namesFlag("categorical", values.categorical),
      includeColumns: namesFlag("include-column", values["include-column"]),
      ...(task === undefined ? {} : { task }),
      ...(values["positive-label"] === undefined ? {} : { positiveLabel: positiveLabelFlag(values["positive-label"], table, values.target as string, values.categorical) }),
      sampleCap: numberFlag("sample-cap", values["sample-cap"]),
      seed: seedFlag(values.seed),
    };
    const built = table ? buildBaseline(table, buildOptions) : await buildBaselineFromTable(source as TableSource, buildOptions);
    const baseline = await embedReferenceColumns(built, { textModel: values["text-model"], imageModel: values["image-model"] });
    const path = await saveBaseline(baseline, values.out, { force: values.force });
    const { info } = baseline;
    const types = ["numerical", "categorical", "text", "datetime"]
      .map((type) => [type, info.columns.filter((column) => column.type === type).length] as const)
      .filter(([, count]) => count > 0)
      .map(([type, count]) => `${count} ${type}`);
    const sample = info.sample.complete
      ? "exact reference sample"
      : info.sample.selection === "seeded"
      ? `seeded sample of ${countNoun(info.sample.rows, "row")} drawn by the database; profile of all rows`
      : `sample of ${countNoun(info.sample.rows, "row")}; checks use sketches of all rows (approximate)`;
    process.stdout.write(`Baseline ${info.name} ${info.version} · ${countNoun(info.rows, "row")} · ${countNoun(info.columns.length, "column")} (${types.join(", ")}) · ${sample}\n`);
    if (info.performance) process.stdout.write(`${performanceLine(info.performance)}\n`);
    for (const column of info.columns.filter((c) => c.role === "identifier")) {
      process.stdout.write(`Identifier (not tested): ${column.name} — ${column.identifier}. Keep it as a feature with --include-column ${column.name}.\n`);
    }
    process.stdout.write(`Saved to ${shownPath(path)}\n`);
    process.stdout.write(`Check new data against it: driftlens check CURRENT --baseline ${shownPath(path)}\n`);
    return EXIT_OK;
  },
};

/** The file name without its extensions (`train.csv.gz` → `train`), the default baseline name. */
function defaultName(reference: string): string {
  const base = basename(reference.replace(/[\\/]+$/, "")).replace(/\*.*$/, "").replace(/\..*$/, "");
  return base.length > 0 ? base : "baseline";
}

/**
 * The `--positive-label` value as a label of the target: a number for a numerical target (unless
 * made categorical), else the text.
 *
 * @throws {UsageError} when the target has no such value, listing some of its values
 */
function positiveLabelFlag(value: string, table: Table | undefined, target: string, categorical: readonly string[] | undefined): Label {
  const column = table?.columns.find((c) => c.name === target);
  if (!column) return value;
  const asNumber = column.type === "numerical" && !(namesFlag("categorical", categorical) ?? []).includes(target);
  const present = new Set<Label>(
    column.type === "numerical"
      ? Array.from(column.values.filter((v) => !Number.isNaN(v)), (v) => (asNumber ? v : String(v)))
      : column.type === "categorical"
        ? Array.from(new Set(column.codes), (code) => column.dictionary[code]).filter((label) => label !== undefined)
        : [],
  );
  const label = asNumber && value.trim() !== "" ? Number(value) : value;
  if (present.size > 0 && !present.has(label)) {
    const shown = [...present].sort().slice(0, 10).map((v) => `'${v}'`);
    throw new UsageError(`--positive-label '${value}' is not a value of the target column '${target}' (its values: ${shown.join(", ")}${present.size > 10 ? ", …" : ""}). Give one of them.`);
  }
  return label;
}

/** One line on the model's performance on the reference: the task, positive class and headline metrics, or why it was not measured. */
function performanceLine(performance: PerformanceSnapshot | PerformanceUnavailable): string {
  if ("unavailable" in performance) return `Performance: not measured — ${performance.unavailable}`;
  const positive = performance.positiveLabel === undefined ? "" : `, positive class '${performance.positiveLabel}'`;
  const headline = Object.keys(defaultRules(performance.task, (performance.labels?.length ?? 0) <= 2)) as MetricName[];
  const values = headline
    .filter((metric) => typeof performance.metrics.values[metric] === "number")
    .map((metric) => `${METRICS[metric].title} ${Number((performance.metrics.values[metric] as number).toPrecision(3))}`);
  return `Performance (${performance.task}${positive}): ${values.join(", ")}`;
}
