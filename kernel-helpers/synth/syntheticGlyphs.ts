import type { ImagePixels } from "../data/imagePixels";
import { UsageError } from "../errors";
import type { Random } from "../stats/random";
import { createRandom } from "../stats/random";

export interface SyntheticGlyphsOptions {
  readonly count: number;
  readonly seed: number;
  /** Width and height in pixels. Default 32. */
  readonly size?: number;
}

/** Seven-segment layout: which of the segments a, b, c, d, e, f, g each digit lights. */
const DIGIT_SEGMENTS = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"];

/**
 * Seeded digit-like glyphs drawn in code: a seven-segment digit (0–9) in light strokes on a dark
 * background, with a random position, scale, stroke width, slant and mild sensor noise — grey
 * `ImagePixels` (1 channel) for testing image drift without image files.
 *
 * @example syntheticGlyphs({ count: 3, seed: 1 })[0] // { data: Uint8Array(1024), width: 32, height: 32, channels: 1 }
 * @throws {UsageError} for a count or size that is not a whole number (size ≥ 8)
 */
export function syntheticGlyphs(options: SyntheticGlyphsOptions): ImagePixels[] {
  const size = options.size ?? 32;
  if (!Number.isInteger(options.count) || options.count < 0) throw new UsageError(`count must be a whole number ≥ 0, got ${options.count}.`);
  if (!Number.isInteger(size) || size < 8) throw new UsageError(`size must be a whole number ≥ 8, got ${size}.`);
  const random = createRandom(options.seed);
  return Array.from({ length: options.count }, () => glyph(random.int(10), size, random));
}

function glyph(digit: number, size: number, random: Random): ImagePixels {
  const height = size * (0.55 + 0.2 * random.next());
  const width = height * (0.45 + 0.15 * random.next());
  const left = (size - width) / 2 + (random.next() - 0.5) * size * 0.15;
  const top = (size - height) / 2 + (random.next() - 0.5) * size * 0.15;
  const stroke = size * (0.06 + 0.05 * random.next());
  const slant = (random.next() - 0.5) * 0.3;
  const ink = 170 + random.int(80);
  const paper = 10 + random.int(30);
  const [x0, x1, y0, y1, y2] = [left, left + width, top, top + height / 2, top + height];
  const segments: Record<string, [number, number, number, number]> = {
    a: [x0, y0, x1, y0], b: [x1, y0, x1, y1], c: [x1, y1, x1, y2], d: [x0, y2, x1, y2], e: [x0, y1, x0, y2], f: [x0, y0, x0, y1], g: [x0, y1, x1, y1],
  };
  const lit = [...DIGIT_SEGMENTS[digit]].map((s) => segments[s]);
  const data = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Undo the slant around the glyph's middle, then measure the distance to the nearest lit segment.
      const px = x + 0.5 - slant * (y + 0.5 - y1);
      const py = y + 0.5;
      let nearest = Infinity;
      for (const [ax, ay, bx, by] of lit) nearest = Math.min(nearest, distanceToSegment(px, py, ax, ay, bx, by));
      const coverage = Math.min(1, Math.max(0, stroke / 2 + 0.5 - nearest));
      const value = paper + (ink - paper) * coverage + random.normal() * 4;
      data[y * size + x] = Math.min(255, Math.max(0, Math.round(value)));
    }
  }
  return { data, width: size, height: size, channels: 1 };
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.sqrt((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2);
}
