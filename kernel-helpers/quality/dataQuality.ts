import { columnHasValues } from "../data/columnHasValues";
import type { Baseline, BaselineColumn } from "../baseline/baselineInfo";
import type { Column, Table } from "../data/table";
import type { QualityCondition, QualityConditionInput, QualityConditions, QualityTestName } from "./qualityConditions";
import { conditionText, meetsCondition } from "./qualityConditions";
import { qualityMessages } from "./qualityMessages";
import { formatCount } from "../formatCount";

/** One data-quality test: its value against its condition. */
export interface QualityTestResult {
  readonly test: QualityTestName;
  /** The column, for column tests. */
  readonly column?: string;
  /** "not tested" says why in `description` — never a pass for something not tested. */
  readonly status: "pass" | "fail" | "not tested";
  readonly value?: number;
  /** The value on the reference, where the test has one (a share, a count). */
  readonly reference?: number;
  readonly condition: QualityCondition;
  /** "default" when derived from the baseline, "config" when set in `driftlens.config.json` or options. */
  readonly conditionFrom: "default" | "config";
  /** The alert level of a failure. */
  readonly severity: "WARNING" | "CRITICAL";
  readonly description: string;
}

/** The data-quality part of a check. */
export interface DataQuality {
  readonly tests: readonly QualityTestResult[];
  readonly passed: number;
  readonly failed: number;
  readonly notTested: number;
}

/** Slack added to the reference's share in the default missing and out-of-list conditions (1 point). */
const SLACK = 0.01;

/**
 * Data-quality tests of current data against a baseline, as Evidently's test suites with a
 * reference: each yields pass or fail against a condition — the one given in `conditions`
 * (`driftlens.config.json` `quality`, or options), else a default derived from the baseline:
 * - TestNumberOfRows: ≥ `minSamples` rows (Evidently's ±10% of the reference rows does not fit
 *   monitoring, where batches are smaller than the reference);
 * - TestNumberOfColumns: = the baseline's column count;
 * - TestColumnsType: no shared column with another type (value: how many have one);
 * - TestMissingColumns (CRITICAL) and TestNewColumns: none (value: how many);
 * - TestShareOfMissingValues and TestColumnShareOfMissingValues: ≤ 2 × the reference's share + 1 point;
 * - TestShareOfOutRangeValues (numerical): the share of values outside the reference's [min, max]
 *   ≤ 1 point + 2 × 2/(n + 1) (2/(n + 1) is the share a fresh sample puts outside the range of n values);
 * - TestShareOfOutListValues (categorical): the share of values not in the reference's category
 *   list ≤ 1 point.
 * A failure is an alert at the test's severity (WARNING unless set; CRITICAL for missing columns).
 * The column-count tests leave out what production data lacks or adds by design: the baseline's
 * target when the current data has no labels yet (the drift check calls it "not labelled", not
 * missing), and `sourceColumns`, columns the data source writes itself (a log folder's request
 * id, time, prediction and label) when the baseline does not have them.
 * Cost: O(rows · columns).
 *
 * @example dataQuality(baseline, today, { TestNumberOfRows: { gte: 1000 } }, 100).failed // 0
 */
export function dataQuality(baseline: Baseline, current: Table, conditions: QualityConditions = {}, minSamples = 100, sourceColumns: readonly string[] = []): DataQuality {
  const { info } = baseline;
  const tests: QualityTestResult[] = [];
  const byName = new Map(current.columns.map((column) => [column.name, column]));
  const present = info.columns.filter((column) => byName.has(column.name));
  const unlabelled = info.columns.filter((column) => column.role === "target" && !byName.has(column.name)).map((column) => column.name);
  const missing = info.columns.filter((column) => !byName.has(column.name) && column.role !== "target").map((column) => column.name);
  const baselineNames = new Set(info.columns.map((column) => column.name));
  const bookkeeping = current.columns.filter((column) => !baselineNames.has(column.name) && sourceColumns.includes(column.name)).map((column) => column.name);
  const extra = current.columns.filter((column) => !baselineNames.has(column.name) && !bookkeeping.includes(column.name)).map((column) => column.name);
  const leftOut = [
    ...(bookkeeping.length > 0 ? [`the source's own ${bookkeeping.map((n) => `'${n}'`).join(", ")} not counted`] : []),
    ...(unlabelled.length > 0 ? [`target ${unlabelled.map((n) => `'${n}'`).join(", ")} not labelled yet`] : []),
  ];
  // A column left empty reads as text whatever it held: its missing share says so, not a changed type.
  const retyped = present.filter((column) => (byName.get(column.name) as Column).type !== typeOfCurrent(column) && columnHasValues(byName.get(column.name) as Column));

  const add = (test: QualityTestName, value: number | undefined, fallback: QualityCondition, description: string, extraFields: { column?: string; reference?: number; defaultSeverity?: "WARNING" | "CRITICAL" } = {}): void => {
    const given = conditionFor(conditions[test], extraFields.column);
    if (given === false) return;
    const condition = given ?? fallback;
    const severity = condition.severity ?? extraFields.defaultSeverity ?? "WARNING";
    const status = value === undefined ? "not tested" : meetsCondition(value, condition) ? "pass" : "fail";
    tests.push({
      test,
      ...(extraFields.column !== undefined ? { column: extraFields.column } : {}),
      status,
      ...(value !== undefined ? { value } : {}),
      ...(extraFields.reference !== undefined ? { reference: extraFields.reference } : {}),
      condition: stripSeverity(condition),
      conditionFrom: given ? "config" : "default",
      severity,
      description: value === undefined ? description : `${description}: ${formatValue(value)} (condition ${conditionText(condition)})`,
    });
  };

  add("TestNumberOfRows", current.rowCount, { gte: minSamples }, "rows in the current data", { reference: info.rows });
  add("TestNumberOfColumns", current.columns.length - bookkeeping.length, { eq: info.columns.length - unlabelled.length }, `columns in the current data${leftOut.length > 0 ? ` (${leftOut.join("; ")})` : ""}`, { reference: info.columns.length });
  add("TestColumnsType", retyped.length, { eq: 0 }, retyped.length === 0 ? "columns whose type differs from the baseline" : `columns whose type differs from the baseline (${retyped.map((c) => `'${c.name}' ${typeOfCurrent(c)} → ${(byName.get(c.name) as Column).type}`).join(", ")})`);
  add("TestMissingColumns", missing.length, { eq: 0 }, missing.length === 0 ? "baseline columns missing from the current data" : `baseline columns missing from the current data (${missing.map((n) => `'${n}'`).join(", ")})`, { defaultSeverity: "CRITICAL" });
  add("TestNewColumns", extra.length, { eq: 0 }, extra.length === 0 ? "columns the baseline does not have" : `columns the baseline does not have (${extra.map((n) => `'${n}'`).join(", ")})`);

  let referenceMissing = 0;
  let referenceCells = 0;
  let currentMissing = 0;
  for (const column of present) {
    const referenceShare = missingShareOf(column);
    referenceMissing += referenceShare.missing;
    referenceCells += referenceShare.cells;
    currentMissing += missingCells(byName.get(column.name) as Column);
  }
  const currentCells = present.length * current.rowCount;
  const overallReference = referenceCells > 0 ? referenceMissing / referenceCells : 0;
  add("TestShareOfMissingValues", currentCells > 0 ? currentMissing / currentCells : undefined, { lte: 2 * overallReference + SLACK }, currentCells > 0 ? "share of missing cells over the baseline's columns" : "not tested: no row or no baseline column in the current data", { reference: overallReference });

  for (const column of present) {
    const currentColumn = byName.get(column.name) as Column;
    const referenceShare = missingShareOf(column);
    const share = referenceShare.cells > 0 ? referenceShare.missing / referenceShare.cells : 0;
    add("TestColumnShareOfMissingValues", current.rowCount > 0 ? missingCells(currentColumn) / current.rowCount : undefined, { lte: 2 * share + SLACK }, current.rowCount > 0 ? `share of missing values in '${column.name}'` : "not tested: the current data has no row", { column: column.name, reference: share });
    const changed = retyped.includes(column);
    if (column.type === "numerical" && column.profile.min !== null && column.profile.max !== null) {
      const { min, max, count } = column.profile;
      const share = changed ? undefined : outOfRangeShare(currentColumn, min, max);
      add("TestShareOfOutRangeValues", share, { lte: SLACK + 4 / (count + 1) }, changed ? qualityMessages.typeChanged(column.name) : share === undefined ? qualityMessages.noValues(column.name) : `share of '${column.name}' values outside the reference range [${formatValue(min)}, ${formatValue(max)}]`, { column: column.name });
    }
    if (column.type === "categorical") {
      const list = categoryList(baseline, column);
      const share = changed || list === undefined ? undefined : outOfListShare(currentColumn, list);
      add("TestShareOfOutListValues", share, { lte: SLACK }, changed ? qualityMessages.typeChanged(column.name) : list === undefined ? qualityMessages.noCategoryList(column.name) : share === undefined ? qualityMessages.noValues(column.name) : `share of '${column.name}' values not in the reference's ${list.size} categories${newLabels(currentColumn, list)}`, { column: column.name });
    }
  }
  return { tests, passed: tests.filter((t) => t.status === "pass").length, failed: tests.filter((t) => t.status === "fail").length, notTested: tests.filter((t) => t.status === "not tested").length };
}

function conditionFor(input: QualityConditionInput | undefined, column: string | undefined): QualityCondition | false | undefined {
  if (input === false) return false;
  if (input === undefined) return undefined;
  const { columns, ...condition } = input;
  const own = column === undefined ? undefined : columns?.[column];
  if (own) return own;
  return Object.keys(condition).some((key) => key !== "severity") ? condition : undefined;
}

function stripSeverity(condition: QualityCondition): QualityCondition {
  const { severity: _severity, ...bounds } = condition;
  return bounds;
}

/** The type a baseline column has in raw data: a converted column is compared as its source type. */
function typeOfCurrent(column: BaselineColumn): Column["type"] {
  return column.convertedFrom ?? column.type;
}

function missingShareOf(column: BaselineColumn): { missing: number; cells: number } {
  const profile = column.profile;
  const nonFinite = "nonFinite" in profile ? profile.nonFinite : 0;
  return { missing: profile.missing, cells: profile.count + profile.missing + nonFinite };
}

function missingCells(column: Column): number {
  let missing = 0;
  if (column.type === "categorical") {
    for (const code of column.codes) if (code < 0) missing++;
  } else if (column.type === "text") {
    for (const value of column.values) if (value === null) missing++;
  } else {
    for (const value of column.values) if (Number.isNaN(value)) missing++;
  }
  return missing;
}

function outOfRangeShare(column: Column, min: number, max: number): number | undefined {
  if (column.type !== "numerical") return undefined;
  let count = 0;
  let outside = 0;
  for (const value of column.values) {
    if (Number.isNaN(value)) continue;
    count++;
    if (value < min || value > max) outside++;
  }
  return count === 0 ? undefined : outside / count;
}

/** The reference's categories: stored in the profile, else complete in `top`, else from a complete sample. */
function categoryList(baseline: Baseline, column: BaselineColumn & { type: "categorical" }): Set<string> | undefined {
  if (column.profile.categories) return new Set(column.profile.categories);
  if (column.profile.top.length >= column.profile.distinct) return new Set(column.profile.top.map((item) => item.value));
  const sample = baseline.info.sample.complete ? baseline.sample?.columns.find((c) => c.name === column.name) : undefined;
  if (sample?.type !== "categorical") return undefined;
  const used = new Set<string>();
  for (const code of sample.codes) if (code >= 0) used.add(sample.dictionary[code]);
  return used;
}

function outOfListShare(column: Column, list: ReadonlySet<string>): number | undefined {
  if (column.type !== "categorical") return undefined;
  const known = column.dictionary.map((label) => list.has(label));
  let count = 0;
  let outside = 0;
  for (const code of column.codes) {
    if (code < 0) continue;
    count++;
    if (!known[code]) outside++;
  }
  return count === 0 ? undefined : outside / count;
}

/** " (new: 'islands', 'overseas')" — the first few labels the reference never had. */
function newLabels(column: Column, list: ReadonlySet<string>): string {
  if (column.type !== "categorical") return "";
  const used = new Set<number>();
  for (const code of column.codes) if (code >= 0) used.add(code);
  const fresh = [...used].map((code) => column.dictionary[code]).filter((label) => !list.has(label));
  if (fresh.length === 0) return "";
  return ` (new: ${fresh.slice(0, 5).map((label) => `'${label}'`).join(", ")}${fresh.length > 5 ? `, … ${fresh.length - 5} more` : ""})`;
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return formatCount(value);
  return Math.abs(value) < 1 ? value.toFixed(4) : Number(value.toPrecision(6)).toString();
}
