/**
 * User-facing messages of the HTTP service, in one place: each names the baseline, route or
 * limit involved and says what to do.
 */
const list = (names: readonly string[]) => (names.length === 0 ? "none yet" : names.slice(0, 20).join(", ") + (names.length > 20 ? ", …" : ""));

export const serviceMessages = {
  unknownTable: (name: string, known: readonly string[]) =>
    `no database table named '${name}'. Tables: ${list(known)}. The service checks only the tables it was started with (driftlens serve --table NAME=clickhouse://USER@HOST:8123/DB/TABLE).`,
  tableWithRows: () => `give either 'rows' or 'table', not both.`,
  unknownBaseline: (name: string, known: readonly string[]) =>
    `no baseline named '${name}'. Baselines: ${list(known)}. Create one with POST /baselines (CSV, Parquet or JSON rows) or 'driftlens baseline'.`,
  unknownVersion: (name: string, version: string, versions: readonly string[]) =>
    `baseline '${name}' has no version '${version}'. Versions: ${list(versions)}. Leave 'version' out to use the newest.`,
  noLoadableVersion: (name: string, problem: string) => `no version of baseline '${name}' can be loaded: ${problem}`,
  versionExists: (name: string, version: string) =>
    `baseline ${name}/${version} already exists. Give another 'version', or replace it with force=true.`,
  uploadNeedsName: () => "an uploaded file needs the baseline's name in the query string, e.g. POST /baselines?name=credit&version=v1.",
  uploadNotParquet: () => "the body is not a Parquet file (it does not start and end with PAR1). Send Parquet as application/vnd.apache.parquet, CSV as text/csv.",
  uploadUnreadable: (what: string, message: string) => `the uploaded ${what} cannot be read: ${message}`,
  logNeedsJson: () => "POST /log takes JSON: { \"records\": [{ \"inputs\": {…}, \"prediction\": … }], \"labels\": [{ \"requestId\": \"…\", \"label\": … }] }.",
  logEmpty: () => "nothing to log: send at least one of 'records' or 'labels' (non-empty arrays).",
  logBufferFull: (reason: string) => `no record was accepted: ${reason} Retry later.`,
  noReport: (name: string) =>
    `no check report for '${name}' yet. Run one with POST /check/${name}, or 'driftlens check'/'driftlens watch' with the same reports folder.`,
  reportUnreadable: (name: string, problem: string) => `the latest report of '${name}' cannot be read: ${problem}`,
  routeNotFound: (method: string, url: string) =>
    `no route ${method} ${url.split("?")[0]}. Routes: GET /health, GET /baselines, POST /baselines, POST /check/{baseline}, POST /log/{baseline}, GET /reports/{baseline}/latest, GET /metrics; the OpenAPI document is at GET /docs. Baseline names are one path segment (letters, digits, '.', '_', '-').`,
  unauthorized: () => "this service needs 'Authorization: Bearer <token>' (the token it was started with).",
  mediaType: (type: string) =>
    `content type '${type}' is not accepted. Send JSON (application/json), or a file as text/csv, text/tab-separated-values or application/vnd.apache.parquet.`,
  bodyTooLarge: (limit: number, flag: string) =>
    `the body is larger than this service accepts (${limit >= 1048576 ? `${+(limit / 1048576).toFixed(2)} MiB` : `${+(limit / 1024).toFixed(2)} KiB`}). Send fewer rows per request, or start the service with a larger ${flag}.`,
  invalidJson: () => "the body is not valid JSON (check its quotes, commas and brackets), or is JSON with a __proto__ or constructor key, which is refused.",
  emptyJson: () => "the body is empty but its content type is application/json. Send {} or a JSON object.",
  validation: (detail: string) => `the request does not match the API: ${detail}. See GET /docs for the schema.`,
  internal: () => "internal error in the driftlens service; it has been logged. This is a bug in driftlens, please report it.",
};
