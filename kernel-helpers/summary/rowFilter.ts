import { UsageError } from "../errors";
import type { EngineColumn, SqlEngine } from "./sqlEngine";
import { summaryMessages } from "./summaryMessages";
import type { TableSource } from "./tableSource";

const OPERATORS = ["<=", ">=", "!=", "<>", "=", "<", ">"] as const;

/** A parsed `--where` filter: a column, an operator and a value, typed when it meets the table. */
export interface RowFilter {
  readonly column: string;
  readonly operator: "=" | "!=" | "<" | "<=" | ">" | ">=";
  readonly value: string;
  /** The filter as the user wrote it, for messages. */
  readonly text: string;
}

/**
 * Parses `column op value`: the column bare or in double quotes (`"net income" > 0`, `""` for a
 * quote inside), op one of = != <> < <= > >=, the value bare or in single quotes (`'' ` inside).
 *
 * @throws {UsageError} for anything else
 * @example parseRowFilter("country = 'DE'") // => { column: "country", operator: "=", value: "DE", text: "country = 'DE'" }
 */
export function parseRowFilter(text: string): RowFilter {
  const trimmed = text.trim();
  let column: string;
  let rest: string;
  if (trimmed.startsWith('"')) {
    const match = /^"((?:[^"]|"")*)"(.*)$/s.exec(trimmed);
    if (!match) throw new UsageError(summaryMessages.filterInvalid(text));
    column = match[1].replace(/""/g, '"');
    rest = match[2].trim();
  } else {
    const at = trimmed.search(/[<>=!]/);
    if (at <= 0) throw new UsageError(summaryMessages.filterInvalid(text));
    column = trimmed.slice(0, at).trim();
    rest = trimmed.slice(at);
  }
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  if (operator === undefined || column === "") throw new UsageError(summaryMessages.filterInvalid(text));
  let value = rest.slice(operator.length).trim();
  if (value.startsWith("'")) {
    if (!/^'((?:[^']|'')*)'$/s.test(value)) throw new UsageError(summaryMessages.filterInvalid(text));
    value = value.slice(1, -1).replace(/''/g, "'");
  } else if (value === "") {
    throw new UsageError(summaryMessages.filterInvalid(text));
  }
  return { column, operator: operator === "<>" ? "!=" : operator, value, text };
}

/** A span back from now (`30m`, `24h`, `7d`) or an ISO 8601 date/time, as epoch milliseconds. */
export function sinceInstant(since: string, now: number = Date.now()): number {
  const span = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(since.trim());
  if (span) return now - Number(span[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[span[2] as "m" | "h" | "d"];
  const instant = isoInstant(since);
  if (instant === undefined) throw new UsageError(summaryMessages.sinceInvalid(since));
  return instant;
}

function isoInstant(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text.trim())) return undefined;
  const trimmed = text.trim();
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) || /(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) ? trimmed : `${trimmed}Z`;
  const value = Date.parse(withZone.replace(" ", "T"));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The WHERE condition of a source's `where`, `since` and `timestamp` on `engine`, with each value
 * typed by its column: a number column takes a finite number (a validated literal), a text column
 * any text (a bind parameter or an escaped literal), a date/time column an ISO 8601 instant.
 * Returns "TRUE"-equivalent `1 = 1` when there is no filter.
 *
 * @throws {UsageError} for an unknown column, a value of the wrong type, or `since` without a time column
 */
export function filterCondition(engine: SqlEngine, source: Pick<TableSource, "where" | "since" | "timestamp">, params: unknown[], now: number = Date.now()): string {
  const byName = new Map(engine.columns.map((column) => [column.name, column]));
  const conditions: string[] = [];
  for (const text of source.where ?? []) {
    const filter = parseRowFilter(text);
    const column = byName.get(filter.column);
    if (!column) throw new UsageError(summaryMessages.filterColumnMissing(text, filter.column, engine.label));
    conditions.push(`${engine.dialect.identifier(column.name)} ${filter.operator === "!=" ? "<>" : filter.operator} ${typedValue(engine, column, filter, params)}`);
  }
  if (source.since !== undefined) {
    if (source.timestamp === undefined) throw new UsageError(summaryMessages.sinceWithoutTimestamp());
    const column = byName.get(source.timestamp);
    if (!column) throw new UsageError(summaryMessages.columnsMissing(engine.label, [source.timestamp], [...byName.keys()]));
    if (column.type !== "datetime") throw new UsageError(summaryMessages.timestampNotTime(column.name, column.engineType, engine.label));
    conditions.push(`${engine.dialect.identifier(column.name)} >= ${engine.dialect.timestamp(sinceInstant(source.since, now), column.engineType, params)}`);
  }
  return conditions.length === 0 ? "1 = 1" : conditions.map((c) => `(${c})`).join(" AND ");
}

function typedValue(engine: SqlEngine, column: EngineColumn, filter: RowFilter, params: unknown[]): string {
  switch (column.type) {
    case "numerical": {
      const number = filter.value.trim() === "" ? NaN : Number(filter.value);
      if (!Number.isFinite(number)) throw new UsageError(summaryMessages.filterNotNumber(filter.text, column.name));
      return engine.dialect.number(number);
    }
    case "categorical":
      return engine.dialect.text(filter.value, params);
    case "datetime": {
      const instant = isoInstant(filter.value);
      if (instant === undefined) throw new UsageError(summaryMessages.filterNotTime(filter.text, column.name));
      return engine.dialect.timestamp(instant, column.engineType, params);
    }
    default:
      throw new UsageError(summaryMessages.filterUntyped(filter.text, column.name, column.engineType));
  }
}
