/**
 * JSON schemas of the service's requests and answers, shared by the routes (validation) and the
 * OpenAPI document at /docs.
 */
const scalar = { type: ["number", "string", "boolean", "null"] };
const segment = { type: "string", minLength: 1, maxLength: 100, description: "letters, digits, '.', '_' or '-', starting with a letter or digit" };
const requestId = { type: "string", minLength: 1, maxLength: 200 };
const time = { anyOf: [{ type: "string", format: "date-time" }, { type: "number" }], description: "ISO 8601 time or epoch milliseconds" };
const names = { type: "array", items: { type: "string", minLength: 1 }, maxItems: 10_000 };
const row = { type: "object", additionalProperties: scalar, maxProperties: 10_000 };

export const errorSchema = {
  type: "object",
  required: ["statusCode", "error", "message"],
  properties: { statusCode: { type: "integer" }, error: { type: "string" }, message: { type: "string" } },
};

export const baselineParams = { type: "object", required: ["baseline"], properties: { baseline: segment } };

export const baselineListingSchema = {
  type: "object",
  properties: {
    name: { type: "string" },
    version: { type: "string" },
    created: { type: "string" },
    rows: { type: "integer" },
    columns: { type: "integer" },
    exact: { type: "boolean", description: "false when checks run on sketches (the reference was beyond the sample cap)" },
    problem: { type: "string", description: "why this version cannot be loaded" },
  },
};

/** Roles and options of a baseline built by the service, as JSON fields. */
const roleProperties = {
  version: { ...segment, description: "default v1" },
  target: { type: "string" },
  prediction: { type: "string" },
  predictionProba: names,
  timestamp: { type: "string" },
  categorical: names,
  text: names,
  force: { type: "boolean", description: "replace an existing version" },
};

export const buildBaselineBody = {
  type: "object",
  required: ["name"],
  anyOf: [{ required: ["rows"] }, { required: ["table"] }],
  additionalProperties: false,
  properties: {
    name: segment,
    rows: { type: "array", minItems: 1, items: row },
    table: { type: "string", minLength: 1, description: "a database table the service was started with (driftlens serve --table NAME=URL), instead of rows" },
    where: { type: "array", items: { type: "string" }, maxItems: 100, description: "with table: typed row filters, COLUMN OP VALUE" },
    since: { type: "string", description: "with table: a span back from now (24h) or an ISO date/time, on the timestamp column" },
    sampleCap: { type: "integer", minimum: 1, description: "with table: rows of the seeded reference sample (default 1,000,000)" },
    ...roleProperties,
  },
};

/** The same roles in the query string of an upload; lists are comma-separated. */
export const buildBaselineQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    name: segment,
    version: segment,
    target: { type: "string" },
    prediction: { type: "string" },
    predictionProba: { type: "string", description: "comma-separated" },
    timestamp: { type: "string" },
    categorical: { type: "string", description: "comma-separated" },
    text: { type: "string", description: "comma-separated" },
    force: { type: "boolean" },
  },
};

export const checkQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    version: { ...segment, description: "default: the newest version" },
    since: { type: "string", description: "with no rows and no file: the logged records of the last 24h, 90m, 7d… (default: analysisWindowHours)" },
    window: { type: "string", description: "also check each window: 1h, 1d, 6h or N rows" },
  },
};

export const checkBody = {
  type: "object",
  additionalProperties: false,
  properties: {
    rows: { type: "array", minItems: 1, items: row, description: "the current data; leave out to check the records logged with POST /log" },
    columns: names,
    method: { type: "string" },
    numericalMethod: { type: "string" },
    categoricalMethod: { type: "string" },
    threshold: { type: "number" },
    driftShare: { type: "number" },
    minTestedShare: { type: "number", minimum: 0, maximum: 1, description: "share of the columns to test that must be tested, else dataset.verdict is NOT CHECKED (default 0.5)" },
    correction: { type: "string", enum: ["none", "bonferroni", "fdr"] },
    table: { type: "string", minLength: 1, description: "check this database table (one the service was started with, serve --table NAME=URL) where it lives, instead of rows" },
    where: { type: "array", items: { type: "string", minLength: 1 }, description: "with table: row filters COLUMN OP VALUE (OP one of = != < <= > >=), typed by the column, never SQL" },
    since: { type: "string", description: "with table: only rows at or after this time: 24h, 7d, or an ISO 8601 date/time" },
    timestamp: { type: "string", description: "with table: the time column of since (default: the baseline's timestamp column)" },
  },
};

export const inferenceRecordSchema = {
  type: "object",
  required: ["inputs"],
  additionalProperties: false,
  properties: {
    requestId: { ...requestId, description: "joins a later label; default a new UUID (returned)" },
    timestamp: { ...time, description: "when the prediction was made; default: when it arrived" },
    inputs: { ...row, description: "the model's inputs, one column each" },
    prediction: scalar,
    probabilities: { anyOf: [{ type: "number" }, { type: "object", additionalProperties: { type: "number" } }] },
    label: scalar,
  },
};

export const logBody = {
  type: "object",
  additionalProperties: false,
  properties: {
    records: { type: "array", maxItems: 100_000, items: inferenceRecordSchema },
    labels: {
      type: "array",
      maxItems: 100_000,
      items: { type: "object", required: ["requestId", "label"], additionalProperties: false, properties: { requestId, label: scalar, timestamp: time } },
    },
  },
};

export const logAnswer = {
  type: "object",
  properties: {
    accepted: { type: "integer", description: "records buffered for writing" },
    labels: { type: "integer", description: "labels buffered for writing" },
    dropped: { type: "integer", description: "records and labels refused (the buffer is full)" },
    requestIds: { type: "array", items: { type: ["string", "null"] }, description: "the id of each record, in order (null when dropped)" },
  },
};

export const reportQuery = {
  type: "object",
  additionalProperties: false,
  properties: { format: { type: "string", enum: ["json", "html"], description: "default: from the Accept header, else json" } },
};

/** The CheckReport, described loosely (its full shape is the TypeScript type `CheckReport`). */
export const checkReportSchema = { type: "object", additionalProperties: true, description: "a CheckReport (schemaVersion 1): dataset, columns, prediction, target, alerts, analysisWindow, …" };
