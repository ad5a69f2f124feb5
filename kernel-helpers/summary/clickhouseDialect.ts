import type { SqlDialect } from "./sqlDialect";
import { exponentLiteral } from "./sqlDialect";

/**
 * ClickHouse text literal: backslash and quote escaped, control characters as escapes. ClickHouse
 * 18.16 has no server-side query parameters, so values are sent as literals escaped here.
 */
export function clickhouseString(value: string): string {
  let escaped = "";
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (c === "\\" || c === "'") escaped += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) escaped += `\\x${code.toString(16).padStart(2, "0")}`;
    else escaped += c;
  }
  return `'${escaped}'`;
}

function utcText(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * The ClickHouse dialect, for 18.16 (Debian's) and current servers alike: backquoted identifiers,
 * `countIf`/`minIf`-style combinators, `uniq` (HyperLogLog, ±2%) to decide whether a column is
 * over the distinct-value cap, `cityHash64` for seeded samples. Avoids what 18.16 lacks or gets
 * wrong over Distributed tables: query parameters, window functions, `sumKahan`, `topK`,
 * `quantilesTDigest`.
 */
export const clickhouseDialect: SqlDialect = {
  engine: "clickhouse",
  identifier: (name) => `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``,
  number: (value) => `(${exponentLiteral(value)})`,
  text: (value) => clickhouseString(value),
  timestamp: (epochMs, columnType) => (/^(Nullable\()?Date\)?$/.test(columnType) ? `toDate(${clickhouseString(utcText(epochMs).slice(0, 10))})` : `toDateTime(${clickhouseString(utcText(epochMs))}, 'UTC')`),
  toDouble: (expression) => `toFloat64(${expression})`,
  toText: (expression) => `toString(${expression})`,
  countIf: (condition) => `countIf(${condition})`,
  aggregateIf: (aggregate, expression, condition) => `${{ min: "minIf", max: "maxIf", avg: "avgIf", var_samp: "varSampIf" }[aggregate]}(${expression}, ${condition})`,
  distinctIf: (expression, condition) => `uniqIf(${expression}, ${condition})`,
  isFinite: (x) => `isFinite(${x})`,
  isNaN: (x) => `isNaN(${x})`,
  isInfinite: (x) => `isInfinite(${x})`,
  gridIndex: (x, lo, scale, cells) => `least(greatest(floor((${x} - (${exponentLiteral(lo)})) * (${exponentLiteral(scale)})), 0), ${cells - 1})`,
  sampleOrder: (seed, columns) => `cityHash64(${[`toUInt64(${Math.trunc(seed)})`, ...columns.map((c) => `toString(${c})`)].join(", ")})`,
};
