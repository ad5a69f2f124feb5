import { DataError } from "../errors";
import { dataMessages } from "./dataMessages";
import type { ResolvedSource } from "./resolveSource";

/**
 * Refuses a source whose column names hold a NUL byte: DuckDB ends an identifier at a NUL, so such
 * a name cannot be selected (a CSV saved as UTF-16, or a damaged header). Any other character,
 * control characters included, is part of the name.
 *
 * @throws {DataError} naming the column's position (the header line for a CSV file) and the way out
 * @example refuseNulInNames(["a", "b\u0000c"], csvSource) // DataError("… the name of column 2 (in the header, line 1) holds a NUL byte …")
 */
export function refuseNulInNames(names: readonly string[], resolved: ResolvedSource): void {
  const index = names.findIndex((name) => name.includes("\u0000"));
  if (index < 0) return;
  const csvLike = resolved.format === "csv" || resolved.format === "tsv";
  throw new DataError(dataMessages.nulInColumnName(resolved.files.length === 1 ? resolved.files[0] : resolved.source, index, csvLike));
}
