import { UsageError } from "../errors";
import { summaryMessages } from "./summaryMessages";
import type { TableSource } from "./tableSource";

/** True when a command-line argument names a database table rather than a file. */
export function isTableUrl(argument: string): boolean {
  return /^(clickhouse|postgres|postgresql):\/\//i.test(argument);
}

/**
 * A `TableSource` from `clickhouse://user@host:8123/db/table` or
 * `postgres://user@host:5432/db/schema.table` (schema optional, default `public`). Names may be
 * percent-encoded. A password in the URL is refused (it would show in the process list and in
 * shell history): the error says where a password goes instead, without repeating it.
 *
 * @throws {UsageError} for a URL of another shape
 * @example parseTableUrl("clickhouse://reader@ch1:8123/logs/inference")
 * // => { engine: "clickhouse", host: "ch1", port: 8123, user: "reader", database: "logs", table: "inference" }
 */
export function parseTableUrl(argument: string): TableSource {
  let url: URL;
  try {
    url = new URL(argument);
  } catch {
    throw new UsageError(summaryMessages.urlInvalid(redacted(argument)));
  }
  const engine = url.protocol.toLowerCase() === "clickhouse:" ? "clickhouse" : "postgres";
  if (url.password !== "") throw new UsageError(summaryMessages.passwordInUrl(engine));
  if (url.search !== "" || url.hash !== "") throw new UsageError(summaryMessages.urlInvalid(redacted(argument)));
  const parts = url.pathname.split("/").filter((part) => part !== "").map(decode);
  if (parts.length !== 2 || url.hostname === "") throw new UsageError(summaryMessages.urlInvalid(redacted(argument)));
  const port = url.port === "" ? undefined : Number(url.port);
  const user = url.username === "" ? undefined : decode(url.username);
  const common = { host: url.hostname, ...(port === undefined ? {} : { port }), ...(user === undefined ? {} : { user }), database: parts[0] };
  if (engine === "clickhouse") return { engine, ...common, table: parts[1] };
  const dot = parts[1].indexOf(".");
  return dot < 0 ? { engine, ...common, table: parts[1] } : { engine, ...common, schema: parts[1].slice(0, dot), table: parts[1].slice(dot + 1) };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new UsageError(summaryMessages.urlInvalid(part));
  }
}

/** The argument with anything between `//` and `@` past a colon hidden. */
function redacted(argument: string): string {
  return argument.replace(/\/\/([^/@:]*):[^/@]*@/, "//$1:***@");
}
