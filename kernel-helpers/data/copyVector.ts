/**
 * Copies DuckDB result vectors straight into typed arrays: one block copy of the raw column
 * data plus a pass over the validity mask for NULLs, instead of converting value by value.
 */
import duckdb from "@duckdb/node-bindings";
import type { DuckDBDataChunk } from "@duckdb/node-api";

/**
 * Copies DOUBLE column `column` of `chunk` into `out` from `offset`; NULL becomes NaN.
 * Cost: O(rows).
 */
export function copyDoubles(chunk: DuckDBDataChunk, column: number, rows: number, out: Float64Array, offset: number): void {
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
  const data = duckdb.vector_get_data(vector, rows * 8);
  out.set(data.byteOffset % 8 === 0 ? new Float64Array(data.buffer, data.byteOffset, rows) : new Float64Array(data.slice().buffer), offset);
  forEachNull(vector, rows, (row) => {
    out[offset + row] = NaN;
  });
}

/**
 * Copies an unsigned code column of `chunk` (UTINYINT, USMALLINT or INTEGER, `bytes` 1, 2 or 4
 * wide) into `out` from `offset`; NULL becomes -1. Narrow codes keep DuckDB's chunks and the
 * copies small: a 12-level column moves 1 byte per row instead of 4.
 * Cost: O(rows).
 */
export function copyCodes(chunk: DuckDBDataChunk, column: number, rows: number, out: Int32Array, offset: number, bytes: 1 | 2 | 4): void {
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
  const data = duckdb.vector_get_data(vector, rows * bytes);
  const aligned = data.byteOffset % bytes === 0 ? data : data.slice();
  const codes = bytes === 1 ? aligned : bytes === 2 ? new Uint16Array(aligned.buffer, aligned.byteOffset, rows) : new Int32Array(aligned.buffer, aligned.byteOffset, rows);
  out.set(codes, offset);
  forEachNull(vector, rows, (row) => {
    out[offset + row] = -1;
  });
}

function forEachNull(vector: duckdb.Vector, rows: number, visit: (row: number) => void): void {
  const validity = duckdb.vector_get_validity(vector, Math.ceil(rows / 64) * 8) as Uint8Array | null | undefined;
  if (!validity) return;
  const bytes = Math.ceil(rows / 8);
  for (let byte = 0; byte < bytes; byte++) {
    const bits = validity[byte];
    if (bits === 0xff) continue;
    const end = Math.min(rows, (byte + 1) * 8);
    for (let row = byte * 8; row < end; row++) {
      if ((bits & (1 << (row & 7))) === 0) visit(row);
    }
  }
}
