import type { ColumnType } from "../data/table";
import { DataError } from "../errors";
import { clickhouseDialect } from "./clickhouseDialect";
import { readPassword } from "./readPassword";
import type { Cell, EngineColumn, SqlEngine } from "./sqlEngine";
import { summaryMessages } from "./summaryMessages";
import type { TableSource } from "./tableSource";
import { tableSourceLabel } from "./tableSource";

/** How driftlens tests a ClickHouse column type (`Nullable` and `LowCardinality` unwrapped). */
export function clickhouseColumnType(engineType: string): ColumnType | undefined {
  const inner = engineType.replace(/^(Nullable|LowCardinality)\((.*)\)$/, "$2").replace(/^(Nullable|LowCardinality)\((.*)\)$/, "$2");
  if (/^(U?Int(8|16|32|64)|Float(32|64)|Decimal.*)$/.test(inner)) return "numerical";
  if (/^(String|FixedString\(\d+\)|Enum(8|16)?\(.*\)|UUID)$/.test(inner)) return "categorical";
  if (/^(Date|DateTime.*)$/.test(inner)) return "datetime";
  return undefined;
}

/** Cells of ClickHouse's TabSeparated output (`\N` is NULL; backslash escapes undone). */
function parseTabSeparated(text: string): Cell[][] {
  if (text === "") return [];
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  return lines.map((line) => line.split("\t").map((cell) => (cell === "\\N" ? null : cell.includes("\\") ? unescapeCell(cell) : cell)));
}

function unescapeCell(cell: string): string {
  return cell.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, c: string) => {
    if (c.length === 3) return String.fromCharCode(parseInt(c.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "0": "\0", "'": "'", "\\": "\\" } as Record<string, string>)[c] ?? c;
  });
}

/**
 * Opens a ClickHouse table through the official `@clickhouse/client` (HTTP), runs `task` with it
 * and closes the connection. Works with ClickHouse 18.16 and current servers: queries carry no
 * server-side parameters (values are literals escaped by `clickhouseDialect`), results come as
 * TabSeparated. Errors become `DataError`s naming the server (a shard that is down is named by
 * ClickHouse's own message), with the password scrubbed from any text.
 *
 * @throws {DataError} when the server cannot be reached, refuses the login, or lacks the table
 */
export async function withClickhouse<T>(source: TableSource, task: (engine: SqlEngine) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const label = tableSourceLabel(source);
  const password = readPassword(source, env);
  // Loaded when a table is read: a comparison of files never loads the client.
  const { ClickHouseLogLevel, createClient } = await import("@clickhouse/client");
  const client = createClient({
    url: `http://${source.host.includes(":") ? `[${source.host}]` : source.host}:${source.port ?? 8123}`,
    username: source.user ?? "default",
    password: password ?? "",
    database: source.database,
    request_timeout: 3_600_000,
    log: { level: ClickHouseLogLevel.OFF },
  });
  const scrub = (text: string) => (password ? text.split(password).join("***") : text);
  const run = async (sql: string): Promise<Cell[][]> => {
    try {
      const result = await client.query({ query: sql, format: "TabSeparated" });
      return parseTabSeparated(await result.text());
    } catch (error) {
      throw clickhouseError(error, label, scrub);
    }
  };
  try {
    const from = `${clickhouseDialect.identifier(source.database)}.${clickhouseDialect.identifier(source.table)}`;
    const rows = await run(`DESCRIBE TABLE ${from}`);
    if (rows.length === 0) throw new DataError(summaryMessages.tableEmpty(label));
    const columns: EngineColumn[] = rows.map(([name, type]) => ({ name: name as string, engineType: type as string, type: clickhouseColumnType(type as string) }));
    return await task({ dialect: clickhouseDialect, label, from, columns, query: (sql) => run(sql) });
  } finally {
    await client.close();
  }
}

function clickhouseError(error: unknown, label: string, scrub: (text: string) => string): Error {
  const err = error as { code?: string; message?: string; type?: string };
  const message = scrub(String(err.message ?? error));
  if (err.code === "ECONNREFUSED" || err.code === "ENOTFOUND" || err.code === "EHOSTUNREACH" || err.code === "ECONNRESET" || err.code === "ETIMEDOUT") {
    return new DataError(summaryMessages.unreachable(label, `${err.code} (${message.replace(/^.*?(ECONN\w+|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT)\s*/, "")})`.replace(/ \(\)$/, "")));
  }
  const code = /^Code: (\d+)/.exec(message)?.[1] ?? err.code;
  if (code === "192" || code === "193" || code === "516") return new DataError(summaryMessages.loginFailed(label, "DRIFTLENS_CLICKHOUSE_PASSWORD"));
  if (code === "60" || code === "81") return new DataError(summaryMessages.tableMissing(label));
  const text = message.replace(/^Code: \d+, e\.displayText\(\) = DB::(Net)?Exception: /, "").replace(/, e\.what\(\) = DB::\w+\s*$/, "").split("\n")[0].replace(/\s*Log:\s*$/, "");
  // A shard that is down is named deep in ClickHouse's log lines ("Connection refused (host:port)").
  const shards = [...new Set([...message.matchAll(/(?:Connection refused|Timeout exceeded|Host not found)[^(\n]*\(([^)\s]+:\d+)\)/g)].map((match) => match[1]))];
  if (shards.length > 0) return new DataError(summaryMessages.shardDown(label, shards, text));
  return new DataError(summaryMessages.queryFailed(label, text));
}
