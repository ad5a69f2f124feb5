import type { EmbeddingMatrix } from "./embeddingMatrix";

/**
 * Embeddings of a column's distinct inputs (one row each) and the distinct input of every row of
 * the column: row i's embedding is row `rowOf[i]` of `embeddings`. The drift methods weight each
 * distinct embedding by how many rows hold it, so the result is the one of the expanded matrix.
 */
export interface DistinctEmbeddings {
  readonly embeddings: EmbeddingMatrix;
  readonly rowOf: Int32Array;
}

/**
 * The embedding of every row: the distinct embeddings repeated as the rows hold them.
 *
 * @example expandEmbeddings({ embeddings: { rows: 2, dimension: 1, data: Float32Array.of(5, 7) }, rowOf: Int32Array.of(1, 0, 1) }).data // Float32Array [7, 5, 7]
 */
export function expandEmbeddings(distinct: DistinctEmbeddings): EmbeddingMatrix {
  const { embeddings, rowOf } = distinct;
  const d = embeddings.dimension;
  const data = new Float32Array(rowOf.length * d);
  rowOf.forEach((at, row) => data.set(embeddings.data.subarray(at * d, (at + 1) * d), row * d));
  return { rows: rowOf.length, dimension: d, data };
}

/**
 * An embedding matrix as its distinct rows (equal to the last bit) and the distinct row of each
 * row — how stored embeddings of repeated inputs are tested once each.
 *
 * @example distinctEmbeddingRows({ rows: 3, dimension: 1, data: Float32Array.of(5, 7, 5) }).rowOf // Int32Array [0, 1, 0]
 */
export function distinctEmbeddingRows(matrix: EmbeddingMatrix): DistinctEmbeddings {
  const d = matrix.dimension;
  const bytes = Buffer.from(matrix.data.buffer, matrix.data.byteOffset, matrix.rows * d * 4);
  const rowOf = new Int32Array(matrix.rows);
  const seen = new Map<string, number>();
  const kept: number[] = [];
  for (let row = 0; row < matrix.rows; row++) {
    const key = bytes.toString("latin1", row * d * 4, (row + 1) * d * 4);
    let at = seen.get(key);
    if (at === undefined) {
      at = kept.push(row) - 1;
      seen.set(key, at);
    }
    rowOf[row] = at;
  }
  const data = new Float32Array(kept.length * d);
  kept.forEach((row, k) => data.set(matrix.data.subarray(row * d, (row + 1) * d), k * d));
  return { embeddings: { rows: kept.length, dimension: d, data }, rowOf };
}
