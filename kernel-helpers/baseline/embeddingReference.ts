import type { ModelKind } from "../embeddings/bundledModels";
import type { EmbeddingModelInfo } from "../embeddings/embeddingDriftReport";
import type { EmbeddingMatrix } from "../embeddings/embeddingMatrix";
import { DataError } from "../errors";

/** Rows of a text or image column whose embeddings a baseline keeps (a seeded uniform sample beyond it). */
export const EMBEDDING_REFERENCE_CAP = 1000;

/**
 * The reference embeddings of one text or image column, stored in `baseline.json` under
 * `embeddings`: the model that made them (so checks embed the current data the same way) and the
 * vectors, row-major little-endian float32, base64.
 */
export interface EmbeddingReference {
  readonly column: string;
  readonly kind: ModelKind;
  /** `location`: the model folder, when it was given as a folder (checks load it from there). */
  readonly model: EmbeddingModelInfo & { readonly location?: string };
  readonly rows: number;
  readonly dimension: number;
  /** Non-empty cells of the reference sample, before the cap. */
  readonly available: number;
  readonly seed: number;
  readonly data: string;
}

/** The vectors of an embedding matrix as base64 of little-endian float32. */
export function encodeEmbeddings(matrix: EmbeddingMatrix): string {
  const bytes = Buffer.alloc(matrix.data.length * 4);
  matrix.data.forEach((value, i) => bytes.writeFloatLE(value, i * 4));
  return bytes.toString("base64");
}

/**
 * The stored embeddings of a baseline column as a matrix, checked against their description.
 *
 * @example decodeEmbeddingReference(baseline.info.embeddings[0], "credit/v1").rows // 1000
 * @throws {DataError} naming the baseline and column when the stored vectors do not match rows × dimension
 */
export function decodeEmbeddingReference(reference: EmbeddingReference, baselineName: string): EmbeddingMatrix {
  const bytes = typeof reference.data === "string" ? Buffer.from(reference.data, "base64") : Buffer.alloc(0);
  const expected = reference.rows * reference.dimension * 4;
  if (!(reference.rows >= 2) || !(reference.dimension >= 1) || bytes.length !== expected) {
    throw new DataError(
      `baseline '${baselineName}': the stored embeddings of column '${reference.column}' hold ${bytes.length} bytes, but ${reference.rows} rows × ${reference.dimension} dimensions need ${expected}. ` +
        `The baseline.json was changed or cut short; rebuild the baseline version.`,
    );
  }
  const data = new Float32Array(reference.rows * reference.dimension);
  for (let i = 0; i < data.length; i++) data[i] = bytes.readFloatLE(i * 4);
  return { rows: reference.rows, dimension: reference.dimension, data };
}
