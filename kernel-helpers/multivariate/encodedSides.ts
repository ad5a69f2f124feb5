import type { WindowSpan } from "../windows/windowSpan";

/** The reference and current rows, encoded, as both detectors read them. */
export interface EncodedSides {
  readonly columns: readonly string[];
  readonly dimension: number;
  /** Row-major `referenceRows × dimension`. */
  readonly reference: Float64Array;
  readonly referenceRows: number;
  /** Row-major `currentRows × dimension`. */
  readonly current: Float64Array;
  readonly currentRows: number;
  /** Windows of the current rows (indices into them). */
  readonly windows?: readonly { readonly span: WindowSpan; readonly rows: Int32Array }[];
  /** Fewest rows a window needs for a verdict. */
  readonly minSamples: number;
  /** Equal consecutive reference chunks for the band. */
  readonly referenceChunks: number;
}

/** Start of reference chunk `i` of `chunks` over `rows` rows (chunk i is [start(i), start(i + 1))). */
export function chunkStart(i: number, chunks: number, rows: number): number {
  return Math.floor((i * rows) / chunks);
}
