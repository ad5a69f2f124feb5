import { UsageError } from "../errors";
import { isTableUrl, parseTableUrl } from "../summary/parseTableUrl";
import type { SummaryOptions } from "../summary/summarizedColumns";
import type { TableSource } from "../summary/tableSource";
import { wholeNumberFlag } from "./cliOptions";

/** The flags of commands that accept a database table (`clickhouse://…`, `postgres://…`) where a file goes. */
export const TABLE_SOURCE_FLAGS = {
  where: { type: "string", multiple: true },
  "password-file": { type: "string" },
  "distinct-cap": { type: "string" },
  "sample-cap": { type: "string" },
} as const;

export const TABLE_SOURCE_FLAGS_USAGE = `  --where "COL OP VALUE"     only rows of a database table where COL OP VALUE (OP: = != < <= > >=;
                            typed by the column, never SQL); repeatable, all must hold
  --password-file FILE      the database password (first line); else DRIFTLENS_CLICKHOUSE_PASSWORD,
                            DRIFTLENS_POSTGRES_PASSWORD or PGPASSWORD
  --distinct-cap N          distinct values per column counted one by one (default 1,000,000);
                            above it, a grid of cells and approximate tests (with their bound)
  --sample-cap N            data files with more rows are summarised in DuckDB instead of loaded
                            (default 1,000,000)`;

/** The values `parseArgs` gives for `TABLE_SOURCE_FLAGS`. */
export interface TableSourceFlagValues {
  readonly where?: string[];
  readonly "password-file"?: string;
  readonly "distinct-cap"?: string;
  readonly "sample-cap"?: string;
}

/**
 * A command-line data argument: a `TableSource` for a table address (with `--where`, `--since`,
 * `--timestamp` and `--password-file`), else the path as given.
 *
 * @throws {UsageError} for a malformed address, or table-only flags given with files only
 */
export function sourceArgument(argument: string, values: TableSourceFlagValues, time: { since?: string; timestamp?: string } = {}): string | TableSource {
  if (!isTableUrl(argument)) return argument;
  const source = parseTableUrl(argument);
  return {
    ...source,
    ...(values.where && values.where.length > 0 ? { where: values.where } : {}),
    ...(values["password-file"] === undefined ? {} : { passwordFile: values["password-file"] }),
    ...(time.since === undefined ? {} : { since: time.since }),
    ...(time.timestamp === undefined ? {} : { timestamp: time.timestamp }),
  };
}

/** Refuses `--where` and `--password-file` when no argument is a database table. */
export function checkTableFlagsUsed(values: TableSourceFlagValues, inputs: readonly (string | TableSource)[]): void {
  if (inputs.some((input) => typeof input !== "string")) return;
  const given = (["where", "password-file"] as const).filter((flag) => values[flag] !== undefined && !(Array.isArray(values[flag]) && values[flag]?.length === 0));
  if (given.length > 0) throw new UsageError(`--${given[0]} applies to a database table (clickhouse://USER@HOST:8123/DB/TABLE or postgres://USER@HOST:5432/DB/SCHEMA.TABLE), and no argument is one.`);
}

/** `--distinct-cap` and `--sample-cap` as options. */
export function summaryFlags(values: TableSourceFlagValues): SummaryOptions & { sampleCap?: number } {
  const distinctCap = wholeNumberFlag("distinct-cap", values["distinct-cap"], 1);
  const sampleCap = wholeNumberFlag("sample-cap", values["sample-cap"], 1);
  return { ...(distinctCap === undefined ? {} : { distinctCap }), ...(sampleCap === undefined ? {} : { sampleCap }) };
}
