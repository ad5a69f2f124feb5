import type { TableInput } from "../data/toTable";
import { toTable } from "../data/toTable";
import type { CompareOptions } from "./compareOptions";
import { compareTables } from "./compareTables";
import type { DriftReport } from "./driftReport";

/**
 * Compares a reference and a current dataset for data drift, with Evidently's tests, default
 * test selection and dataset-drift rule (share of drifted columns ≥ 0.5).
 *
 * Each side may be a file path (CSV, TSV, JSONL, Parquet, Arrow, a glob or a hive-partitioned
 * folder), a `Table`, an array of records, an object of column arrays, an apache-arrow Table or
 * a danfo-shaped DataFrame. Files are read concurrently.
 *
 * @example
 * const report = await compareDatasets("train.parquet", "last-night.csv");
 * report.dataset.drifted; // true when half or more of the columns drifted
 */
export async function compareDatasets(reference: TableInput, current: TableInput, options: CompareOptions = {}): Promise<DriftReport> {
  const readOptions = { ...(options.columns ? { columns: options.columns } : {}), ...(options.types ? { types: options.types } : {}) };
  const [referenceTable, currentTable] = await Promise.all([toTable(reference, readOptions), toTable(current, readOptions)]);
  return compareTables(referenceTable, currentTable, options);
}
