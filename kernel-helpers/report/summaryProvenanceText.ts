import type { ColumnDriftResult, SummaryProvenance } from "../drift/driftReport";
import { formatScore } from "../formatScore";
import { formatCount } from "../formatCount";

/**
 * How a column's test was computed from summaries, in words: "exact", "approximate (… cells,
 * D off by at most …)" or "sampled (… and … rows)", with where each side was counted.
 *
 * @example summaryProvenanceText({ exactness: "exact", engines: { reference: "memory", current: "clickhouse" } }) // "exact (reference memory, current clickhouse)"
 * @example summaryProvenanceText({ exactness: "approximate", engines, cells: 4096, largestCellShare: 0.0004, bound: { of: "D", maxError: 0.0004 } }) // "approximate on 4,096 cells (D off by at most 0.0004) (…)"
 */
export function summaryProvenanceText(provenance: SummaryProvenance): string {
  const where = `reference ${provenance.engines.reference}, current ${provenance.engines.current}`;
  if (provenance.exactness === "sampled") {
    const rows = provenance.sampleRows;
    return `sampled${rows ? ` (seeded samples of ${formatCount(rows.reference)} and ${formatCount(rows.current)} rows)` : ""} (${where})`;
  }
  if (provenance.exactness === "exact") return `exact${provenance.cells === undefined ? "" : ` (counts on ${formatCount(provenance.cells)} cells)`} (${where})`;
  const cells = provenance.cells === undefined ? "" : ` on ${formatCount(provenance.cells)} cells`;
  const bound = provenance.bound
    ? ` (${provenance.bound.of} off by at most ${formatScore(provenance.bound.maxError)})`
    : provenance.largestCellShare === undefined ? "" : ` (no stated bound; the largest cell holds ${formatScore(provenance.largestCellShare * 100)}% of a side)`;
  return `approximate${cells}${bound} (${where})`;
}

/**
 * One line per column tested from summaries ("  income  exact (…)"), or none when the report
 * was computed on rows: what the console summary and the HTML report list under "Computed where
 * the data lives".
 */
export function summaryProvenanceLines(columns: readonly ColumnDriftResult[]): { column: string; method: string; text: string }[] {
  return columns.filter((column) => column.summaries !== undefined).map((column) => ({ column: column.column, method: column.method, text: summaryProvenanceText(column.summaries as SummaryProvenance) }));
}
