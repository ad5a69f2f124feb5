import { checkIncludeColumns } from "../drift/checkIncludeColumns";
import type { Baseline, BaselineColumn } from "../baseline/baselineInfo";
import { checkSettings } from "./checkSettings";
import { checkMessages } from "./checkMessages";
import type { CheckOptions } from "./checkDrift";
import { comparisonOptions } from "./checkDrift";
import type { CheckColumnResult, CheckReport, ColumnProblem } from "./checkReport";
import { datasetDrift } from "../drift/datasetDrift";
import { driftAlerts } from "./driftAlerts";
import { checkReportCore } from "./checkReportCore";
import { resultsByRole } from "./resultsByRole";
import { notTestedColumns } from "./notTestedColumns";
import type { Table } from "../data/table";
import type { SkippedColumn } from "../drift/driftReport";
import { messages } from "../messages";
import { UsageError } from "../errors";
import { readBaselineSample } from "../baseline/readBaselineSample";
import { compareSides } from "../summary/compareSides";
import type { ComparisonSide, SummaryOptions } from "../summary/summarizedColumns";
import { sideColumnTypes } from "../summary/summarizedColumns";

const TESTED_ROLES = new Set(["feature", "target", "prediction", "predictionProba"]);

/**
 * A check of a summarised side (a database table, or data files over the sample cap) against a
 * baseline: the baseline's reference sample is tested against counts made where the data lives,
 * with the same tests, thresholds, settings and alerts as `checkDrift`. Windows and the model's
 * performance need every row and are not computed here (the report's warnings say so).
 *
 * @throws {UsageError} when the baseline's sample was not loaded
 */
export async function checkOnSummaries(baseline: Baseline, current: ComparisonSide, options: CheckOptions & SummaryOptions): Promise<CheckReport> {
  const started = performance.now();
  const { monitoring, settings } = await checkSettings(options);
  const { info } = baseline;
  const baselineName = `${info.name}/${info.version}`;
  // A baseline beyond its sample cap loads without its sample (checks of rows test its sketches);
  // against summaries its uniform sample is the reference side, read here from its folder.
  const referenceSample = baseline.sample ?? (baseline.path === undefined ? null : await readBaselineSample(info, baseline.path));
  if (!referenceSample) throw new UsageError(checkMessages.sampleNotLoaded(baselineName));
  const currentTypes = sideColumnTypes(current);
  const where = `the current data (${current.kind === "rows" ? current.table.source : current.engine.label})`;

  const tested: BaselineColumn[] = [];
  const problems: ColumnProblem[] = [];
  const skipped: SkippedColumn[] = [];
  const include = options.includeColumns ?? [];
  checkIncludeColumns(include, info.columns.map((column) => column.name));
  for (const column of info.columns.filter((c) => !options.columns || options.columns.includes(c.name))) {
    // An identifier-like column is left out with its reason unless the user includes it (it then counts as a feature).
    if (column.role === "identifier" && !include.includes(column.name)) {
      skipped.push({ column: column.name, type: column.type, reason: messages.identifierExcluded(column.name, column.identifier ?? "the baseline gave it the identifier role"), role: "identifier" });
      continue;
    }
    if (!TESTED_ROLES.has(column.role) && column.role !== "identifier") {
      skipped.push({ column: column.name, type: column.type, reason: column.role === "timestamp" ? messages.columnSkipped("datetime") : checkMessages.roleNotTested(column.role as "text" | "image") });
      continue;
    }
    if (!currentTypes.has(column.name)) {
      if (column.role === "target") skipped.push({ column: column.name, type: column.type, reason: checkMessages.targetNotLabelled() });
      else problems.push({ column: column.name, kind: "missing", baselineType: column.type, message: checkMessages.columnMissing(column.name, where, baselineName) });
      continue;
    }
    const currentType = currentTypes.get(column.name);
    if (currentType === undefined) {
      skipped.push({ column: column.name, type: column.type, reason: `its database type in ${where} is not one driftlens tests` });
      continue;
    }
    if (currentType !== column.type) {
      problems.push({ column: column.name, kind: "typeChanged", baselineType: column.type, currentType, message: messages.columnTypeMismatch(column.name, column.type, `baseline ${baselineName}`, currentType, where) });
      continue;
    }
    if (column.type === "numerical" || column.type === "categorical") tested.push(column);
    else skipped.push({ column: column.name, type: column.type, reason: messages.columnSkipped(column.type) });
  }
  const names = tested.map((column) => column.name);
  const sample: Table = { ...referenceSample, source: `baseline ${baselineName}`, columns: referenceSample.columns.filter((column) => names.includes(column.name)) };
  const base = await compareSides({ kind: "rows", table: sample }, current, { ...comparisonOptions(options, tested, settings), ...summaryOptions(options), columns: names });

  const roleOf = new Map(tested.map((column) => [column.name, column.role === "identifier" ? "feature" : column.role]));
  const results: readonly CheckColumnResult[] = base.columns;
  const { features, target, prediction } = resultsByRole(results, (column) => roleOf.get(column));
  const dataset = datasetDrift(features, base.dataset.driftShare, { columns: notTestedColumns(problems, base.skipped), minTestedShare: base.dataset.minTestedShare });
  const warnings = [...base.warnings];
  if (!info.sample.complete) warnings.push(checkMessages.referenceFromSample(info.sample.rows, info.rows, info.sample.selection));
  if (options.window !== undefined) warnings.push("Windows are not computed when the current data is summarised where it lives; check a time range with --since instead.");
  if (info.performance !== undefined && !("unavailable" in info.performance)) warnings.push("The model's performance is not checked when the current data is summarised where it lives (it needs every row).");
  if (options.checkMultivariate !== false) warnings.push("Multivariate drift is not checked when the current data is summarised where it lives (it needs every row): the verdict is the columns' alone.");
  if (options.checkQuality !== false) warnings.push("The data-quality checks against the baseline are not run when the current data is summarised where it lives.");
  return {
    ...checkReportCore(base, baseline, { dataset, features, target, prediction, skipped }),
    columnProblems: problems,
    extraColumns: [...currentTypes.keys()].filter((name) => !info.columns.some((column) => column.name === name)),
    alerts: driftAlerts({ dataset, features, target, prediction, problems, criticalThreshold: settings.criticalThreshold }),
    monitoring,
    warnings,
    durationMs: performance.now() - started,
  };
}

function summaryOptions(options: SummaryOptions): SummaryOptions {
  return {
    ...(options.distinctCap === undefined ? {} : { distinctCap: options.distinctCap }),
    ...(options.gridCells === undefined ? {} : { gridCells: options.gridCells }),
    ...(options.rawSampleRows === undefined ? {} : { rawSampleRows: options.rawSampleRows }),
  };
}
