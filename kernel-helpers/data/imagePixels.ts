/**
 * A decoded image in memory: `width × height × channels` bytes, row by row, channels interleaved
 * (1 grey, 2 grey + alpha, 3 RGB, 4 RGBA) — what `sharp(...).raw()` and canvas `ImageData` give.
 */
export interface ImagePixels {
  readonly data: Uint8Array | Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
}

/** An image to embed: a file path (PNG, JPEG, WebP, GIF, TIFF, AVIF) or decoded pixels. */
export type ImageInput = string | ImagePixels;
