/**
 * A table in a database, given wherever a data file is accepted (`compareDatasets`,
 * `buildBaselineFromSource`, `checkDrift`, the CLI's `clickhouse://…` and `postgres://…`
 * arguments). Only summaries of it cross the wire; see `summary/`.
 *
 * The password is never part of the source: it comes from the environment
 * (`DRIFTLENS_CLICKHOUSE_PASSWORD`, `DRIFTLENS_POSTGRES_PASSWORD` or `PGPASSWORD`) or from
 * `passwordFile`, and it never appears in a report, a log line or an error message.
 */
export interface TableSource {
  readonly engine: "clickhouse" | "postgres";
  readonly host: string;
  /** Default 8123 (ClickHouse HTTP) or 5432 (PostgreSQL). */
  readonly port?: number;
  /** Default "default" (ClickHouse) or "postgres". */
  readonly user?: string;
  readonly database: string;
  /** PostgreSQL schema. Default "public". */
  readonly schema?: string;
  readonly table: string;
  /** A file holding the password (its first line), instead of the environment. */
  readonly passwordFile?: string;
  /** Row filters, each `column op value` with op one of = != < <= > >= (typed by the column, never raw SQL). */
  readonly where?: readonly string[];
  /** Only rows at or after this instant: an ISO 8601 date/time or a span back from now (`24h`, `7d`, `30m`). Needs `timestamp`. */
  readonly since?: string;
  /** The datetime column `since` applies to. */
  readonly timestamp?: string;
}

/** True for a `TableSource` object (as opposed to a file path, a Table or records). */
export function isTableSource(input: unknown): input is TableSource {
  if (input === null || typeof input !== "object") return false;
  const candidate = input as Partial<TableSource>;
  return (candidate.engine === "clickhouse" || candidate.engine === "postgres") && typeof candidate.table === "string" && typeof candidate.host === "string";
}

/** How a source is named in reports and messages: its URL without any password. */
export function tableSourceLabel(source: TableSource): string {
  const port = source.port ?? (source.engine === "clickhouse" ? 8123 : 5432);
  const user = source.user ?? (source.engine === "clickhouse" ? "default" : "postgres");
  const path = source.engine === "clickhouse" ? `${source.database}/${source.table}` : `${source.database}/${source.schema ?? "public"}.${source.table}`;
  return `${source.engine}://${encodeURIComponent(user)}@${source.host}:${port}/${path}`;
}
