// Draws the extension's Marketplace icon, media/icons/driftlens.png (256×256 RGBA): on a dark teal
// rounded square, the reference distribution (a pale bell curve, filled) and the current one
// shifted right (an amber outline), with an arrow for the drift between them — the picture of
// what driftlens measures. Anti-aliased by 4×4 supersampling; no download, no image library.
// Run after `npm run build` (it uses the tests' PNG encoder from dist/); the output is committed.
// Usage: node scripts/make-icon.mjs [OUT]
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { encodePng } = require("../dist/test/helpers/encodePng.js");

const SIZE = 256;
const SUB = 4;
const out = process.argv[2] ?? "media/icons/driftlens.png";

const bell = (x, mean, sd, height) => height * Math.exp(-0.5 * ((x - mean) / sd) ** 2);
const BASE = 196;
const reference = (x) => BASE - bell(x, 100, 26, 112);
const current = (x) => BASE - bell(x, 156, 30, 92);

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The polyline of a curve y = f(x) over [from, to]. */
const polyline = (f, from, to) => Array.from({ length: 121 }, (_, i) => [from + ((to - from) * i) / 120, f(from + ((to - from) * i) / 120)]);
const currentLine = polyline(current, 40, 236);
const nearLine = (points, x, y, width) => points.some(([ax, ay], i) => i > 0 && segmentDistance(x, y, ax, ay, points[i - 1][0], points[i - 1][1]) <= width / 2);

/** The colour (RGBA 0..255) of one sub-pixel, painting back to front. */
function paint(x, y) {
  const r = 44;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  const t = y / SIZE;
  let colour = [Math.round(18 + 10 * t), Math.round(78 - 30 * t), Math.round(96 - 28 * t), 255];
  if (Math.abs(y - BASE) <= 2 && x > 24 && x < 232) colour = [160, 200, 210, 255];
  if (x > 24 && x < 232 && y < BASE && y >= reference(x)) colour = [150, 214, 226, 255];
  if (nearLine(currentLine, x, y, 9)) colour = [255, 183, 77, 255];
  const arrow = [[92, 52], [150, 52]];
  if (segmentDistance(x, y, arrow[0][0], arrow[0][1], arrow[1][0], arrow[1][1]) <= 5) colour = [255, 255, 255, 255];
  if (x >= 146 && x <= 172 && Math.abs(y - 52) <= (172 - x) * 0.62) colour = [255, 255, 255, 255];
  return colour;
}

const data = new Uint8Array(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SUB; sy++) {
      for (let sx = 0; sx < SUB; sx++) {
        const [r, g, b, a] = paint(px + (sx + 0.5) / SUB, py + (sy + 0.5) / SUB);
        sum[0] += r * a;
        sum[1] += g * a;
        sum[2] += b * a;
        sum[3] += a;
      }
    }
    const at = (py * SIZE + px) * 4;
    const alpha = sum[3] / (SUB * SUB);
    data[at] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
    data[at + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
    data[at + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
    data[at + 3] = Math.round(alpha);
  }
}
writeFileSync(out, encodePng({ data, width: SIZE, height: SIZE, channels: 4 }));
console.log(`wrote ${out} (${SIZE}×${SIZE})`);
