import { join } from "node:path";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { sqlString } from "../../../kernel-helpers/data/sqlQuote";
import type { Table } from "../../../kernel-helpers/data/table";
import { withDuckdb } from "../../../kernel-helpers/data/withDuckdb";
import type { InferenceRecord } from "../../../kernel-helpers/logger/inferenceRecord";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";

/** The value of row `i` of each column, as a model's input would carry it. */
export function rowOf(table: Table, i: number): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {};
  for (const column of table.columns) {
    if (column.type === "categorical") row[column.name] = column.codes[i] < 0 ? null : column.dictionary[column.codes[i]];
    else if (column.type === "text") row[column.name] = column.values[i];
    else row[column.name] = Number.isNaN(column.values[i]) ? null : column.values[i];
  }
  return row;
}

/**
 * Inference records from a credit sample: every column but `has_default` as inputs, a
 * prediction, and `has_default` as the label when `withLabel`; times from `time(i)` when given.
 */
export function creditRecords(options: { rows: number; seed: number; drift?: number; withLabel?: boolean; time?: (i: number) => number; idPrefix?: string }): InferenceRecord[] {
  const table = creditSample({ rows: options.rows, seed: options.seed, drift: options.drift ?? 0 });
  return Array.from({ length: table.rowCount }, (_, i) => {
    const { has_default: label, ...inputs } = rowOf(table, i);
    return {
      ...(options.idPrefix === undefined ? {} : { requestId: `${options.idPrefix}-${i}` }),
      ...(options.time === undefined ? {} : { timestamp: options.time(i) }),
      inputs,
      prediction: label === "1" ? "reject" : "approve",
      ...(options.withLabel ? { label } : {}),
    };
  });
}

/** Saves the baseline `credit/v1` of a seeded credit sample under `dir` and returns its folder. */
export async function saveCreditBaseline(dir: string, options: { rows?: number; seed?: number; target?: string } = {}): Promise<string> {
  const table = creditSample({ rows: options.rows ?? 2000, seed: options.seed ?? 1 });
  return saveBaseline(buildBaseline(table, { name: "credit", version: "v1", ...(options.target ? { target: options.target } : {}) }), dir);
}

/** Rows, distinct request ids and rows per hour partition of the Parquet files under a log folder, counted by DuckDB. */
export async function countLogRows(dir: string, idColumn = "request_id"): Promise<{ rows: number; ids: number; partitions: Map<string, number> }> {
  return withDuckdb(async (connection) => {
    const scan = `read_parquet(${sqlString(join(dir, "year=*", "**", "*.parquet"))}, hive_partitioning = true, union_by_name = true)`;
    const total = (await connection.runAndReadAll(`SELECT count(*), count(DISTINCT "${idColumn}") FROM ${scan}`)).getRowsJS()[0];
    const parts = (await connection.runAndReadAll(`SELECT format('year={}/month={}/day={}/hour={}', year, month, day, hour), count(*) FROM ${scan} GROUP BY ALL ORDER BY min(year), min(month), min(day), min(hour)`)).getRowsJS();
    return { rows: Number(total[0]), ids: Number(total[1]), partitions: new Map(parts.map((row) => [String(row[0]), Number(row[1])])) };
  });
}
