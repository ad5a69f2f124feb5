import type { Column, Table } from "../data/table";
import { checkSettings } from "./checkSettings";
import { toTable } from "../data/toTable";
import { DEFAULT_SAMPLE_CAP } from "../baseline/baselineInfo";
import { checkOnSummaries } from "./checkOnSummaries";
import type { SummaryOptions } from "../summary/summarizedColumns";
import type { SideOptions, SourceInput } from "../summary/withComparisonSide";
import { isLargeInput, withComparisonSide } from "../summary/withComparisonSide";
import type { TableInput } from "../data/toTable";
import type { MonitoringSettings, MonitoringSettingsInput } from "../config/monitoringSettings";
import type { CompareOptions } from "../drift/compareOptions";
import { tableColumnSource } from "../data/columnSource";
import { compareSources } from "../drift/compareSources";
import { chosenMethod } from "../drift/compareTables";
import { DataError, UsageError } from "../errors";
import type { PerformanceCheck } from "../performance/checkPerformance";
import { checkPerformance } from "../performance/checkPerformance";
import type { DegradationRules } from "../performance/degradationRules";
import { performanceAlerts } from "../performance/performanceAlerts";
import { fitDle, lossModelOf } from "../performance/directLossEstimation";
import { performanceMessages } from "../performance/performanceMessages";
import type { LossModel } from "../performance/lossModel";
import type { PerformanceUnavailable } from "../performance/performanceSnapshot";
import { alignColumns } from "./alignColumns";
import type { AlignedColumns } from "./alignColumns";
import { checkMessages } from "./checkMessages";
import type { Baseline, BaselineColumn } from "../baseline/baselineInfo";
import type { CheckColumnResult, CheckReport, DriftAlert } from "./checkReport";
import type { CheckEmbeddingsOptions } from "./checkReferenceEmbeddings";
import { checkReferenceEmbeddings } from "./checkReferenceEmbeddings";
import { checkWindows } from "./checkWindows";
import { checkMultivariate, multivariateAlerts } from "./checkMultivariate";
import { dataQuality } from "../quality/dataQuality";
import { qualityAlerts } from "./qualityAlerts";
import { datasetDrift } from "../drift/datasetDrift";
import { driftAlerts } from "./driftAlerts";
import { checkReportCore } from "./checkReportCore";
import { resultsByRole } from "./resultsByRole";
import { notTestedColumns } from "./notTestedColumns";
import { lumpCategories, sketchReference } from "../baseline/sketchReference";
import { takeRows } from "../data/takeRows";
import { toCategoricalColumn } from "../baseline/toCategoricalColumn";
import { toTimestampColumn } from "../baseline/toTimestampColumn";
import type { WindowSpec } from "../windows/windowSpec";
import { parseWindowSpec } from "../windows/windowSpec";
import { checkBaselineArgument } from "../arguments/checkBaselineArgument";
import { checkOptionsArgument } from "../arguments/checkOptionsArgument";
import { checkTableInputArgument } from "../arguments/checkTableInputArgument";
import { DEFAULT_SEED } from "../stats/random";

/**
 * Options of a check against a baseline: those of a comparison (methods, thresholds,
 * correction, drift share, seed; `columns` picks baseline columns), the monitoring settings
 * (which win over `driftlens.config.json`, environment variables and defaults; performance alert
 * rules among them), and windows.
 */
export interface CheckOptions extends Omit<CompareOptions, "types" | "severityBands">, MonitoringSettingsInput {
  /**
   * Check each window apart as well: `{ hours: 1 }` (hourly), `{ hours: 24 }` (daily) over the
   * baseline's timestamp column, or `{ rows: N }`; or written as "1h", "1d", "N". Default: none.
   */
  readonly window?: WindowSpec | string;
  /** Check only the last `analysisWindowHours` of the current rows (by the timestamp column), as for a log folder. Default false. */
  readonly recentOnly?: boolean;
  /** A config file to read instead of `./driftlens.config.json`; `false` for none. */
  readonly configFile?: string | false;
  /** Folder searched for `driftlens.config.json`. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Environment variables to read settings from. Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Text and image columns with reference embeddings in the baseline: the embedding drift method
   * and its settings, and other models (same dimension) — see `checkReferenceEmbeddings`.
   * Default: MMD with the baseline's models.
   */
  readonly embeddings?: CheckEmbeddingsOptions;
  /** Check multivariate drift (`checkMultivariate`; settings in `multivariate`). Default true; the CLI's `--no-multivariate` sets false. */
  readonly checkMultivariate?: boolean;
  /** Run the data-quality tests (`dataQuality`; conditions in `quality`). Default true; the CLI's `--no-quality` sets false. */
  readonly checkQuality?: boolean;
  /**
   * Columns the data source writes itself, not the model's data (a log folder's request id, time,
   * prediction and label columns): when the baseline lacks them, TestNumberOfColumns and
   * TestNewColumns leave them out. Default none (`checkLogFolder` names the logger's).
   */
  readonly sourceColumns?: readonly string[];
}

/**
 * Checks current data — a `Table`, a file path, records, or anything `toTable` takes — against a
 * baseline and returns a `CheckReport`: column drift with
 * Evidently's tests (via `compareTables`, so while the baseline holds every reference row the
 * numbers are exactly those of `compareDatasets(reference, current)`; beyond its sample cap the
 * reference side comes from the sketches and results are flagged approximate), the dataset drift
 * score over the features, target and prediction drift shown apart, severity under the configured
 * bands, alerts (CRITICAL at a drift score ≥ `criticalThreshold`), per-window results when asked,
 * and the settings in force. When the baseline holds a performance snapshot (built with a target
 * and a prediction), the model's performance too: measured on rows with labels, estimated on rows
 * without (CBPE for classifiers, DLE for regression), per window, with Page-Hinkley and ADWIN
 * change points and degradation alerts. Multivariate drift over the features (`checkMultivariate`)
 * and data-quality tests against the baseline (`dataQuality`) run too unless turned off, each
 * failure or drift an alert.
 *
 * Data problems do not throw: a baseline column missing from the current data, with another
 * type, or without values is reported in `columnProblems` (with a WARNING alert), and columns the
 * baseline lacks in `extraColumns`.
 * Cost: one `compareTables` (plus one per window).
 *
 * @example
 * const report = await checkDrift(await loadBaseline(".driftlens/baselines/credit/v1"), todayTable, { window: "1h" });
 * report.alerts // [{ level: "CRITICAL", kind: "dataset-drift", message: "…" }, …]
 * @throws {UsageError} for bad options or settings (unknown method, column not in the baseline,
 *   windows by time without a timestamp column)
 * @throws {DataError} for timestamps that do not parse, or a config file that is not JSON
 */
export async function checkDrift(baseline: Baseline, currentInput: SourceInput, options: CheckOptions & SummaryOptions & Pick<SideOptions, "sampleCap"> = {}): Promise<CheckReport> {
  checkBaselineArgument(baseline, "checkDrift", "baseline");
  checkOptionsArgument(options, "checkDrift");
  if (await isLargeInput(currentInput, options.sampleCap ?? DEFAULT_SAMPLE_CAP)) {
    return withComparisonSide(currentInput, { ...(options.sampleCap === undefined ? {} : { sampleCap: options.sampleCap }), ...(options.env ? { env: options.env } : {}) }, (side) =>
      side.kind === "rows" ? checkDrift(baseline, side.table, options) : checkOnSummaries(baseline, side, options),
    );
  }
  const started = performance.now();
  checkTableInputArgument(currentInput, "checkDrift", "current");
  const current = await toTable(currentInput as TableInput);
  const { monitoring, settings } = await checkSettings(options);
  const { info } = baseline;
  const window = typeof options.window === "string" ? parseWindowSpec(options.window) : options.window;
  if (window && "hours" in window) requireTimestamp(baseline, current, "window");

  let analysisWindow: CheckReport["analysisWindow"];
  let data = current;
  if (options.recentOnly) {
    const name = requireTimestamp(baseline, current, "recent");
    const column = current.columns.find((c) => c.name === name) as Column;
    const recent = recentRows(toTimestampColumn(column, `the current data (${current.source})`).values, settings.analysisWindowHours);
    if (recent === undefined) throw new DataError(checkMessages.noTimestampValues(name, current.source));
    data = takeRows(current, recent.rows);
    analysisWindow = { hours: settings.analysisWindowHours, from: new Date(recent.from).toISOString(), to: new Date(recent.to).toISOString(), rowsKept: recent.rows.length, rowsLeftOut: current.rowCount - recent.rows.length };
  }

  const aligned = alignColumns(info, data, options.columns, options.includeColumns);
  const { reference, current: currentColumns, approximate } = referenceSide(baseline, aligned);

  const compareOptions = comparisonOptions(options, aligned.tested, settings);
  const base = await compareSources(tableColumnSource(reference), tableColumnSource(currentColumns), compareOptions);
  const byName = new Map(aligned.tested.map((column) => [column.name, column]));
  const results = base.columns.map((result): CheckColumnResult => {
    if (info.sample.complete || info.sample.selection === "seeded") return result;
    const profile = (byName.get(result.column) as BaselineColumn).profile;
    const nonFinite = "nonFinite" in profile ? profile.nonFinite : 0;
    return { ...result, reference: { count: profile.count, missing: profile.missing, nonFinite }, approximate: true };
  });
  // An identifier column tested anyway (`includeColumns`) counts as a feature.
  const roleOf = (name: string) => {
    const role = (byName.get(name) as BaselineColumn).role;
    return role === "identifier" ? "feature" : role;
  };
  const { features, target, prediction } = resultsByRole(results, roleOf);
  const embeddingCheck = await checkReferenceEmbeddings(baseline, data, { seed: options.seed, ...options.embeddings });
  const notTested = notTestedColumns(aligned.problems, base.skipped);
  const dataset = datasetDrift([...features, ...embeddingCheck.sections], base.dataset.driftShare, { columns: notTested, minTestedShare: base.dataset.minTestedShare });

  const modelCheck = modelPerformance(baseline, data, { window, timestamps: aligned.timestamp?.values, minSamples: settings.minSamples, rules: settings.performanceRules, seed: options.seed });


  const multivariate =
    options.checkMultivariate === false
      ? undefined
      : checkMultivariate(baseline, aligned.current, { features: features.map((f) => f.column), settings: settings.multivariate, ...(window ? { window } : {}), ...(aligned.timestamp ? { timestamps: aligned.timestamp.values } : {}), minSamples: settings.minSamples, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const quality = options.checkQuality === false ? undefined : dataQuality(baseline, data, settings.quality, settings.minSamples, options.sourceColumns);

  const windows = window
    ? checkWindows({ spec: window, reference, current: currentColumns, timestamps: aligned.timestamp?.values, timestampColumn: info.roles.timestamp, features: new Set(features.map((f) => f.column)), compareOptions, settings })
    : undefined;

  return {
    ...checkReportCore(base, baseline, { dataset, features, target, prediction, skipped: aligned.skipped }),
    settings: { ...withoutIncluded(base.settings), ...(options.includeColumns?.length ? { includeColumns: [...options.includeColumns] } : {}) },
    columnProblems: aligned.problems,
    extraColumns: aligned.extra,
    alerts: withPerformanceAlerts([...driftAlerts({ dataset, features, target, prediction, problems: aligned.problems, criticalThreshold: settings.criticalThreshold }), ...multivariateAlerts(multivariate), ...qualityAlerts(quality)], modelCheck),
    ...(approximate ? { approximate } : {}),
    ...(analysisWindow ? { analysisWindow } : {}),
    ...(windows ? { windows } : {}),
    ...(modelCheck ? { performance: modelCheck } : {}),
    monitoring,
    ...(embeddingCheck.sections.length > 0 ? { embeddings: embeddingCheck.sections } : {}),
    ...(multivariate ? { multivariate } : {}),
    ...(quality ? { quality } : {}),
    warnings: [...base.warnings, ...embeddingCheck.warnings],
    durationMs: performance.now() - started,
  };
}

/**
 * The model's performance on the current data against the baseline's snapshot, when the baseline
 * has one and the current data has the prediction column (a missing one is already a column
 * problem). Columns the baseline converted to categorical are converted the same way. Data that
 * cannot be scored is reported as unavailable, not thrown.
 */
function modelPerformance(
  baseline: Baseline,
  table: Table,
  options: { window?: WindowSpec; timestamps?: Float64Array; minSamples: number; rules?: DegradationRules; seed?: number },
): PerformanceCheck | PerformanceUnavailable | undefined {
  const snapshot = baseline.info.performance;
  if (snapshot === undefined) return undefined;
  if ("unavailable" in snapshot) return { unavailable: `the baseline has no performance snapshot: ${snapshot.unavailable}` };
  if (!table.columns.some((column) => column.name === snapshot.prediction)) return undefined;
  const roleColumns = new Set([snapshot.target, snapshot.prediction, ...(snapshot.predictionProba ?? [])]);
  const byName = new Map(baseline.info.columns.map((column) => [column.name, column]));
  const columns = table.columns.map((column) => {
    const described = byName.get(column.name);
    return roleColumns.has(column.name) && described?.type === "categorical" && described.convertedFrom === column.type ? toCategoricalColumn(column) : column;
  });
  try {
    const scored = { ...table, columns };
    const loss = snapshot.task === "regression" ? regressionLossModel(baseline, scored, options.seed) : undefined;
    const lossModel = loss === undefined ? {} : "unavailable" in loss ? { lossModelUnavailable: loss.unavailable } : { lossModel: loss };
    return checkPerformance(snapshot, scored, { ...options, ...(options.window ? { window: options.window } : {}), ...lossModel });
  } catch (error) {
    if (error instanceof DataError) return { unavailable: error.message };
    throw error;
  }
}

/**
 * DLE's expected loss per current row for a regression model: models of the loss fitted on the
 * baseline's sample (its features and the prediction). Without a sample, or when the reference
 * has too few labelled rows or the current data lacks a feature, why there is none (the report
 * shows it where the estimate would be).
 */
function regressionLossModel(baseline: Baseline, table: Table, seed?: number): LossModel | { readonly unavailable: string } | undefined {
  const snapshot = baseline.info.performance;
  if (snapshot === undefined || "unavailable" in snapshot) return undefined;
  if (!baseline.sample) return { unavailable: performanceMessages.dleNoSample() };
  const features = baseline.info.columns.filter((column) => column.role === "feature" && (column.type === "numerical" || column.type === "categorical")).map((column) => column.name);
  try {
    const fit = fitDle(baseline.sample, { target: snapshot.target, prediction: snapshot.prediction, features }, seed ?? DEFAULT_SEED);
    for (const encoded of fit.encoding.columns) {
      const found = table.columns.find((column) => column.name === encoded.name);
      if (found?.type !== encoded.type) return { unavailable: performanceMessages.dleColumn(encoded.name, encoded.type, table.source, found?.type) };
    }
    return lossModelOf(fit, table);
  } catch (error) {
    if (error instanceof DataError || error instanceof UsageError) return { unavailable: `no estimate without labels: ${error.message}` };
    throw error;
  }
}

/** The drift alerts and the performance alerts together, CRITICAL first (order kept otherwise). */
function withPerformanceAlerts(alerts: DriftAlert[], performance: PerformanceCheck | PerformanceUnavailable | undefined): DriftAlert[] {
  if (performance === undefined) return alerts;
  const extra: DriftAlert[] =
    "unavailable" in performance
      ? performance.unavailable.startsWith("the baseline has no performance snapshot")
        ? []
        : [{ level: "WARNING", kind: "performance-problem", message: `model performance not measured: ${performance.unavailable}` }]
      : performanceAlerts(performance);
  return [...alerts, ...extra].sort((a, b) => (a.level === b.level ? 0 : a.level === "CRITICAL" ? -1 : 1));
}

/**
 * The two sides of the tests: the exact sample and the aligned current data while the baseline
 * holds every reference row; beyond its cap, the stand-in built from the sketches and the current
 * data with the categories the sketches dropped lumped together.
 */
function referenceSide(baseline: Baseline, aligned: AlignedColumns): { reference: Table; current: Table; approximate?: CheckReport["approximate"] } {
  const { info } = baseline;
  if (info.sample.complete || info.sample.selection === "seeded") {
    if (!baseline.sample) throw new UsageError(checkMessages.sampleNotLoaded(`${info.name}/${info.version}`));
    return { reference: baseline.sample, current: aligned.current };
  }
  const sketched = sketchReference(info, aligned.tested);
  const columns = aligned.current.columns.map((column) => {
    const kept = sketched.keptLabels.get(column.name);
    return kept && column.type === "categorical" ? lumpCategories(column, kept) : column;
  });
  return {
    reference: sketched.table,
    current: { ...aligned.current, columns },
    approximate: { reason: checkMessages.approximateReason(info.rows, info.sample.cap), rankErrorBound: sketched.rankErrorBound },
  };
}

/** The compare options of a check: the tested columns, and `psiThreshold` for columns tested with `psi` (unless a threshold is given). */
export function comparisonOptions(options: CheckOptions, tested: readonly BaselineColumn[], settings: MonitoringSettings): CompareOptions {
  const psiThresholds: Record<string, number> = Object.create(null);
  if (options.threshold === undefined) {
    for (const column of tested) {
      if (chosenMethod(column.name, column.type, options) === "psi") psiThresholds[column.name] = settings.psiThreshold;
    }
  }
  return {
    ...(options.method === undefined ? {} : { method: options.method }),
    ...(options.numericalMethod === undefined ? {} : { numericalMethod: options.numericalMethod }),
    ...(options.categoricalMethod === undefined ? {} : { categoricalMethod: options.categoricalMethod }),
    ...(options.columnMethods === undefined ? {} : { columnMethods: options.columnMethods }),
    ...(options.minTestedShare === undefined ? {} : { minTestedShare: options.minTestedShare }),
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    columnThresholds: { ...psiThresholds, ...options.columnThresholds },
    ...(options.driftShare === undefined ? {} : { driftShare: options.driftShare }),
    ...(options.correction === undefined ? {} : { correction: options.correction }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    severityBands: settings.severityBands,
    columns: tested.map((column) => column.name),
    // The baseline decided which columns are identifiers (alignColumns left out those not included).
    includeColumns: tested.map((column) => column.name),
    ...(options.memoryBudget === undefined ? {} : { memoryBudget: options.memoryBudget }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
}

/** The settings of the comparison without its `includeColumns` (every tested column, see comparisonOptions). */
function withoutIncluded(settings: CheckReport["settings"]): CheckReport["settings"] {
  const { includeColumns: _tested, ...rest } = settings;
  return rest;
}

/** The timestamp column's name, or a `UsageError` saying why windows by time cannot be made. */
function requireTimestamp(baseline: Baseline, current: Table, purpose: "window" | "recent"): string {
  const name = baseline.info.roles.timestamp;
  if (name === undefined) throw new UsageError(checkMessages.noTimestampRole(`${baseline.info.name}/${baseline.info.version}`, purpose));
  if (!current.columns.some((column) => column.name === name)) throw new UsageError(checkMessages.timestampNotInCurrent(name, current.source, purpose));
  return name;
}

/** Rows whose timestamp lies within `hours` of the latest one; `undefined` when no row has a timestamp. */
function recentRows(timestamps: Float64Array, hours: number): { rows: Int32Array; from: number; to: number } | undefined {
  let latest = -Infinity;
  for (let i = 0; i < timestamps.length; i++) if (timestamps[i] > latest) latest = timestamps[i];
  if (latest === -Infinity) return undefined;
  const from = latest - hours * 3_600_000;
  const kept: number[] = [];
  for (let i = 0; i < timestamps.length; i++) if (timestamps[i] >= from) kept.push(i);
  return { rows: Int32Array.from(kept), from, to: latest };
}
