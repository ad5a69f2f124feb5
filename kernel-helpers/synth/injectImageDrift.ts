import type { ImagePixels } from "../data/imagePixels";
import { UsageError } from "../errors";
import { createRandom } from "../stats/random";

export type ImageDriftKind = "noise" | "brightness" | "blur" | "occlusion";

export const IMAGE_DRIFT_KINDS: readonly ImageDriftKind[] = ["noise", "brightness", "blur", "occlusion"];

export interface ImageDriftOptions {
  readonly kind: ImageDriftKind;
  /** 0 (no change) to 1 (strongest). */
  readonly severity: number;
  readonly seed: number;
}

/**
 * Injects a kind of drift into every image, seeded, with a severity from 0 (unchanged) to 1:
 *
 * - `noise`: Gaussian noise with standard deviation 60 · severity (of 255).
 * - `brightness`: +80 · severity on every channel (clipped at 255).
 * - `blur`: Gaussian blur with σ = 2 · severity pixels.
 * - `occlusion`: a grey square of side 0.6 · severity · min(width, height) at a random place.
 *
 * Alpha channels are left alone. Returns new images; the inputs are not modified.
 *
 * @example injectImageDrift(syntheticGlyphs({ count: 10, seed: 1 }), { kind: "blur", severity: 0.5, seed: 2 })
 * @throws {UsageError} for an unknown kind or a severity outside [0, 1]
 */
export function injectImageDrift(images: readonly ImagePixels[], options: ImageDriftOptions): ImagePixels[] {
  const { kind, severity } = options;
  if (!IMAGE_DRIFT_KINDS.includes(kind)) throw new UsageError(`unknown image drift '${kind}'. Kinds: ${IMAGE_DRIFT_KINDS.join(", ")}.`);
  if (!(severity >= 0 && severity <= 1)) throw new UsageError(`severity must be in [0, 1], got ${severity}.`);
  const random = createRandom(options.seed);
  return images.map((image) => {
    const { width, height, channels } = image;
    const colour = channels === 2 || channels === 4 ? channels - 1 : channels;
    const values = Float64Array.from(image.data);
    const each = (f: (value: number, x: number, y: number) => number) => {
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          for (let c = 0; c < colour; c++) {
            const at = (y * width + x) * channels + c;
            values[at] = f(values[at], x, y);
          }
        }
      }
    };
    if (kind === "noise") each((v) => v + random.normal() * 60 * severity);
    if (kind === "brightness") each((v) => v + 80 * severity);
    if (kind === "occlusion") {
      const side = Math.round(0.6 * severity * Math.min(width, height));
      const left = random.int(width - side + 1);
      const top = random.int(height - side + 1);
      each((v, x, y) => (x >= left && x < left + side && y >= top && y < top + side ? 128 : v));
    }
    if (kind === "blur" && severity > 0) gaussianBlur(values, width, height, channels, colour, 2 * severity);
    const data = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++) data[i] = Math.min(255, Math.max(0, Math.round(values[i])));
    return { data, width, height, channels };
  });
}

/** Separable Gaussian blur in place, edges clamped. */
function gaussianBlur(values: Float64Array, width: number, height: number, channels: number, colour: number, sigma: number): void {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, k) => Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((a, b) => a + b, 0);
  const weights = kernel.map((w) => w / total);
  const pass = (horizontal: boolean) => {
    const source = values.slice();
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < colour; c++) {
          let sum = 0;
          for (let k = -radius; k <= radius; k++) {
            const sx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
            const sy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
            sum += weights[k + radius] * source[(sy * width + sx) * channels + c];
          }
          values[(y * width + x) * channels + c] = sum;
        }
      }
    }
  };
  pass(true);
  pass(false);
}
