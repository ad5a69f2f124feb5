import type { ColumnType } from "../data/table";
import { DataError } from "../errors";
import { baselineMessages } from "./baselineMessages";
import type { BaselineInfo, ColumnRole } from "./baselineInfo";
import { BASELINE_SCHEMA, BASELINE_SCHEMA_VERSION } from "./baselineInfo";

const COLUMN_TYPES: readonly ColumnType[] = ["numerical", "categorical", "text", "datetime"];
const ROLES: readonly ColumnRole[] = ["feature", "target", "prediction", "predictionProba", "timestamp", "text", "image", "identifier"];

/**
 * Checks that parsed `baseline.json` content is a baseline this version can read, field by
 * field, and returns it typed. The first problem found is thrown as a `DataError` naming the file
 * and the field path (e.g. `columns[2].profile.count`) with what was expected and found.
 * A newer `schemaVersion` is refused with the advice to upgrade.
 * Cost: O(size of the content).
 *
 * @param file the path shown in messages
 * @example validateBaselineInfo(JSON.parse(text), "baselines/credit/v1/baseline.json").name // "credit"
 */
export function validateBaselineInfo(value: unknown, file: string): BaselineInfo {
  const fail = (field: string, expected: string, got: unknown): never => {
    throw new DataError(baselineMessages.fieldInvalid(file, field, expected, got));
  };
  const object = (field: string, got: unknown): Record<string, unknown> => {
    if (typeof got !== "object" || got === null || Array.isArray(got)) fail(field, "an object", got);
    return got as Record<string, unknown>;
  };
  const array = (field: string, got: unknown): unknown[] => (Array.isArray(got) ? got : fail(field, "an array", got));
  const string = (field: string, got: unknown): string => (typeof got === "string" ? got : fail(field, "a string", got));
  const number = (field: string, got: unknown): number => (typeof got === "number" && Number.isFinite(got) ? got : fail(field, "a number", got));
  const count = (field: string, got: unknown): number => (Number.isInteger(got) && (got as number) >= 0 ? (got as number) : fail(field, "a whole number ≥ 0", got));
  const nullableNumber = (field: string, got: unknown): void => {
    if (got !== null) number(field, got);
  };

  const root = object("(top level)", value);
  if (root.schema !== BASELINE_SCHEMA) throw new DataError(baselineMessages.notABaseline(file, root.schema));
  const schemaVersion = root.schemaVersion;
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) fail("schemaVersion", "a whole number ≥ 1", schemaVersion);
  if ((schemaVersion as number) > BASELINE_SCHEMA_VERSION) throw new DataError(baselineMessages.newerSchema(file, schemaVersion as number, BASELINE_SCHEMA_VERSION));
  string("name", root.name);
  string("version", root.version);
  const created = string("created", root.created);
  if (Number.isNaN(Date.parse(created))) fail("created", "an ISO 8601 time", created);
  string("source", root.source);
  const rows = count("rows", root.rows);

  const roles = object("roles", root.roles);
  for (const key of ["target", "prediction", "timestamp"]) if (roles[key] !== undefined) string(`roles.${key}`, roles[key]);
  for (const key of ["predictionProba", "text", "image", "categorical"]) {
    if (roles[key] !== undefined) array(`roles.${key}`, roles[key]).forEach((item, i) => string(`roles.${key}[${i}]`, item));
  }

  const sample = object("sample", root.sample);
  const sampleFile = string("sample.file", sample.file);
  if (!/^[^/\\]+$/.test(sampleFile) || sampleFile.startsWith(".")) fail("sample.file", "a file name in the baseline folder", sampleFile);
  const sampleRows = count("sample.rows", sample.rows);
  if (typeof sample.complete !== "boolean") fail("sample.complete", "true or false", sample.complete);
  const cap = count("sample.cap", sample.cap);
  if (sample.selection !== "all" && sample.selection !== "uniform" && sample.selection !== "seeded") fail("sample.selection", `"all", "uniform" or "seeded"`, sample.selection);
  number("sample.seed", sample.seed);
  if (sample.complete ? sampleRows !== rows : sampleRows !== Math.min(cap, rows) || rows <= cap) {
    fail("sample.rows", sample.complete ? `${rows} (every reference row)` : `${cap} (the cap, below the ${rows} reference rows)`, sampleRows);
  }

  const names = new Set<string>();
  const columns = array("columns", root.columns);
  if (columns.length === 0) fail("columns", "at least one column", columns);
  columns.forEach((raw, i) => {
    const at = `columns[${i}]`;
    const column = object(at, raw);
    const name = string(`${at}.name`, column.name);
    if (names.has(name)) fail(`${at}.name`, "a name no other column has", name);
    names.add(name);
    const type = column.type as ColumnType;
    if (!COLUMN_TYPES.includes(type)) fail(`${at}.type`, `one of ${COLUMN_TYPES.join(", ")}`, column.type);
    const role = column.role as ColumnRole;
    if (!ROLES.includes(role)) fail(`${at}.role`, `one of ${ROLES.join(", ")}`, column.role);
    if (column.convertedFrom !== undefined && !COLUMN_TYPES.includes(column.convertedFrom as ColumnType)) fail(`${at}.convertedFrom`, `one of ${COLUMN_TYPES.join(", ")}`, column.convertedFrom);
    const profile = object(`${at}.profile`, column.profile);
    count(`${at}.profile.count`, profile.count);
    count(`${at}.profile.missing`, profile.missing);
    const tested = role !== "timestamp" && role !== "text" && role !== "image";
    if (type === "numerical") {
      count(`${at}.profile.nonFinite`, profile.nonFinite);
      for (const key of ["mean", "std", "min", "max"]) nullableNumber(`${at}.profile.${key}`, profile[key]);
      array(`${at}.profile.quantiles`, profile.quantiles).forEach((q, j) => {
        const quantile = object(`${at}.profile.quantiles[${j}]`, q);
        number(`${at}.profile.quantiles[${j}].p`, quantile.p);
        number(`${at}.profile.quantiles[${j}].value`, quantile.value);
      });
      const histogram = object(`${at}.profile.histogram`, profile.histogram);
      array(`${at}.profile.histogram.edges`, histogram.edges).forEach((edge, j) => number(`${at}.profile.histogram.edges[${j}]`, edge));
      array(`${at}.profile.histogram.counts`, histogram.counts).forEach((c, j) => count(`${at}.profile.histogram.counts[${j}]`, c));
      if (column.sketch !== undefined) checkKll(`${at}.sketch`, column.sketch, profile.count as number);
    } else if (type === "categorical" || type === "text") {
      array(`${at}.profile.top`, profile.top).forEach((item, j) => {
        const entry = object(`${at}.profile.top[${j}]`, item);
        string(`${at}.profile.top[${j}].value`, entry.value);
        count(`${at}.profile.top[${j}].count`, entry.count);
      });
      if (type === "categorical") {
        count(`${at}.profile.distinct`, profile.distinct);
        count(`${at}.profile.otherCount`, profile.otherCount);
        if (profile.categories !== undefined) array(`${at}.profile.categories`, profile.categories).forEach((item, k) => string(`${at}.profile.categories[${k}]`, item));
        if (column.sketch !== undefined) checkFrequencies(`${at}.sketch`, column.sketch, profile.count as number);
      }
    } else {
      for (const key of ["min", "max"]) if (profile[key] !== null) string(`${at}.profile.${key}`, profile[key]);
    }
    if (!sample.complete && sample.selection === "uniform" && tested && (type === "numerical" || type === "categorical") && column.sketch === undefined) {
      fail(`${at}.sketch`, "a sketch (the reference is beyond the sample cap)", undefined);
    }
  });

  const roleColumn = (key: string, role: ColumnRole, name: unknown) => {
    const index = columns.findIndex((column) => (column as { name: unknown }).name === name);
    if (index < 0) fail(`roles.${key}`, "the name of one of the columns", name);
    if ((columns[index] as { role: unknown }).role !== role) fail(`columns[${index}].role`, `'${role}' (roles.${key} names this column)`, (columns[index] as { role: unknown }).role);
  };
  if (roles.target !== undefined) roleColumn("target", "target", roles.target);
  if (roles.prediction !== undefined) roleColumn("prediction", "prediction", roles.prediction);
  if (roles.timestamp !== undefined) roleColumn("timestamp", "timestamp", roles.timestamp);
  (roles.predictionProba as unknown[] | undefined)?.forEach((name) => roleColumn("predictionProba", "predictionProba", name));
  (roles.text as unknown[] | undefined)?.forEach((name) => roleColumn("text", "text", name));
  (roles.image as unknown[] | undefined)?.forEach((name) => roleColumn("image", "image", name));
  if (root.performance !== undefined) checkPerformanceSnapshot("performance", root.performance);
  return value as BaselineInfo;

  function checkPerformanceSnapshot(at: string, raw: unknown): void {
    const snapshot = object(at, raw);
    if (snapshot.unavailable !== undefined) {
      string(`${at}.unavailable`, snapshot.unavailable);
      return;
    }
    if (snapshot.task !== "classification" && snapshot.task !== "regression") fail(`${at}.task`, `"classification" or "regression"`, snapshot.task);
    string(`${at}.target`, snapshot.target);
    string(`${at}.prediction`, snapshot.prediction);
    if (snapshot.predictionProba !== undefined) array(`${at}.predictionProba`, snapshot.predictionProba).forEach((item, i) => string(`${at}.predictionProba[${i}]`, item));
    const label = (field: string, got: unknown) => (typeof got === "string" ? got : number(field, got));
    if (snapshot.labels !== undefined) array(`${at}.labels`, snapshot.labels).forEach((item, i) => label(`${at}.labels[${i}]`, item));
    if (snapshot.positiveLabel !== undefined) label(`${at}.positiveLabel`, snapshot.positiveLabel);
    const metrics = object(`${at}.metrics`, snapshot.metrics);
    count(`${at}.metrics.rows`, metrics.rows);
    for (const [name, metric] of Object.entries(object(`${at}.metrics.values`, metrics.values))) nullableNumber(`${at}.metrics.values.${name}`, metric);
    if (metrics.reasons !== undefined) for (const [name, reason] of Object.entries(object(`${at}.metrics.reasons`, metrics.reasons))) string(`${at}.metrics.reasons.${name}`, reason);
    if (snapshot.calibration !== undefined) checkCalibration(`${at}.calibration`, snapshot.calibration);
    if (snapshot.calibrations !== undefined) array(`${at}.calibrations`, snapshot.calibrations).forEach((item, i) => checkCalibration(`${at}.calibrations[${i}]`, item));
  }

  function checkCalibration(at: string, raw: unknown): void {
    const calibration = object(at, raw);
    const thresholds = array(`${at}.thresholds`, calibration.thresholds).map((item, i) => number(`${at}.thresholds[${i}]`, item));
    const fitted = array(`${at}.values`, calibration.values).map((item, i) => number(`${at}.values[${i}]`, item));
    if (thresholds.length === 0 || fitted.length !== thresholds.length) fail(`${at}.values`, `${thresholds.length} values (one per threshold, at least one)`, `${fitted.length} values`);
    thresholds.forEach((x, i) => {
      if (i > 0 && !(x > thresholds[i - 1])) fail(`${at}.thresholds[${i}]`, "thresholds in increasing order", x);
      if (i > 0 && fitted[i] < fitted[i - 1]) fail(`${at}.values[${i}]`, "non-decreasing values", fitted[i]);
    });
  }

  function checkKll(at: string, raw: unknown, expectedCount: number): void {
    const sketch = object(at, raw);
    const k = count(`${at}.k`, sketch.k);
    if (k < 8) fail(`${at}.k`, "a whole number ≥ 8", k);
    const n = count(`${at}.n`, sketch.n);
    if (n !== expectedCount) fail(`${at}.n`, `${expectedCount} (the profile's count)`, n);
    nullableNumber(`${at}.min`, sketch.min);
    nullableNumber(`${at}.max`, sketch.max);
    number(`${at}.compactionVariance`, sketch.compactionVariance);
    number(`${at}.seed`, sketch.seed);
    let weight = 0;
    array(`${at}.levels`, sketch.levels).forEach((level, h) => {
      array(`${at}.levels[${h}]`, level).forEach((item, j) => number(`${at}.levels[${h}][${j}]`, item));
      weight += (level as unknown[]).length * 2 ** h;
    });
    if (weight !== n) fail(`${at}.levels`, `values whose weights add up to n = ${n}`, `weights adding up to ${weight}`);
  }

  function checkFrequencies(at: string, raw: unknown, expectedTotal: number): void {
    const sketch = object(at, raw);
    count(`${at}.capacity`, sketch.capacity);
    const total = count(`${at}.total`, sketch.total);
    if (total !== expectedTotal) fail(`${at}.total`, `${expectedTotal} (the profile's count)`, total);
    count(`${at}.maxError`, sketch.maxError);
    array(`${at}.items`, sketch.items).forEach((item, j) => {
      const pair = array(`${at}.items[${j}]`, item);
      string(`${at}.items[${j}][0]`, pair[0]);
      count(`${at}.items[${j}][1]`, pair[1]);
    });
  }
}
