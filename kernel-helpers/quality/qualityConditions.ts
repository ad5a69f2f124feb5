import { UsageError } from "../errors";
import { qualityMessages } from "./qualityMessages";
import { formatCount } from "../formatCount";

/** The data-quality tests, under Evidently's names where it has them (the new/missing-column tests are driftlens'). */
export const QUALITY_TESTS = [
  "TestNumberOfRows",
  "TestNumberOfColumns",
  "TestColumnsType",
  "TestMissingColumns",
  "TestNewColumns",
  "TestShareOfMissingValues",
  "TestColumnShareOfMissingValues",
  "TestShareOfOutRangeValues",
  "TestShareOfOutListValues",
] as const;
export type QualityTestName = (typeof QUALITY_TESTS)[number];

/** Tests run once per column (their conditions may be set per column). */
export const COLUMN_QUALITY_TESTS: readonly QualityTestName[] = ["TestColumnShareOfMissingValues", "TestShareOfOutRangeValues", "TestShareOfOutListValues"];

/** A condition on a test's value, with Evidently's operators; the test passes when every given bound holds. */
export interface QualityCondition {
  readonly lt?: number;
  readonly lte?: number;
  readonly gt?: number;
  readonly gte?: number;
  readonly eq?: number;
  /** The alert level of a failure. Default: CRITICAL for missing columns, WARNING otherwise. */
  readonly severity?: "WARNING" | "CRITICAL";
}

/** A test's condition as given in `driftlens.config.json` or options: `false` turns the test off; column tests may set conditions per column. */
export type QualityConditionInput = false | (QualityCondition & { readonly columns?: Readonly<Record<string, QualityCondition>> });

/** Conditions given for some tests (the others keep the defaults derived from the baseline). */
export type QualityConditions = Readonly<Partial<Record<QualityTestName, QualityConditionInput>>>;

const BOUNDS = ["lt", "lte", "gt", "gte", "eq"] as const;

/**
 * Checks data-quality conditions given in a config file or options: known test names, objects
 * of known operators with finite numbers, a severity of WARNING or CRITICAL, per-column
 * conditions only on column tests; `false` turns a test off.
 *
 * @example checkedQualityConditions({ TestNumberOfRows: { gte: 1000 } }, "option quality") // { TestNumberOfRows: { gte: 1000 } }
 * @throws {UsageError} naming `where`, the test and the field
 */
export function checkedQualityConditions(input: unknown, where: string): QualityConditions {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError(qualityMessages.notObject(where));
  for (const [name, raw] of Object.entries(input)) {
    if (!(QUALITY_TESTS as readonly string[]).includes(name)) throw new UsageError(qualityMessages.unknownTest(`${where}.${name}`, name));
    if (raw === false) continue;
    const condition = checkedCondition(raw, `${where}.${name}`, true);
    if (condition.columns !== undefined) {
      if (!COLUMN_QUALITY_TESTS.includes(name as QualityTestName)) throw new UsageError(qualityMessages.columnsOnDatasetTest(`${where}.${name}`, COLUMN_QUALITY_TESTS));
      if (typeof condition.columns !== "object" || condition.columns === null || Array.isArray(condition.columns)) throw new UsageError(qualityMessages.notObject(`${where}.${name}.columns`));
      for (const [column, value] of Object.entries(condition.columns)) checkedCondition(value, `${where}.${name}.columns.${column}`, false);
    }
  }
  return input as QualityConditions;
}

function checkedCondition(raw: unknown, where: string, allowColumns: boolean): QualityCondition & { columns?: unknown } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new UsageError(qualityMessages.conditionNotObject(where));
  for (const [field, value] of Object.entries(raw)) {
    if ((BOUNDS as readonly string[]).includes(field)) {
      if (typeof value !== "number" || !Number.isFinite(value)) throw new UsageError(qualityMessages.boundInvalid(`${where}.${field}`, value));
    } else if (field === "severity") {
      if (value !== "WARNING" && value !== "CRITICAL") throw new UsageError(qualityMessages.severityInvalid(`${where}.severity`, value));
    } else if (!(field === "columns" && allowColumns)) {
      throw new UsageError(qualityMessages.unknownField(`${where}.${field}`, [...BOUNDS, "severity", ...(allowColumns ? ["columns"] : [])]));
    }
  }
  return raw as QualityCondition & { columns?: unknown };
}

/** True when `value` meets every bound of the condition. */
export function meetsCondition(value: number, condition: QualityCondition): boolean {
  if (condition.lt !== undefined && !(value < condition.lt)) return false;
  if (condition.lte !== undefined && !(value <= condition.lte)) return false;
  if (condition.gt !== undefined && !(value > condition.gt)) return false;
  if (condition.gte !== undefined && !(value >= condition.gte)) return false;
  if (condition.eq !== undefined && !(Math.abs(value - condition.eq) <= 1e-12 * Math.max(1, Math.abs(condition.eq)))) return false;
  return true;
}

/** The condition in words: "≤ 0.012", "= 8", "≥ 100 and ≤ 5000". */
export function conditionText(condition: QualityCondition): string {
  const parts: string[] = [];
  const show = (value: number) => (Number.isInteger(value) ? formatCount(value) : Number(value.toPrecision(3)).toString());
  if (condition.eq !== undefined) parts.push(`= ${show(condition.eq)}`);
  if (condition.gt !== undefined) parts.push(`> ${show(condition.gt)}`);
  if (condition.gte !== undefined) parts.push(`≥ ${show(condition.gte)}`);
  if (condition.lt !== undefined) parts.push(`< ${show(condition.lt)}`);
  if (condition.lte !== undefined) parts.push(`≤ ${show(condition.lte)}`);
  return parts.join(" and ");
}
