import { UsageError } from "../errors";
import { multivariateMessages } from "./multivariateMessages";
import type { MultivariateOptions } from "./multivariateResult";
import { MULTIVARIATE_DETECTORS } from "./multivariateResult";

const FIELDS = ["columns", "detectors", "varianceKept", "referenceChunks", "classifier", "seed"];

/**
 * Checks multivariate settings given in a config file or options: known fields of
 * `MultivariateOptions`, column names as strings, known detectors, numbers in range.
 *
 * @example checkedMultivariateSettings({ varianceKept: 0.8 }, "option multivariate") // { varianceKept: 0.8 }
 * @throws {UsageError} naming `where` and the field
 */
export function checkedMultivariateSettings(input: unknown, where: string): MultivariateOptions {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError(multivariateMessages.settingsNotObject(where));
  const value = input as Record<string, unknown>;
  for (const key of Object.keys(value)) if (!FIELDS.includes(key)) throw new UsageError(multivariateMessages.unknownSetting(`${where}.${key}`, FIELDS));
  const fail = (message: string): never => {
    throw new UsageError(`${where}: ${message}`);
  };
  if (value.columns !== undefined && !(Array.isArray(value.columns) && value.columns.every((c) => typeof c === "string"))) fail(multivariateMessages.columnsNotNames(value.columns));
  if (value.detectors !== undefined) {
    if (!Array.isArray(value.detectors)) fail(multivariateMessages.detectorUnknown(String(value.detectors)));
    for (const detector of value.detectors as unknown[]) if (!(MULTIVARIATE_DETECTORS as readonly unknown[]).includes(detector)) fail(multivariateMessages.detectorUnknown(String(detector)));
  }
  if (value.varianceKept !== undefined && !(typeof value.varianceKept === "number" && value.varianceKept > 0 && value.varianceKept < 1)) fail(multivariateMessages.varianceKept(value.varianceKept));
  if (value.referenceChunks !== undefined && !(Number.isInteger(value.referenceChunks) && (value.referenceChunks as number) >= 3)) fail(multivariateMessages.chunks(value.referenceChunks));
  if (value.seed !== undefined && !Number.isInteger(value.seed)) fail(multivariateMessages.seed(value.seed));
  if (value.classifier !== undefined) {
    const classifier = value.classifier as Record<string, unknown>;
    if (typeof classifier !== "object" || classifier === null || Array.isArray(classifier)) fail(multivariateMessages.settingsNotObject("classifier"));
    for (const key of Object.keys(classifier)) if (key !== "rows" && key !== "interactions") throw new UsageError(multivariateMessages.unknownSetting(`${where}.classifier.${key}`, ["rows", "interactions"]));
    if (classifier.rows !== undefined && !(Number.isInteger(classifier.rows) && (classifier.rows as number) >= 50)) fail(multivariateMessages.classifierRows(classifier.rows));
    if (classifier.interactions !== undefined && typeof classifier.interactions !== "boolean") fail(multivariateMessages.interactions(classifier.interactions));
  }
  return value as MultivariateOptions;
}
