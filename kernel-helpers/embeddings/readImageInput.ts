import type * as Transformers from "@huggingface/transformers";
import { DataError } from "../errors";
import { embeddingMessages } from "./embeddingMessages";
import type { ImageInput } from "../data/imagePixels";

/**
 * Turns one image input into transformers.js' `RawImage`: a file is decoded with sharp (through
 * transformers.js), pixels are checked and wrapped without a copy.
 *
 * @example const image = await readImageInput(runtime, "cat.png", "reference", 0); // RawImage 224×224×3
 * @throws {DataError} naming the file or the input's position when it cannot be read or is malformed
 */
export async function readImageInput(runtime: typeof Transformers, input: ImageInput, side: string, index: number): Promise<Transformers.RawImage> {
  if (typeof input === "string") {
    try {
      return await runtime.RawImage.read(input);
    } catch (error) {
      const detail = String((error as Error)?.message ?? error);
      const reason = /404|ENOENT/.test(detail) ? "no such file" : /EISDIR/.test(detail) ? "it is a folder" : /unsupported image format/.test(detail) ? "not an image file" : detail;
      throw new DataError(embeddingMessages.imageUnreadable(input, reason));
    }
  }
  if (input === null || typeof input !== "object") throw new DataError(embeddingMessages.imageInputInvalid(side, index, input));
  const { data, width, height, channels } = input;
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray)) throw new DataError(embeddingMessages.imagePixelsInvalid(side, index, "data is not a Uint8Array"));
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new DataError(embeddingMessages.imagePixelsInvalid(side, index, `width ${width} and height ${height} must be whole numbers ≥ 1`));
  }
  if (![1, 2, 3, 4].includes(channels)) throw new DataError(embeddingMessages.imagePixelsInvalid(side, index, `channels is ${channels}`));
  if (data.length !== width * height * channels) {
    throw new DataError(embeddingMessages.imagePixelsInvalid(side, index, `data has ${data.length} bytes, but ${width} × ${height} × ${channels} = ${width * height * channels}`));
  }
  const bytes = data instanceof Uint8ClampedArray ? data : new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
  return new runtime.RawImage(bytes, width, height, channels);
}
